// A staff member whose password the admin reset signs in with the one-time password and must choose their
// own before the app answers anything else; changing it ends the account's other sessions, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../../../test/test-app.ts';

let t: TestApp;
let admin: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.createUser('regency_admin', '35.10');
});
afterAll(() => t.close());

let address = 0;
async function signInWith(username: string, password: string) {
  address += 1;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: `10.30.0.${address}`,
  });
  const cookie = res.cookies.find((c) => c.name === 'sk_session');
  return { res, cookie: cookie ? `sk_session=${cookie.value}` : '' };
}

const as = (cookie: string, options: { method: 'GET' | 'POST'; url: string; payload?: object }) =>
  t.app.inject({ ...options, headers: { cookie } });

async function resetByAdmin(user: TestUser): Promise<string> {
  const res = await admin.request({ method: 'POST', url: `/api/users/${user.id}/password` });
  return res.json<{ oneTimePassword: string }>().oneTimePassword;
}

describe('POST /api/auth/password', () => {
  it('holds a one-time password session to the change page, then frees it once the owner chose their own', async () => {
    const user = await t.createUser('village_operator', '35.10.01.2001');
    const oneTime = await resetByAdmin(user);
    const { res, cookie } = await signInWith(user.username, oneTime);
    expect(res.json().user.passwordChangeRequired).toBe(true);

    const held = await as(cookie, { method: 'GET', url: '/api/villages/35.10.01.2001/profile' });
    expect(held.statusCode).toBe(403);
    expect(held.json()).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    expect(held.json().message_en).toMatch(/Choose a new password/);
    expect((await as(cookie, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);

    const changed = await as(cookie, {
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: oneTime, newPassword: 'sandi-pilihan-sendiri' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user).toMatchObject({ id: user.id, passwordChangeRequired: false });
    // The same session goes on, now free; the one-time password no longer signs in.
    expect((await as(cookie, { method: 'GET', url: '/api/villages/35.10.01.2001/profile' })).statusCode).toBe(
      200,
    );
    expect((await signInWith(user.username, oneTime)).res.statusCode).toBe(401);
    const own = await signInWith(user.username, 'sandi-pilihan-sendiri');
    expect(own.res.json().user.passwordChangeRequired).toBe(false);

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'auth.password_change')
      .where('entity_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: user.id, details: { wasOneTime: true, sessionsEnded: 0 } });
    expect(JSON.stringify(audit.details)).not.toContain('sandi-pilihan');
  });

  it('ends the account’s other sessions but not the one in use', async () => {
    const user = await t.createUser('village_head', '35.10.01.2001');
    const other = await signInWith(user.username, TEST_PASSWORD);
    const changed = await user.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'sandi-kepala-desa-baru' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await user.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await as(other.cookie, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('refuses a wrong current password, a short one and the same one, on the field, changing nothing', async () => {
    const user = await t.createUser('village_operator', '35.10.01.2001');
    const change = (payload: object) => user.request({ method: 'POST', url: '/api/auth/password', payload });
    const wrong = await change({ currentPassword: 'bukan-sandinya', newPassword: 'sandi-yang-baru-sekali' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({
      field: 'currentPassword',
      message: 'Kata sandi saat ini salah',
      message_en: 'The current password is wrong',
    });
    const short = await change({ currentPassword: TEST_PASSWORD, newPassword: 'pendek' });
    expect(short.json().errors[0]).toMatchObject({ field: 'newPassword' });
    const same = await change({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
    expect(same.json().errors[0]).toMatchObject({ field: 'newPassword', message_en: /differ/ });
    expect((await signInWith(user.username, TEST_PASSWORD)).res.statusCode).toBe(200);
  });

  it('answers 401 without a session', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'a', newPassword: 'sandi-yang-panjang' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
