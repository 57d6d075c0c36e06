// Text PostgreSQL cannot store, as an attacker (or a broken client) sends it: every route must answer it
// with a 400 naming the field, never a 500. Shared by safe-text.test.ts and any harness that sends the
// same inputs to every route.
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

export interface HostileString {
  name: string;
  value: string;
  /** Whether a URL can carry it: a lone surrogate has no UTF-8 form, so a query string never holds one. */
  fitsInUrl: boolean;
}

export const HOSTILE_STRINGS: readonly HostileString[] = [
  { name: 'a NUL inside text', value: 'Jl. Mawar\u0000 5', fitsInUrl: true },
  { name: 'a NUL alone', value: '\u0000', fitsInUrl: true },
  { name: 'a lone high surrogate', value: 'Dusun \ud800 Krajan', fitsInUrl: false },
  { name: 'a lone low surrogate', value: 'Krajan\udc00', fitsInUrl: false },
  { name: 'a surrogate pair in the wrong order', value: '\udc00\ud83d', fitsInUrl: false },
];

/**
 * `value` percent-encoded for a URL. A lone surrogate is sent as the bytes a careless encoder writes for it
 * (ED A0 80, "WTF-8"), which the server must not turn into a 500 either.
 */
export function urlEncoded(value: string): string {
  return [...value]
    .map((char) => {
      const unit = char.charCodeAt(0);
      if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
        const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
        return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
      }
      return encodeURIComponent(char);
    })
    .join('');
}

/** The answer every route gives hostile text: 400 problem+json VALIDATION_FAILED naming the field. */
export function expectRefusedAsHostile(
  res: LightMyRequestResponse,
  field: string,
  part: 'params' | 'querystring' | 'body',
) {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json<{ code: string; errors: Record<string, string>[] }>();
  expect(body.code).toBe('VALIDATION_FAILED');
  expect(body.errors[0]).toMatchObject({
    field,
    in: part,
    message: expect.any(String) as unknown,
    message_en: expect.any(String) as unknown,
  });
}

/** For inputs a route may accept once made harmless (a lone surrogate's bytes in a URL): anything but 5xx. */
export function expectNoServerError(res: LightMyRequestResponse) {
  expect(res.statusCode, res.body).toBeLessThan(500);
}
