import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../../../test/test-app.ts';

let t: TestApp;
let admin: TestUser;
let district: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.createUser('regency_admin', '35.10');
  district = await t.createUser('district_staff', '35.10.01');
});
afterAll(() => t.close());

const newOperator = {
  username: 'operator.baru',
  displayName: 'Operator Baru',
  password: 'sandi-yang-panjang',
  role: 'village_operator',
  agency: null,
  areaCode: '3510012001',
};

describe('POST /api/users', () => {
  it('lets the regency admin create a village operator who can then sign in', async () => {
    const res = await admin.request({ method: 'POST', url: '/api/users', payload: newOperator });
    expect(res.statusCode).toBe(201);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'operator.baru', password: 'sandi-yang-panjang' },
    });
    // The admin typed that password: it is a one-time password like a reset's.
    expect(login.json().user).toMatchObject({
      role: 'village_operator',
      areaCode: '35.10.01.2001',
      passwordChangeRequired: true,
    });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'user.create')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a taken username with 409', async () => {
    const res = await admin.request({ method: 'POST', url: '/api/users', payload: newOperator });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('USERNAME_TAKEN');
  });

  it('refuses an area of the wrong level, in both languages', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { ...newOperator, username: 'operator.salah', areaCode: '35.10.01' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      field: 'areaCode',
      message: 'Peran ini harus terikat pada wilayah tingkat desa/kelurahan',
      message_en: 'This role must be bound to a village area',
    });
  });
});

describe('GET /api/users', () => {
  it('lists staff accounts in an area, never citizens', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/users?areaCode=35.10.01' });
    expect(res.statusCode).toBe(200);
    const roles = res.json().items.map((u: { role: string }) => u.role);
    expect(roles).toContain('district_staff');
    expect(roles).not.toContain('citizen');
    expect(res.json().items.every((u: { areaCode: string }) => u.areaCode.startsWith('35.10.01'))).toBe(true);
  });
});

/**
 * How many session rows the account has left, then whether its cookie still opens /api/auth/me (counted first:
 * a session of a deactivated account is also dropped the next time it is used).
 */
async function sessionState(user: TestUser) {
  const rows = await t.database.db
    .selectFrom('user_session')
    .select('token_digest')
    .where('user_id', '=', user.id)
    .execute();
  const me = await user.request({ method: 'GET', url: '/api/auth/me' });
  return { rows: rows.length, status: me.statusCode };
}

const signInAs = (username: string, password: string, ip: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });

describe('POST /api/users/:id/password', () => {
  it('answers a one-time password, ends every open session, and makes the owner choose a new one', async () => {
    const user = await t.createUser('village_operator', '35.10.01.2001');
    const second = await signInAs(user.username, TEST_PASSWORD, '10.20.0.1');
    expect(second.statusCode).toBe(200);
    expect(await sessionState(user)).toEqual({ status: 200, rows: 2 });

    const res = await admin.request({ method: 'POST', url: `/api/users/${user.id}/password` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { oneTimePassword } = res.json<{ oneTimePassword: string }>();
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(await sessionState(user)).toEqual({ status: 401, rows: 0 });
    expect((await signInAs(user.username, TEST_PASSWORD, '10.20.0.1')).statusCode).toBe(401);
    const login = await signInAs(user.username, oneTimePassword, '10.20.0.1');
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ id: user.id, passwordChangeRequired: true });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'user.password_reset')
      .where('entity_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: admin.id, details: { sessionsEnded: 2, changeRequired: true } });
    expect(JSON.stringify(audit.details)).not.toContain(oneTimePassword);
  });

  it('makes a new password each time, and is for the regency admin of the account’s area only', async () => {
    const user = await t.createUser('village_operator', '35.10.01.2001');
    const first = await admin.request({ method: 'POST', url: `/api/users/${user.id}/password` });
    const second = await admin.request({ method: 'POST', url: `/api/users/${user.id}/password` });
    expect(first.json().oneTimePassword).not.toBe(second.json().oneTimePassword);
    const byDistrict = await district.request({ method: 'POST', url: `/api/users/${user.id}/password` });
    expect(byDistrict.statusCode).toBe(403);
    const elsewhere = await t.createUser('regency_admin', '35.11');
    const other = await elsewhere.request({ method: 'POST', url: `/api/users/${user.id}/password` });
    expect(other.statusCode).toBe(404);
  });
});

describe('POST /api/users/:id/deactivate and /reactivate', () => {
  it('signs a deactivated account out at once, keeps it out, and lets it back in once reactivated', async () => {
    const user = await t.createUser('village_head', '35.10.01.2002');
    const res = await admin.request({ method: 'POST', url: `/api/users/${user.id}/deactivate` });
    expect(res.statusCode).toBe(204);
    expect(await sessionState(user)).toEqual({ status: 401, rows: 0 });
    expect((await signInAs(user.username, TEST_PASSWORD, '10.21.0.1')).statusCode).toBe(401);
    const listed = (await admin.request({ method: 'GET', url: '/api/users?areaCode=35.10.01.2002' }))
      .json<{ items: { id: string; active: boolean }[] }>()
      .items.find((u) => u.id === user.id);
    expect(listed).toMatchObject({ active: false });

    expect(
      (await admin.request({ method: 'POST', url: `/api/users/${user.id}/reactivate` })).statusCode,
    ).toBe(204);
    expect((await signInAs(user.username, TEST_PASSWORD, '10.21.0.1')).statusCode).toBe(200);
    const actions = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', user.id)
      .where('action', 'like', 'user.%')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['user.deactivate', 'user.reactivate']);
  });

  it('does not let the admin deactivate their own account, nor touch a citizen account', async () => {
    const self = await admin.request({ method: 'POST', url: `/api/users/${admin.id}/deactivate` });
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe('CANNOT_DEACTIVATE_SELF');
    const citizen = await t.createUser('citizen', '35.10.01.2001');
    const res = await admin.request({ method: 'POST', url: `/api/users/${citizen.id}/deactivate` });
    expect(res.statusCode).toBe(404);
  });
});
