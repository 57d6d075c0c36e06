import i18next from 'i18next';
import { currentLanguage } from '../i18n/index.ts';
import {
  ApiError,
  fallbackCode,
  fieldProblems,
  isProblemBody,
  problemMessage,
  retryAfterSeconds,
} from './problem.ts';

export { ApiError } from './problem.ts';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A multipart upload (e.g. an import file); sent as is, with the browser's own Content-Type. */
  formData?: FormData;
  signal?: AbortSignal;
  /** Set for calls where 401 is an expected answer (login, "who am I"), not a lost session. */
  expectUnauthorized?: boolean;
}

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => {};

/** The auth layer registers here, so any 401 anywhere sends the user back to the login page. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // e.g. an HTML error page from a proxy
  }
}

export async function toApiError(response: Response): Promise<ApiError> {
  const parsed = await readJson(response);
  const body = isProblemBody(parsed) ? parsed : {};
  const message =
    problemMessage(body, currentLanguage()) ?? i18next.t('errors.unexpected', { status: response.status });
  return new ApiError({
    message,
    code: typeof body.code === 'string' ? body.code : fallbackCode(response.status),
    status: response.status,
    retryAfterSeconds: retryAfterSeconds(body, response.headers.get('Retry-After')),
    fieldErrors: fieldProblems(body),
    body,
  });
}

/** JSON fetch against the same-origin API. Resolves with the parsed body, rejects with ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: options.formData ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ message: i18next.t('errors.network'), code: 'NETWORK_ERROR', status: 0 });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !options.expectUnauthorized) onUnauthorized();
    throw error;
  }
  return (await readJson(response)) as T;
}
