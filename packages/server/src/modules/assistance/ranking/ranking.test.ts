// A regency ranking run end to end: households of three villages with known facts get known deciles (the
// same as the domain's rankIntoDeciles), incomplete ones are counted apart, progress reaches its total, each
// household's panel shows its decile per run, and a failed run is marked failed with no deciles at all.
import { rankIntoDeciles } from '@smart-kampung/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { householdWithFacts, runRanking, welfarePanel, type RankingRun } from '../test-support/welfare.ts';

const A = '35.10.01.2001';
const B = '35.10.01.2002';
const C = '35.10.02.2001';
let t: TestApp;
let dinsos: TestUser;
let district: TestUser;
const households: Record<string, { id: string; village: string }> = {};

beforeAll(async () => {
  t = await buildTestApp();
  dinsos = await t.createUser('agency_staff', '35.10', { agency: 'social_affairs' });
  district = await t.createUser('district_staff', '35.10.01');
  const make = async (name: string, village: string, spec: Parameters<typeof householdWithFacts>[3]) => {
    const operator = await t.createUser('village_operator', village);
    households[name] = { id: (await householdWithFacts(t, operator, village, spec)).householdId, village };
  };
  await make('earthFloor', A, { housing: { floor_material: 8 } }); // 6
  await make('decent', A, {}); // 0
  await make('earthNoToilet', B, {
    housing: { floor_material: 8, toilet_facility: 6, toilet_type: undefined, faeces_disposal: undefined },
  }); // 11
  await make('noElectricity', B, { housing: { lighting_source: 4, electricity_power: undefined } }); // 5
  await make('unknownAssets', C, { assets: null }); // incomplete
});
afterAll(() => t.close());

const expected = { earthNoToilet: 11, earthFloor: 6, noElectricity: 5, decent: 0 };

