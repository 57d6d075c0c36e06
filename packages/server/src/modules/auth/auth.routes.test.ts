import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app.ts';
import { hashSecret } from './password.ts';
import { deploymentSecret } from './queries.ts';
import { nikDigest } from './tokens.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });

describe('POST /api/auth/login', () => {
  it('signs in with the right password and sets an httpOnly, SameSite session cookie', async () => {
    const user = await t.createUser('village_operator', '35.10.01.2001');
    const res = await login(user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      user: {
        username: user.username,
        role: 'village_operator',
        areaCode: '35.10.01.2001',
        areaName: 'Sarongan',
        areaLevel: 'village',
      },
    });
    const cookie = res.cookies.find((c) => c.name === 'sk_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    // Only the digest of the token is stored server-side.
    const stored = await t.database.db
      .selectFrom('user_session')
      .select('token_digest')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored.map((s) => s.token_digest)).not.toContain(cookie!.value);
  });

  it('refuses a wrong password with 401 and the same answer as an unknown user', async () => {
    const user = await t.createUser('district_staff', '35.10.01');
    const wrong = await login(user.username, 'not-the-password');
    const unknown = await login('nobody-here', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('rejects an empty body with a field-level validation problem', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['password', 'username']);
  });

  it('limits requests per address on top of the failure back-off', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 21; i += 1)
      codes.push((await login(`nobody-${i}`, 'x', '10.9.9.9')).json<{ code: string }>().code);
    // Ten failures are the address's allowance; the eleventh makes it wait, so the twelfth is refused.
    expect(codes.slice(0, 11)).toEqual(Array(11).fill('AUTH_INVALID_CREDENTIALS'));
    expect(codes[11]).toBe('AUTH_THROTTLED');
    // The coarse request limit (20 a minute) still stands behind it.
    expect(codes[20]).toBe('RATE_LIMITED');
  });
});

describe('GET /api/auth/me and POST /api/auth/logout', () => {
  it('returns the signed-in user, and nothing after logout', async () => {
    const user = await t.createUser('agency_staff', '35.10', { agency: 'planning' });
    const me = await user.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json()).toMatchObject({
      user: { role: 'agency_staff', agency: 'planning', areaLevel: 'regency' },
    });
    expect((await user.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    const after = await user.request({ method: 'GET', url: '/api/auth/me' });
    expect(after.statusCode).toBe(401);
  });

  it('answers 401 without a cookie or with a forged one', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: 'sk_session=forged' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('ends a session that has been idle too long', async () => {
    const user = await t.createUser('village_operator', '35.10.01.2001');
    await t.database.db
      .updateTable('user_session')
      .set({ last_seen_at: new Date(Date.now() - 3 * 3600_000) })
      .where('user_id', '=', user.id)
      .execute();
    expect((await user.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });
});

describe('POST /api/auth/citizen-login', () => {
  it('signs a citizen in by NIK and PIN, and never through the staff form', async () => {
    const citizen = await t.createUser('citizen', '35.10.01.2001', { username: 'warga-1' });
    await t.database.db
      .updateTable('app_user')
      .set({ password_hash: await hashSecret('246810') })
      .where('id', '=', citizen.id)
      .execute();
    const { secret } = await deploymentSecret(t.database.db);
    await t.database.db
      .insertInto('citizen_login')
      .values({ user_id: citizen.id, nik_digest: nikDigest(secret, '3510014506900001') })
      .execute();

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/citizen-login',
      payload: { nik: '3510014506900001', pin: '246810' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ role: 'citizen', areaCode: '35.10.01.2001' });
    const wrongPin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/citizen-login',
      payload: { nik: '3510014506900001', pin: '111111' },
    });
    expect(wrongPin.statusCode).toBe(401);
    const viaStaffForm = await login('warga-1', '246810');
    expect(viaStaffForm.statusCode).toBe(401);
  });

  it('rejects a NIK that is not 16 digits before looking anything up', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/citizen-login',
      payload: { nik: '35100145', pin: '123456' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'nik' });
  });
});
