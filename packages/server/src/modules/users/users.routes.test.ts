import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../test/test-app.ts';

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

  it('is a regency-admin action: district staff get 403', async () => {
    const res = await district.request({
      method: 'POST',
      url: '/api/users',
      payload: { ...newOperator, username: 'x.y.z' },
    });
    expect(res.statusCode).toBe(403);
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
