// Who may import into which village, with generated users and targets: writers of the village (and the
// regency admin) get through; read-only staff of the area get 403; anyone outside the area gets 404.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createUsersOfEveryLevel,
  type AreaUser,
  type TestApp,
} from '../../../../test/test-app.ts';
import type { Role } from '../../../access/roles.ts';
import { uploadRequest as upload } from '../../../../test/imports.ts';
import { goodRows, importFile, xlsxBuffer } from './test-fixtures.ts';

const uploadRequest = (village: string, name: string, content: Buffer) =>
  upload(village, 'residents', name, content);

let t: TestApp;
let file: Buffer;
const villages = ['35.10.01.2001', '35.10.01.2002', '35.10.02.2001'];
const users: AreaUser[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  file = await xlsxBuffer({ rows: goodRows().slice(0, 4) });
  users.push(...(await createUsersOfEveryLevel(t)));
});
afterAll(() => t.close());

const within = (code: string, area: string) => code === area || code.startsWith(`${area}.`);
const userOf = (role: Role, area: string) => users.find((u) => u.role === role && u.area === area)!.user;

function expected(role: Role, area: string, village: string) {
  if (role === 'social_worker' || role === 'citizen') return 403; // turned away by the route itself
  if (!within(village, area)) return 404;
  return ['village_head', 'village_operator', 'regency_admin'].includes(role) ? 200 : 403;
}

describe('import scoping (generated cases)', () => {
  it('answers each user on the import list exactly as their role and area allow', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: users.length - 1 }),
        fc.constantFrom(...villages),
        async (u, village) => {
          const { role, area, user } = users[u]!;
          const res = await user.request({ method: 'GET', url: `/api/villages/${village}/imports` });
          expect(res.statusCode).toBe(expected(role, area, village));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('POST /api/villages/:code/imports/residents', () => {
  it('asks an unauthenticated caller to sign in', async () => {
    const res = await t.app.inject(uploadRequest('35.10.01.2001', 'p.xlsx', file));
    expect(res.statusCode).toBe(401);
  });

  it('gives the operator of another village 404, district staff 403 and a social worker 403', async () => {
    const other = await userOf('village_operator', '35.10.02.2001').request(
      uploadRequest('35.10.01.2001', 'p.xlsx', file),
    );
    expect(other.statusCode).toBe(404);
    const district = await userOf('district_staff', '35.10.01').request(
      uploadRequest('35.10.01.2001', 'p.xlsx', file),
    );
    expect(district.statusCode).toBe(403);
    const social = await userOf('social_worker', '35.10.01.2001').request(
      uploadRequest('35.10.01.2001', 'p.xlsx', file),
    );
    expect(social.statusCode).toBe(403);
  });

  it('refuses a district or regency code as the target village', async () => {
    const res = await userOf('regency_admin', '35.10').request(uploadRequest('35.10.01', 'p.xlsx', file));
    expect(res.statusCode).toBe(404);
  });

  it("hides a village's job from another village's operator, even under their own village code", async () => {
    const head = userOf('village_head', '35.10.01.2001');
    const job = await importFile(head, '35.10.01.2001', 'p.xlsx', file);
    expect(job.status).toBe('ready');
    const outsider = userOf('village_operator', '35.10.02.2001');
    for (const url of [
      `/api/villages/35.10.01.2001/imports/${job.id}`,
      `/api/villages/35.10.02.2001/imports/${job.id}`,
      `/api/villages/35.10.02.2001/imports/${job.id}/rows`,
    ]) {
      expect((await outsider.request({ method: 'GET', url })).statusCode).toBe(404);
    }
    const commit = await outsider.request({
      method: 'POST',
      url: `/api/villages/35.10.02.2001/imports/${job.id}/commit`,
      payload: { mode: 'all' },
    });
    expect(commit.statusCode).toBe(404);
    const district = await userOf('district_staff', '35.10.01').request({
      method: 'GET',
      url: `/api/villages/35.10.01.2001/imports/${job.id}/rows`,
    });
    expect(district.statusCode).toBe(403);
  });

  it('lets the regency admin import into any village of the regency', async () => {
    const job = await importFile(userOf('regency_admin', '35.10'), '35.10.02.2001', 'p.xlsx', file);
    expect(job).toMatchObject({ status: 'ready', actionCounts: { insert: 4 } });
  });
});
