import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';

export type LoginMode = 'staff' | 'citizen';

/** Checks what the server would reject anyway, so the user gets a precise message without a round trip. */
export function credentialProblem(mode: LoginMode, identifier: string, secret: string) {
  if (identifier.trim() === '' || secret === '') return 'login.errors.required' as const;
  if (mode === 'citizen' && !/^\d{16}$/.test(identifier.trim())) return 'login.errors.nikFormat' as const;
  if (mode === 'citizen' && !/^\d{6}$/.test(secret)) return 'login.errors.pinFormat' as const;
  return null;
}

/**
 * Known login failures get our own wording (with the minutes left to wait after repeated failures); anything else shows
 * the server's message, which the API client already picked in the current language.
 */
export function loginErrorMessage(error: unknown, mode: LoginMode, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.network');
  if (error.code === 'AUTH_INVALID_CREDENTIALS') {
    return mode === 'citizen' ? t('login.errors.invalidCitizen') : t('login.errors.invalid');
  }
  if (error.code === 'AUTH_THROTTLED') {
    if (error.retryAfterSeconds === undefined) return t('login.errors.throttledNoTime');
    return t('login.errors.throttled', { minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) });
  }
  if (error.status === 429) return t('login.errors.rateLimited');
  return error.message;
}
