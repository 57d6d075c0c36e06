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
    expect(login.json().user).toMatchObject({ role: 'village_operator', areaCode: '35.10.01.2001' });
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
  it('sets a new password and ends every open session of the account', async () => {
    const user = await t.createUser('village_operator', '35.10.01.2001');
    const second = await signInAs(user.username, TEST_PASSWORD, '10.20.0.1');
    expect(second.statusCode).toBe(200);
    expect(await sessionState(user)).toEqual({ status: 200, rows: 2 });

    const res = await admin.request({
      method: 'POST',
      url: `/api/users/${user.id}/password`,
      payload: { password: 'sandi-baru-yang-panjang' },
    });
    expect(res.statusCode).toBe(204);
    expect(await sessionState(user)).toEqual({ status: 401, rows: 0 });
    expect((await signInAs(user.username, TEST_PASSWORD, '10.20.0.1')).statusCode).toBe(401);
    expect((await signInAs(user.username, 'sandi-baru-yang-panjang', '10.20.0.1')).statusCode).toBe(200);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'user.password_reset')
      .where('entity_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: admin.id, details: { sessionsEnded: 2 } });
    expect(JSON.stringify(audit.details)).not.toContain('sandi-baru');
  });

  it('refuses a short password in both languages, and is for the regency admin only', async () => {
    const user = await t.createUser('village_operator', '35.10.01.2001');
    const short = await admin.request({
      method: 'POST',
      url: `/api/users/${user.id}/password`,
      payload: { password: 'pendek' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0]).toMatchObject({ field: 'password' });
    const byDistrict = await district.request({
      method: 'POST',
      url: `/api/users/${user.id}/password`,
      payload: { password: 'sandi-yang-panjang' },
    });
    expect(byDistrict.statusCode).toBe(403);
    expect(await sessionState(user)).toEqual({ status: 200, rows: 1 });
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
