// The regency admin changes a staff account after creating it: name, role, agency and area, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, signIn, type TestApp, type TestUser } from '../../../test/test-app.ts';

let t: TestApp;
let admin: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.createUser('regency_admin', '35.10');
});
afterAll(() => t.close());

const patch = (by: TestUser, id: string, payload: Record<string, unknown>) =>
  by.request({ method: 'PATCH', url: `/api/users/${id}`, payload });

describe('PATCH /api/users/:id', () => {
  it('moves an operator to another village and renames them, ends their sessions, audited', async () => {
    const user = await t.createUser('village_operator', '35.10.01.2001');
    const res = await patch(admin, user.id, { displayName: 'Siti Operator', areaCode: '3510012002' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: user.id,
      displayName: 'Siti Operator',
      role: 'village_operator',
      areaCode: '35.10.01.2002',
    });
    // The screens open under the old village end: the person signs in again, into the new one.
    expect((await user.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const again = await signIn(t.app, user.username);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: again } });
    expect(me.json().user).toMatchObject({ areaCode: '35.10.01.2002', displayName: 'Siti Operator' });
    const old = await t.app.inject({
      method: 'GET',
      url: '/api/villages/35.10.01.2001/profile',
      headers: { cookie: again },
    });
    expect(old.statusCode).toBe(404);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'region_code', 'details'])
      .where('action', '=', 'user.update')
      .where('entity_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(admin.id);
    expect(audit.details).toEqual({
      display_name: { from: expect.stringMatching(/^Test/), to: 'Siti Operator' },
      area_code: { from: '35.10.01.2001', to: '35.10.01.2002' },
      sessionsEnded: 1,
    });
  });

  it('makes district staff of a village operator when given the district, and agency staff with an agency', async () => {
    const user = await t.createUser('village_operator', '35.10.01.2001');
    const district = await patch(admin, user.id, { role: 'district_staff', areaCode: '35.10.01' });
    expect(district.json()).toMatchObject({ role: 'district_staff', areaCode: '35.10.01', agency: null });
    const agency = await patch(admin, user.id, {
      role: 'agency_staff',
      agency: 'planning',
      areaCode: '35.10',
    });
    expect(agency.json()).toMatchObject({ role: 'agency_staff', agency: 'planning', areaCode: '35.10' });
    // Back to a role without an agency: the agency goes with the old role.
    const head = await patch(admin, user.id, { role: 'village_head', areaCode: '35.10.02.2001' });
    expect(head.json()).toMatchObject({ role: 'village_head', agency: null, areaCode: '35.10.02.2001' });
  });

  it('refuses a role whose area is of another level, and agency staff without an agency, changing nothing', async () => {
    const user = await t.createUser('village_operator', '35.10.01.2001');
    const wrongLevel = await patch(admin, user.id, { role: 'district_staff' });
    expect(wrongLevel.statusCode).toBe(400);
    expect(wrongLevel.json().errors[0]).toMatchObject({
      field: 'areaCode',
      message_en: 'This role must be bound to a district area',
    });
    const noAgency = await patch(admin, user.id, { role: 'agency_staff', areaCode: '35.10' });
    expect(noAgency.statusCode).toBe(400);
    expect(noAgency.json().errors[0]).toMatchObject({ field: 'agency' });
    const unknownField = await patch(admin, user.id, { username: 'baru' });
    expect(unknownField.statusCode).toBe(400);
    const row = await t.database.db
      .selectFrom('app_user')
      .select(['role', 'area_code', 'username'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'village_operator', area_code: '35.10.01.2001', username: user.username });
  });

  it('lets the admin rename themselves, staying signed in, but not change their own role or area', async () => {
    const renamed = await patch(admin, admin.id, { displayName: 'Admin Kabupaten' });
    expect(renamed.statusCode).toBe(200);
    expect((await admin.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    const demoted = await patch(admin, admin.id, { role: 'district_staff', areaCode: '35.10.01' });
    expect(demoted.statusCode).toBe(409);
    expect(demoted.json().code).toBe('CANNOT_CHANGE_OWN_ASSIGNMENT');
  });

  it('answers 404 for an account outside the admin’s area or a citizen’s, and 403 to anyone but an admin', async () => {
    const otherRegency = await t.createUser('village_operator', '35.11.01.2001');
    expect((await patch(admin, otherRegency.id, { displayName: 'Orang Lain' })).statusCode).toBe(404);
    const citizen = await t.createUser('citizen', '35.10.01.2001');
    expect((await patch(admin, citizen.id, { displayName: 'Warga' })).statusCode).toBe(404);
    const operator = await t.createUser('village_operator', '35.10.01.2001');
    expect((await patch(operator, operator.id, { displayName: 'Saya Sendiri' })).statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${operator.id}`,
      payload: { displayName: 'Siapa' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('GET /api/users/:id', () => {
  it('shows one account of the admin’s area, and 404 outside it', async () => {
    const user = await t.createUser('village_head', '35.10.02.2001');
    const res = await admin.request({ method: 'GET', url: `/api/users/${user.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: user.id,
      role: 'village_head',
      active: true,
      locked: false,
      passwordChangeRequired: false,
    });
    const other = await t.createUser('village_head', '35.11.01.2001');
    expect((await admin.request({ method: 'GET', url: `/api/users/${other.id}` })).statusCode).toBe(404);
  });
});
