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

  it('locks the account after five failures, even against the right password, and audits it', async () => {
    const user = await t.createUser('village_head', '35.10.01.2002');
    for (let i = 1; i <= 4; i += 1)
      expect((await login(user.username, `wrong-${i}`, '10.0.0.2')).statusCode).toBe(401);
    const fifth = await login(user.username, 'wrong-5', '10.0.0.2');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json()).toMatchObject({ code: 'AUTH_LOCKED', retryAfterSeconds: 900 });
    const right = await login(user.username, TEST_PASSWORD, '10.0.0.2');
    expect(right.statusCode).toBe(423);
    const actions = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_id', '=', user.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'auth.login', // the test's own set-up sign-in
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.account_locked',
      'auth.login_refused_locked',
    ]);
  });

  it('lets the regency admin lift a lock', async () => {
    const admin = await t.createUser('regency_admin', '35.10');
    const user = await t.createUser('village_head', '35.10.02.2001');
    for (let i = 0; i < 5; i += 1) await login(user.username, 'wrong', '10.0.0.3');
    const unlock = await admin.request({ method: 'POST', url: `/api/users/${user.id}/unlock` });
    expect(unlock.statusCode).toBe(204);
    expect((await login(user.username, TEST_PASSWORD, '10.0.0.3')).statusCode).toBe(200);
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

  it('is rate limited per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i += 1) statuses.push((await login('nobody', 'x', '10.9.9.9')).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect((await login('nobody', 'x', '10.9.9.9')).json().code).toBe('RATE_LIMITED');
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
