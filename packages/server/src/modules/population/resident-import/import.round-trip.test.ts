// The round trip at village scale: the registry's own full export (identifiers revealed with a reason) goes
// back in through the resident importer and is recognised line for line: no errors, nothing to change. Any
// rule of the importer the generator or the export breaks shows up here as a count.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { commitAndWait, issueCountsOf, uploadAndCheck } from '../../../../test/imports.ts';
import { seedPopulation } from '../../../seed/population/seed-population.ts';
import { DEMO_VILLAGE } from '../../../seed/population/village-plan.ts';

const VILLAGE = DEMO_VILLAGE.code;
let t: TestApp;
let operator: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  await seedPopulation(t.database.db, '35.10', { scale: 'village' });
  operator = await t.createUser('village_operator', VILLAGE);
}, 300_000);
afterAll(() => t.close());

async function fullExport(format: 'xlsx' | 'csv') {
  const reason = encodeURIComponent('Pemutakhiran data desa');
  const res = await operator.request({
    method: 'GET',
    url: `/api/population/residents/export?region=${VILLAGE}&status=all&format=${format}&full=true&reason=${reason}`,
  });
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
}

async function residentCount() {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM resident WHERE village_code = ${VILLAGE}`.execute(t.database.db);
  return rows[0]!.n;
}

/** What the registry itself knows the check will warn about: its verification flags, and migrants' identifiers. */
async function expectedWarnings() {
  const { rows } = await sql<{ code: string; n: number }>`
    SELECT code, count(*)::int AS n FROM (
      SELECT unnest(r.verification_flags) AS code FROM resident r WHERE r.village_code = ${VILLAGE}
      UNION ALL SELECT 'NIK_OUTSIDE_REGENCY' FROM resident r
        WHERE r.village_code = ${VILLAGE} AND r.nik NOT LIKE '3510%'
      UNION ALL SELECT 'KK_OUTSIDE_REGENCY' FROM resident r JOIN family f ON f.village_code = r.village_code
        AND f.id = r.family_id WHERE r.village_code = ${VILLAGE} AND f.kk_number NOT LIKE '3510%'
      UNION ALL SELECT 'KK_OUTSIDE_DISTRICT' FROM resident r JOIN family f ON f.village_code = r.village_code
        AND f.id = r.family_id WHERE r.village_code = ${VILLAGE} AND f.kk_number LIKE '3510%'
        AND f.kk_number NOT LIKE '351001%'
    ) AS warned GROUP BY code`.execute(t.database.db);
  return Object.fromEntries(rows.map((row) => [row.code, row.n]));
}

describe("the registry's own full export, imported again", () => {
  it.each(['xlsx', 'csv'] as const)(
    'as %s is recognised line for line: no errors and nothing to change',
    async (format) => {
      const residents = await residentCount();
      expect(residents).toBeGreaterThan(4_000);
      const job = await uploadAndCheck(
        operator,
        VILLAGE,
        'residents',
        `penduduk.${format}`,
        await fullExport(format),
      );
      expect(job).toMatchObject({ status: 'ready', totalRows: residents, errorRows: 0 });
      expect(job.actionCounts).toEqual({ unchanged: residents });
      // Warnings only, each one the registry already knows of: nothing about the data changed on the way.
      expect(issueCountsOf(job)).toEqual(await expectedWarnings());

      const { job: saved } = await commitAndWait(operator, VILLAGE, job.id);
      expect(saved).toMatchObject({ status: 'committed' });
      expect(await residentCount()).toBe(residents);
    },
    300_000,
  );
});
