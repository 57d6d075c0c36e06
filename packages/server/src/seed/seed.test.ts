// The demo as `npm start` loads it (here one village, the same steps): the population, the welfare facts and
// enrolments, the programs' eligibilities and a finished ranking run, so Dinas Sosial opens the poverty map
// and the targeting lists to deciles and households that were missed, not to empty pages.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../test/test-app.ts';
import { seed } from './seed.ts';

const SARONGAN = '35.10.01.2001';
let t: TestApp;
let dinsos: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  await seed(t.database.db, '35.10', 'village', { seed: 'seed-test' });
  dinsos = await t.createUser('agency_staff', '35.10', { agency: 'social_affairs' });
}, 240_000);
afterAll(() => t.close());

describe('the demo seed', () => {
  it('ends with a finished ranking run started by the demo Dinas Sosial account, households in deciles', async () => {
    const res = await dinsos.request({ method: 'GET', url: '/api/assistance/ranking/runs' });
    expect(res.statusCode, res.body).toBe(200);
    const runs =
      res.json<{ status: string; decileCounts: number[] | null; householdsRanked: number | null }[]>();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.status).toBe('done');
    expect(runs[0]!.decileCounts).toHaveLength(10);
    // Equal scores share a decile, so a decile may stay empty; the poorest one and most others are not.
    const counts = runs[0]!.decileCounts!;
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts.filter((households) => households > 0).length).toBeGreaterThanOrEqual(7);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(runs[0]!.householdsRanked);
    expect(runs[0]!.householdsRanked).toBeGreaterThan(500);
    const starter = await sql<{ username: string }>`
      SELECT u.username FROM welfare_ranking_run r JOIN app_user u ON u.id = r.started_by`.execute(
      t.database.db,
    );
    expect(starter.rows.map((row) => row.username)).toEqual(['dinsos']);
  });

  it("gives every catalogue program an eligibility, and PKH's exclusion list in the village is not empty", async () => {
    const programs = await t.database.db
      .selectFrom('assistance_program')
      .select(['id', 'code', 'eligibility'])
      .execute();
    for (const program of programs) expect(program.eligibility, program.code).not.toBeNull();
    const pkh = programs.find((program) => program.code === 'PKH')!;
    const res = await dinsos.request({
      method: 'GET',
      url: `/api/assistance/programs/${pkh.id}/targeting/excluded?region=${SARONGAN}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ total: number }>().total).toBeGreaterThan(0);
  });
});
