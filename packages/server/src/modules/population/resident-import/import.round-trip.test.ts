// The round trip at village scale: the registry's own full export (identifiers revealed with a reason) goes
// back in through the resident importer and is recognised line for line: no errors, nothing to change. Any
// rule of the importer the generator or the export breaks shows up here as a count.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { commitAndWait, issuesOf, uploadAndCheck } from '../../../../test/imports.ts';
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

/** Codes of a job's issues with how many lines carry each, errors and warnings apart. */
async function issueCounts(jobId: string) {
  const counts: Record<string, number> = {};
  for (const issue of await issuesOf(operator, VILLAGE, jobId)) {
    const key = `${issue.level}:${issue.code}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
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
      const counts = await issueCounts(job.id);
      expect(Object.keys(counts).filter((key) => key.startsWith('error:'))).toEqual([]);
      // Warnings are the registry's own verification flags (a NIK whose birth date disagrees …), read again.
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM resident
        WHERE village_code = ${VILLAGE} AND cardinality(verification_flags) > 0`.execute(t.database.db);
      expect(job.warningRows).toBe(rows[0]!.n);

      const { job: saved } = await commitAndWait(operator, VILLAGE, job.id);
      expect(saved).toMatchObject({ status: 'committed' });
      expect(await residentCount()).toBe(residents);
    },
    300_000,
  );
});
