// Text PostgreSQL cannot store (a NUL, a lone UTF-16 surrogate) gets a 400 naming the field on every route,
// never a 500: the public sign-in, the resident search, household create and change, a life event, the
// village profile and the two kinds of upload (file name).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoServerError,
  expectRefusedAsHostile,
  HOSTILE_STRINGS,
  urlEncoded,
} from '../../test/hostile-input.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../test/test-app.ts';
import { registerFamily } from '../modules/population/test-support/families.ts';
import { findUnstorableText, isStorableText, text, UNSTORABLE_TEXT_MESSAGE } from './safe-text.ts';
import { englishMessage } from './validation-messages.ts';

const VILLAGE = '35.10.01.2001';
let t: TestApp;
let operator: TestUser;
let householdId: string;
let residentId: string;
let signInAddress = 0;

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  const family = await registerFamily(operator, VILLAGE);
  residentId = family.residentIds[1]!;
  const created = await operator.request({
    method: 'POST',
    url: `/api/villages/${VILLAGE}/households`,
    payload: { householdNo: 'H-001', address: 'Jl. Mawar 5' },
  });
  expect(created.statusCode, created.body).toBe(201);
  householdId = created.json<{ id: string }>().id;
});
afterAll(() => t.close());

describe.each(HOSTILE_STRINGS)('$name', ({ value, fitsInUrl }) => {
  it('is refused in the username of the public sign-in', async () => {
    signInAddress += 1;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: `kades${value}`, password: 'whatever-password' },
      remoteAddress: `127.3.0.${signInAddress}`,
    });
    expectRefusedAsHostile(res, 'username', 'body');
  });

  it('is refused in the resident search, or made harmless where a URL cannot carry it', async () => {
    const res = await operator.request({
      method: 'GET',
      url: `/api/population/residents?q=${urlEncoded(value)}`,
    });
    if (fitsInUrl) expectRefusedAsHostile(res, 'q', 'querystring');
    else expectNoServerError(res);
  });

  it('is refused in a household address, dusun or nested housing key, on create and change', async () => {
    const create = await operator.request({
      method: 'POST',
      url: `/api/villages/${VILLAGE}/households`,
      payload: { householdNo: 'H-002', address: value },
    });
    expectRefusedAsHostile(create, 'address', 'body');
    const change = await operator.request({
      method: 'PATCH',
      url: `/api/villages/${VILLAGE}/households/${householdId}`,
      payload: { dusun: value },
    });
    expectRefusedAsHostile(change, 'dusun', 'body');
    const key = await operator.request({
      method: 'PATCH',
      url: `/api/villages/${VILLAGE}/households/${householdId}`,
      payload: { housing: { [`floor${value}`]: 1 } },
    });
    expect(key.statusCode).toBe(400);
    expect(key.body).not.toContain('\\u0000');
  });

  it('is refused in a life event and in the village profile', async () => {
    const death = await operator.request({
      method: 'POST',
      url: `/api/villages/${VILLAGE}/residents/${residentId}/death`,
      payload: { date: '2026-01-20', place: value, cause: value },
    });
    expectRefusedAsHostile(death, 'place', 'body');
    const profile = await operator.request({
      method: 'PUT',
      url: `/api/villages/${VILLAGE}/profile`,
      payload: { headName: value },
    });
    expectRefusedAsHostile(profile, 'headName', 'body');
  });

  it('is refused in a path parameter', async () => {
    if (!fitsInUrl) return;
    const res = await operator.request({
      method: 'GET',
      url: `/api/villages/${VILLAGE}/households/${urlEncoded(value)}`,
    });
    expectRefusedAsHostile(res, 'id', 'params');
  });

  it('is refused in the name of an uploaded file, resident import and household import alike', async () => {
    for (const url of [
      `/api/villages/${VILLAGE}/imports/residents`,
      `/api/villages/${VILLAGE}/imports/households`,
    ]) {
      const form = new FormData();
      form.append('file', new Blob(['nik,nama\n']), `data${value}.csv`);
      const res = await operator.request({ method: 'POST', url, payload: form });
      // A multipart header carries the name as UTF-8, so a lone surrogate arrives replaced (U+FFFD).
      if (fitsInUrl) expectRefusedAsHostile(res, 'file', 'body');
      else expectNoServerError(res);
    }
  });
});

describe('isStorableText and findUnstorableText', () => {
  it('accept every ordinary text, paired surrogates (emoji) included', () => {
    for (const ok of ['', 'Jl. Mawar 5', 'Ngurah Rai 🏠', 'Ṣaliḥ', '\t\n'])
      expect(isStorableText(ok), JSON.stringify(ok)).toBe(true);
  });

  it('name the first unstorable value or key by its dotted path', () => {
    expect(findUnstorableText({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toBe('a.1.c');
    expect(findUnstorableText({ family: { ['k\ud800']: 1 } })).toBe('family.k\ufffd');
    expect(findUnstorableText({ a: 1, b: null, c: ['ok'] })).toBeUndefined();
  });
});

describe('text()', () => {
  it('is a zod string that refuses unstorable text in Indonesian and carries the English message', () => {
    expect(text().safeParse('Jl. Mawar 5').success).toBe(true);
    const result = text().safeParse('Jl.\u0000');
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]! as { code: string; message: string; params?: { en?: string } };
    expect(issue.message).toBe(UNSTORABLE_TEXT_MESSAGE.id);
    // As fastify-type-provider-zod hands the issue to the problem handler.
    expect(englishMessage(issue.code, { params: issue.params }, issue.message)).toBe(
      UNSTORABLE_TEXT_MESSAGE.en,
    );
  });
});
