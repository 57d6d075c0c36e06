import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../test-support/families.ts';
import { refreshAllStaleStats } from '../registry/stats-refresh-queries.ts';

let t: TestApp;
let opA: TestUser;
let agency: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  opA = await t.createUser('village_operator', '35.10.01.2001');
  const opB = await t.createUser('village_operator', '35.10.01.2002');
  const opC = await t.createUser('village_operator', '35.10.02.2001');
  agency = await t.createUser('agency_staff', '35.10', { agency: 'planning' });
  await registerFamily(opA, '35.10.01.2001');
  await registerFamily(opB, '35.10.01.2002', [
    { fullName: 'Ahmad', sex: 1, birthDate: '1940-02-29', relationship: 1 },
  ]);
  await registerFamily(opC, '35.10.02.2001', [
    { fullName: 'Sri', sex: 2, birthDate: '1999-12-31', relationship: 1 },
    { fullName: 'Putra', sex: 1, birthDate: '2024-02-29', relationship: 4 },
  ]);
});
afterAll(() => t.close());

const statsOf = async (user: TestUser, region: string) =>
  (await user.request({ method: 'GET', url: `/api/population/stats?region=${region}` })).json();

describe('GET /api/population/stats', () => {
  it('sums villages into districts and the regency', async () => {
    expect((await statsOf(agency, '35.10.01.2001')).totals).toEqual({
      residents: 3,
      male: 1,
      female: 2,
      families: 1,
      households: 0,
    });
    expect((await statsOf(agency, '35.10.01')).totals.residents).toBe(4);
    expect((await statsOf(agency, '35.10')).totals).toMatchObject({ residents: 6, families: 3 });
  });

  it('builds the pyramid in 5-year bands by sex, 75+ at the top', async () => {
    const { pyramid } = await statsOf(agency, '35.10');
    expect(pyramid).toHaveLength(16);
    expect(pyramid[0]).toEqual({ band: '0-4', male: 1, female: 0 });
    expect(pyramid.at(-1)).toEqual({ band: '75+', male: 1, female: 0 });
    expect(pyramid.reduce((n: number, b: { male: number; female: number }) => n + b.male + b.female, 0)).toBe(
      6,
    );
  });

  it('labels religion and marital status in both languages', async () => {
    const { religion, maritalStatus } = await statsOf(agency, '35.10');
    expect(religion[0]).toMatchObject({ code: 1, labelId: 'ISLAM', labelEn: 'Islam', total: 6 });
    expect(maritalStatus.map((m: { labelId: string }) => m.labelId)).toContain('KAWIN');
  });

  it("keeps a village operator to their village's figures", async () => {
    expect((await opA.request({ method: 'GET', url: '/api/population/stats?region=35.10' })).statusCode).toBe(
      404,
    );
    expect((await statsOf(opA, '35.10.01.2001')).totals.residents).toBe(3);
  });
});

describe('refreshAllStaleStats', () => {
  it("recomputes yesterday's figures of every village in one go, and leaves today's alone", async () => {
    const yesterday = new Date(Date.now() - 36 * 3600_000);
    await t.database.db.updateTable('population_stat').set({ refreshed_at: yesterday, total: 999 }).execute();
    expect(await refreshAllStaleStats(t.database.db)).toBe(3);
    expect((await statsOf(agency, '35.10')).totals).toMatchObject({ residents: 6, families: 3 });
    expect(await refreshAllStaleStats(t.database.db)).toBe(0);
  });
});
