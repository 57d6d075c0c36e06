import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { credentialProblem, loginErrorMessage } from './loginErrorMessage.ts';

// Echoes the key and options, so the test sees which message was chosen and with what values.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const apiError = (status: number, code: string, retryAfterSeconds?: number) =>
  new ApiError({ message: `server says ${code}`, status, code, retryAfterSeconds });

describe('loginErrorMessage', () => {
  it('explains wrong credentials per login mode', () => {
    expect(loginErrorMessage(apiError(401, 'AUTH_INVALID_CREDENTIALS'), 'staff', t)).toBe(
      'login.errors.invalid',
    );
    expect(loginErrorMessage(apiError(401, 'AUTH_INVALID_CREDENTIALS'), 'citizen', t)).toBe(
      'login.errors.invalidCitizen',
    );
  });

  it('tells a user held back after failed attempts how many minutes are left, rounded up', () => {
    expect(loginErrorMessage(apiError(429, 'AUTH_THROTTLED', 61), 'staff', t)).toBe(
      'login.errors.throttled {"minutes":2}',
    );
    expect(loginErrorMessage(apiError(429, 'AUTH_THROTTLED', 5), 'citizen', t)).toBe(
      'login.errors.throttled {"minutes":1}',
    );
    expect(loginErrorMessage(apiError(429, 'AUTH_THROTTLED'), 'staff', t)).toBe(
      'login.errors.throttledNoTime',
    );
  });

  it('handles rate limiting, network failures and unknown errors', () => {
    expect(loginErrorMessage(apiError(429, 'RATE_LIMITED'), 'staff', t)).toBe('login.errors.rateLimited');
    expect(loginErrorMessage(new TypeError('boom'), 'staff', t)).toBe('errors.network');
    expect(loginErrorMessage(apiError(500, 'INTERNAL_ERROR'), 'staff', t)).toBe('server says INTERNAL_ERROR');
  });
});

describe('credentialProblem', () => {
  it('requires both fields', () => {
    expect(credentialProblem('staff', ' ', 'x')).toBe('login.errors.required');
    expect(credentialProblem('staff', 'admin', '')).toBe('login.errors.required');
    expect(credentialProblem('staff', 'admin', 'secret')).toBeNull();
  });

  it('checks NIK and PIN formats for citizens', () => {
    expect(credentialProblem('citizen', '123', '123456')).toBe('login.errors.nikFormat');
    expect(credentialProblem('citizen', '3510014506900001', '12345')).toBe('login.errors.pinFormat');
    expect(credentialProblem('citizen', '3510014506900001', '123456')).toBeNull();
  });
});