describe('POST /api/assistance/ranking/runs', () => {
  let run: RankingRun;

  it('recomputes every village and ranks complete households into deciles, the highest score desil 1', async () => {
    // A score written before the run by hand is stale: the run recomputes it from the facts.
    await sql`UPDATE household_welfare_score SET score = 99 WHERE household_id = ${households.decent!.id}`.execute(
      t.database.db,
    );
    run = await runRanking(t, dinsos);
    expect(run).toMatchObject({
      status: 'done',
      modelId: 'skor-kesejahteraan@1',
      householdsRanked: 4,
      householdsIncomplete: 1,
      progressDone: 4,
      progressTotal: 4,
      error: null,
    });
    const domain = rankIntoDeciles(Object.entries(expected).map(([id, score]) => ({ id, score })));
    expect(Object.fromEntries(domain)).toEqual({
      earthNoToilet: 1,
      earthFloor: 3,
      noElectricity: 6,
      decent: 8,
    });
    for (const [name, decile] of domain) {
      const panel = await welfarePanel(dinsos, households[name]!.village, households[name]!.id);
      expect(panel.deciles, name).toEqual([
        expect.objectContaining({ runId: run.id, decile, score: expected[name as keyof typeof expected] }),
      ]);
    }
    expect(run.decileCounts).toEqual([1, 0, 1, 0, 0, 1, 0, 1, 0, 0]);
    expect(run.decileCutoffs).toEqual([11, null, 6, null, null, 5, null, 0, null]);
    const incomplete = await welfarePanel(dinsos, C, households.unknownAssets!.id);
    expect(incomplete.deciles).toEqual([]);
  });

  it('keeps every run: a second run after a change ranks anew, the first keeps its deciles', async () => {
    const operator = await t.createUser('village_operator', A);
    const edit = await operator.request({
      method: 'PATCH',
      url: `/api/villages/${A}/households/${households.decent!.id}`,
      payload: { housing: { lighting_source: 4, electricity_power: null, wall_material: 6 } },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const second = await runRanking(t, dinsos);
    expect(second.status).toBe('done');
    const panel = await welfarePanel(dinsos, A, households.decent!.id);
    expect(panel.deciles.map((d) => [d.runId, d.decile, d.score])).toEqual([
      [second.id, 3, 9],
      [run.id, 8, 0],
    ]);
    const list = await district.request({ method: 'GET', url: '/api/assistance/ranking/runs' });
    expect(list.statusCode).toBe(200);
    expect(list.json<RankingRun[]>().map((r) => r.id)).toEqual([second.id, run.id]);
  });

  it('refuses a second start while a run is in progress (409) and anyone but Dinas Sosial (403)', async () => {
    await sql`INSERT INTO welfare_ranking_run (id, model_id, area_code, status)
      VALUES ('00000000-0000-4000-8000-000000000002', 'skor-kesejahteraan@1', '35.10', 'running')`.execute(
      t.database.db,
    );
    const busy = await dinsos.request({ method: 'POST', url: '/api/assistance/ranking/runs' });
    expect(busy.statusCode).toBe(409);
    expect(busy.json<{ code: string }>().code).toBe('RANKING_RUN_BUSY');
    await sql`UPDATE welfare_ranking_run SET status = 'failed' WHERE id = '00000000-0000-4000-8000-000000000002'`.execute(
      t.database.db,
    );
    expect((await district.request({ method: 'POST', url: '/api/assistance/ranking/runs' })).statusCode).toBe(
      403,
    );
  });

  it('marks a run failed with its error and writes no deciles when a step fails', async () => {
    const before = await t.database.db
      .selectFrom('household_decile')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    // A criteria model the code cannot read (a corrupted row): the first village's recompute fails.
    const saved = await sql<{
      definition: unknown;
    }>`SELECT definition FROM welfare_model WHERE id = 'bps-14@1'`.execute(t.database.db);
    await sql`UPDATE welfare_model SET definition = '{"variables": [{"variable": "nope", "points": 1, "weight": 1}]}' WHERE id = 'bps-14@1'`.execute(
      t.database.db,
    );
    const failed = await runRanking(t, dinsos);
    await sql`UPDATE welfare_model SET definition = ${JSON.stringify(saved.rows[0]!.definition)}::jsonb WHERE id = 'bps-14@1'`.execute(
      t.database.db,
    );
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/gagal/);
    expect(failed.decileCounts).toBeNull();
    const after = await t.database.db
      .selectFrom('household_decile')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const rows = await t.database.db
      .selectFrom('household_decile')
      .select('run_id')
      .where('run_id', '=', failed.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('answers 404 for a run that does not exist', async () => {
    const res = await dinsos.request({
      method: 'GET',
      url: '/api/assistance/ranking/runs/00000000-0000-4000-8000-0000000000ff',
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('GET /api/assistance/programs/:id/effect', () => {
  it('counts recipient households per decile at each run and exits by reason per year', async () => {
    const program = await t.database.db
      .selectFrom('assistance_program')
      .select('id')
      .where('code', '=', 'PKH')
      .executeTakeFirstOrThrow();
    // Enrolments are written directly: the enrolment routes are another part of issue 12.
    const enrol = (name: string, status: string, exit: string | null, ended: string | null) =>
      sql`INSERT INTO assistance_enrolment (village_code, id, program_id, unit_type, household_id, status, exit_reason,
            start_date, end_date, source)
          VALUES (${households[name]!.village}, gen_random_uuid(), ${program.id}, 'household', ${households[name]!.id},
            ${status}, ${exit}, '2020-01-01', ${ended}::date, 'file')`.execute(t.database.db);
    await enrol('earthNoToilet', 'active', null, null);
    await enrol('decent', 'active', null, null);
    await enrol('earthFloor', 'exited', 'graduated_prospered', '2025-06-30');
    await enrol('unknownAssets', 'active', null, null);

    const res = await dinsos.request({ method: 'GET', url: `/api/assistance/programs/${program.id}/effect` });
    expect(res.statusCode, res.body).toBe(200);
    const effect = res.json<{
      runs: {
        modelId: string;
        deciles: number[];
        notRanked: number;
        recipients: number;
        inDeciles1to4: number;
      }[];
      exits: { year: number; reason: string; enrolments: number }[];
    }>();
    const done = (await dinsos.request({ method: 'GET', url: '/api/assistance/ranking/runs' }))
      .json<RankingRun[]>()
      .filter((r) => r.status === 'done');
    expect(effect.runs).toHaveLength(done.length);
    // Newest done run: earthNoToilet desil 1, decent (now poorer) desil 3; the exited one left before it;
    // the household with unknown assets is a recipient without a decile.
    expect(effect.runs[0]).toMatchObject({
      deciles: [1, 0, 1, 0, 0, 0, 0, 0, 0, 0],
      notRanked: 1,
      recipients: 3,
      inDeciles1to4: 2,
    });
    expect(effect.runs[1]!.deciles).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(effect.exits).toEqual([{ year: 2025, reason: 'graduated_prospered', enrolments: 1 }]);

    // A district reads its own area: village C lies in another district.
    const own = await district.request({
      method: 'GET',
      url: `/api/assistance/programs/${program.id}/effect`,
    });
    expect(own.json<{ runs: { notRanked: number }[] }>().runs[0]!.notRanked).toBe(0);
    const outside = await district.request({
      method: 'GET',
      url: `/api/assistance/programs/${program.id}/effect?region=35.10.02`,
    });
    expect(outside.statusCode).toBe(404);
  });
});
