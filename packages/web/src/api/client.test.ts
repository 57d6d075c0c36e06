import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, setUnauthorizedHandler } from './client.ts';
import { problemMessage } from './problem.ts';

const problem = {
  type: 'about:blank',
  title: 'AUTH_THROTTLED',
  status: 429,
  detail: 'Too many failed sign-in attempts',
  code: 'AUTH_THROTTLED',
  message_id: 'Terlalu banyak percobaan',
  message_en: 'Too many failed sign-in attempts (en)',
  retryAfterSeconds: 600,
};

function stubFetch(response: Response) {
  const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function problemResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthorizedHandler(() => {});
});

describe('problemMessage', () => {
  it('picks the message in the reader language and falls back to detail', () => {
    expect(problemMessage(problem, 'id')).toBe('Terlalu banyak percobaan');
    expect(problemMessage(problem, 'en')).toBe('Too many failed sign-in attempts (en)');
    expect(problemMessage({ detail: 'Only detail' }, 'id')).toBe('Only detail');
    expect(problemMessage({ message_id: '', detail: 'Fallback' }, 'id')).toBe('Fallback');
  });
});

describe('apiRequest', () => {
  it('sends JSON with same-origin credentials and returns the parsed body', async () => {
    const fetchMock = stubFetch(Response.json({ user: { id: 'u1' } }));
    await expect(apiRequest('/api/auth/login', { method: 'POST', body: { username: 'a' } })).resolves.toEqual(
      {
        user: { id: 'u1' },
      },
    );
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"username":"a"}');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('resolves 204 No Content to undefined', async () => {
    stubFetch(new Response(null, { status: 204 }));
    await expect(apiRequest('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('turns a problem body into an ApiError with code, status and retry time', async () => {
    stubFetch(problemResponse(429, problem));
    const error = await apiRequest('/api/auth/login', { expectUnauthorized: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'AUTH_THROTTLED', status: 429, retryAfterSeconds: 600 });
    expect((error as ApiError).message).toBe('Terlalu banyak percobaan');
  });

  it('reports a lost session to the unauthorized handler, except where 401 is expected', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    stubFetch(problemResponse(401, { status: 401, code: 'AUTH_REQUIRED', detail: 'Login required' }));
    await expect(apiRequest('/api/regions/35.10')).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    stubFetch(problemResponse(401, { status: 401, code: 'AUTH_INVALID_CREDENTIALS' }));
    await expect(apiRequest('/api/auth/login', { expectUnauthorized: true })).rejects.toMatchObject({
      status: 401,
    });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('keeps the per-field problems of a 400 for the form to show next to its fields', async () => {
    stubFetch(
      problemResponse(400, {
        status: 400,
        code: 'VALIDATION_FAILED',
        message_id: 'Data tidak valid',
        errors: [
          {
            field: 'members.0.nik',
            code: 'NIK_LENGTH',
            message: 'NIK harus 16 digit angka.',
            message_en: 'NIK!',
          },
          { field: 'date', message: 'Tanggal harus berformat YYYY-MM-DD' },
          'not an object',
        ],
      }),
    );
    const error = await apiRequest('/api/villages/35.10.01.2001/events/move-in', {
      method: 'POST',
      body: {},
    }).catch((e: unknown) => e);
    expect((error as ApiError).fieldErrors).toEqual([
      {
        field: 'members.0.nik',
        code: 'NIK_LENGTH',
        message: 'NIK harus 16 digit angka.',
        message_en: 'NIK!',
      },
      {
        field: 'date',
        code: undefined,
        message: 'Tanggal harus berformat YYYY-MM-DD',
        message_en: undefined,
      },
    ]);
  });

  it('sends a file upload as multipart without a JSON content type', async () => {
    const fetchMock = stubFetch(Response.json({ jobId: 'j1' }, { status: 202 }));
    const formData = new FormData();
    formData.append('file', new Blob(['nik\n']), 'penduduk.csv');
    await expect(
      apiRequest('/api/villages/35.10.01.2001/imports', { method: 'POST', formData }),
    ).resolves.toEqual({
      jobId: 'j1',
    });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.body).toBe(formData);
    expect((init?.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });

  it('gives a code to errors without a problem body', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 429, headers: { 'Retry-After': '30' } }));
    await expect(apiRequest('/api/health')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      status: 429,
      retryAfterSeconds: 30,
    });
  });

  it('turns a network failure into NETWORK_ERROR', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(apiRequest('/api/health')).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });
});
