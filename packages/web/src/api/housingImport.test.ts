import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './client.ts';
import { applyHousingImport, checkHousingImport, housingReportOfRefusal } from './housingImport.ts';

const file = new File(['no kartu keluarga;303\n3510011203150001;2\n'], 'perumahan.csv', { type: 'text/csv' });

const report = {
  committed: false,
  rows: 1,
  households: { create: 0, update: 1, unchanged: 0 },
  issues: [
    {
      lineNo: 2,
      kkMasked: '3510••••••••0001',
      field: '303',
      level: 'error',
      code: 'CODE_UNKNOWN',
      message: 'Nilai tidak dikenal',
      message_en: 'Unknown value',
    },
  ],
};

const answer = (status: number, body: object) =>
  vi.fn<typeof fetch>().mockImplementation(() =>
    Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': status === 200 ? 'application/json' : 'application/problem+json' },
      }),
    ),
  );

afterEach(() => vi.unstubAllGlobals());

describe('housing import requests', () => {
  it('checks with the file alone and applies with commit=true before it, at the housing-import path', async () => {
    const fetchMock = answer(200, { ...report, issues: [] });
    vi.stubGlobal('fetch', fetchMock);
    await checkHousingImport('35.10.01.2001', file);
    await applyHousingImport('35.10.01.2001', file);
    const [[checkUrl, check], [, apply]] = fetchMock.mock.calls as [
      [string, RequestInit],
      [string, RequestInit],
    ];
    expect(checkUrl).toBe('/api/villages/35.10.01.2001/households/housing-import');
    expect([...(check.body as FormData).keys()]).toEqual(['file']);
    expect([...(apply.body as FormData).keys()]).toEqual(['commit', 'file']);
  });
});

describe('a refused housing commit', () => {
  it('carries the fresh report of a 409 IMPORT_HAS_ERRORS', async () => {
    vi.stubGlobal('fetch', answer(409, { status: 409, code: 'IMPORT_HAS_ERRORS', report }));
    const failure = await applyHousingImport('35.10.01.2001', file).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(housingReportOfRefusal(failure)).toEqual(report);
  });

  it('is not a report for other failures or a malformed body', () => {
    const other = new ApiError({ message: 'x', code: 'FORBIDDEN', status: 403, body: { report } as object });
    expect(housingReportOfRefusal(other)).toBeNull();
    const malformed = new ApiError({
      message: 'x',
      code: 'IMPORT_HAS_ERRORS',
      status: 409,
      body: { report: { rows: 1 } } as object,
    });
    expect(housingReportOfRefusal(malformed)).toBeNull();
    expect(housingReportOfRefusal(new Error('offline'))).toBeNull();
  });
});
