// The village profile: an edit by the village's operator is kept, audited and seen by the district; a bad
// postal code is refused with a message a village operator understands. Who may read or edit which profile
// is proven by the scope harness (villages.scope-cases.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../test/test-app.ts';

let t: TestApp;
let operator: TestUser;
let district: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', '35.10.01.2001');
  district = await t.createUser('district_staff', '35.10.01');
});
afterAll(() => t.close());

const profileBody = {
  headName: 'Suyanto',
  headTitle: 'Kepala Desa',
  officeAddress: 'Jl. Raya 1',
  postalCode: '68488',
  phone: null,
  email: null,
  website: null,
};

describe('PUT /api/villages/:code/profile', () => {
  it('keeps an edit by the village operator, audits it, and shows it to the district', async () => {
    const res = await operator.request({
      method: 'PUT',
      url: '/api/villages/3510012001/profile',
      payload: { ...profileBody, headName: 'Siti Aminah' },
    });
    expect(res.statusCode).toBe(200);
    const seen = await district.request({ method: 'GET', url: '/api/villages/35.10.01.2001/profile' });
    expect(seen.json()).toMatchObject({
      name: 'Sarongan',
      districtName: 'Pesanggaran',
      headName: 'Siti Aminah',
      postalCode: '68488',
    });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'region_code'])
      .where('action', '=', 'village_profile.update')
      .execute();
    expect(audit).toEqual([{ action: 'village_profile.update', region_code: '35.10.01.2001' }]);
  });

  it('refuses a bad postal code with a message a village operator understands', async () => {
    const res = await operator.request({
      method: 'PUT',
      url: '/api/villages/35.10.01.2001/profile',
      payload: { ...profileBody, postalCode: '684' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ field: 'postalCode', message: expect.stringContaining('Kode pos') }),
    ]);
  });
});
