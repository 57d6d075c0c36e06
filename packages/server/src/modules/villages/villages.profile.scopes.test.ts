// Area scoping through the API, with generated users and targets: every level of user against villages
// inside and outside their area. Outside the area a village "does not exist" (404); inside it, a user who
// may only read gets 403 on a write.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createUsersOfEveryLevel,
  type AreaUser,
  type TestApp,
} from '../../../test/test-app.ts';
import type { Role } from '../../access/roles.ts';

let t: TestApp;
const villages = ['35.10.01.2001', '35.10.01.2002', '35.10.02.2001', '35.10.21.1001'];
const users: AreaUser[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  users.push(...(await createUsersOfEveryLevel(t)));
});
afterAll(() => t.close());

const within = (code: string, area: string) => code === area || code.startsWith(`${area}.`);
const profileBody = {
  headName: 'Suyanto',
  headTitle: 'Kepala Desa',
  officeAddress: 'Jl. Raya 1',
  postalCode: '68488',
  phone: null,
  email: null,
  website: null,
};

// Roles with no area grant (social workers and citizens get record-level grants from their modules) are
// turned away by the route itself, before any record is looked at.
const noAreaGrant = (role: Role) => role === 'social_worker' || role === 'citizen';

function expectedRead(role: Role, area: string, village: string) {
  if (noAreaGrant(role)) return 403;
  if (!within(village, area)) return 404;
  return 200;
}
function expectedWrite(role: Role, area: string, village: string) {
  if (noAreaGrant(role)) return 403;
  if (expectedRead(role, area, village) === 404) return 404;
  return ['village_head', 'village_operator', 'regency_admin'].includes(role) ? 200 : 403;
}

describe('village profile scoping (generated cases)', () => {
  it('answers each user exactly as their role and area allow', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: users.length - 1 }),
        fc.constantFrom(...villages),
        fc.boolean(),
        async (u, village, write) => {
          const { role, area, user } = users[u]!;
          const res = write
            ? await user.request({
                method: 'PUT',
                url: `/api/villages/${village}/profile`,
                payload: profileBody,
              })
            : await user.request({ method: 'GET', url: `/api/villages/${village}/profile` });
          expect(res.statusCode).toBe(
            write ? expectedWrite(role, area, village) : expectedRead(role, area, village),
          );
        },
      ),
      { numRuns: 80 },
    );
  });

  it("gives a village operator 404 on another village's record and 403 on a regency-only action", async () => {
    const operator = users.find((x) => x.role === 'village_operator' && x.area === '35.10.01.2001')!.user;
    const other = await operator.request({ method: 'GET', url: '/api/villages/35.10.01.2002/profile' });
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('NOT_FOUND');
    const regencyOnly = await operator.request({ method: 'GET', url: '/api/users' });
    expect(regencyOnly.statusCode).toBe(403);
    expect(regencyOnly.json().code).toBe('FORBIDDEN');
  });

  it('keeps an edit by the village operator, audits it, and shows it to the district', async () => {
    const operator = users.find((x) => x.role === 'village_operator' && x.area === '35.10.01.2001')!.user;
    const res = await operator.request({
      method: 'PUT',
      url: '/api/villages/3510012001/profile',
      payload: { ...profileBody, headName: 'Siti Aminah' },
    });
    expect(res.statusCode).toBe(200);
    const district = users.find((x) => x.role === 'district_staff' && x.area === '35.10.01')!.user;
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
    expect(audit.length).toBeGreaterThan(0);
  });

  it('refuses a bad postal code with a message a village operator understands', async () => {
    const operator = users.find((x) => x.role === 'village_operator')!.user;
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
