// What made the regency ranking run faster changes none of its results: villages rescored two at a time give
// the very scores (both models, households and families, with completeness, missing facts and reasons) and
// deciles that one village at a time gives; a repeat run over the same facts rewrites no score (each keeps the
// time it was computed); a fact changed behind the scores' back is rescored, and only the rows reading it are.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import type { Db } from '../../../db/database.ts';
import { householdWithFacts } from '../test-support/welfare.ts';
import { insertRun, runById } from './queries.ts';
import { runRanking } from './runner.ts';

const VILLAGES = ['35.10.01.2001', '35.10.01.2002', '35.10.02.2001', '35.10.03.2002'];
const silent = { error: (details: object) => expect.fail(JSON.stringify(details)) };

let t: TestApp;
let db: Db;
let dinsos: TestUser;
let earthFloor: { householdId: string; familyId: string };

beforeAll(async () => {
  t = await buildTestApp();
  db = t.database.db;
  dinsos = await t.createUser('agency_staff', '35.10', { agency: 'social_affairs' });
  // Households of four villages with different facts; one with unknown assets (incomplete), and families with
  // members of several ages (their scores read the members).
  for (const [i, village] of VILLAGES.entries()) {
    const operator = await t.createUser('village_operator', village);
    const made = await householdWithFacts(t, operator, village, { housing: { floor_material: 8 } });
    if (i === 0) earthFloor = made;
    await householdWithFacts(t, operator, village, {});
    await householdWithFacts(t, operator, village, {
      housing: { toilet_facility: 6, toilet_type: undefined, faeces_disposal: undefined },
    });
    await householdWithFacts(t, operator, village, { assets: null });
    await householdWithFacts(t, operator, village, {
      housing: { lighting_source: 4, electricity_power: undefined },
    });
  }
});
afterAll(() => t.close());

/** Every current score (both kinds of unit, every model) and the run's deciles, as comparable rows. */
async function results(runId: string) {
  const scores = await sql<{ row: string }>`
    SELECT concat_ws('|', 'h', village_code, household_id, model_id, score, complete, missing::text, reasons::text) AS row
    FROM household_welfare_score
    UNION ALL
    SELECT concat_ws('|', 'f', village_code, family_id, model_id, score, complete, missing::text, reasons::text)
    FROM family_welfare_score
    ORDER BY 1`.execute(db);
  const deciles = await sql<{ row: string }>`
    SELECT concat_ws('|', village_code, household_id, score, decile) AS row
    FROM household_decile WHERE run_id = ${runId} ORDER BY 1`.execute(db);
  return { scores: scores.rows.map((r) => r.row), deciles: deciles.rows.map((r) => r.row) };
}

async function computedAt() {
  const { rows } = await sql<{ unit: string; at: Date }>`
    SELECT household_id::text || model_id AS unit, computed_at AS at FROM household_welfare_score
    UNION ALL SELECT family_id::text || model_id, computed_at FROM family_welfare_score`.execute(db);
  return new Map(rows.map((r) => [r.unit, r.at.getTime()]));
}

async function rank(villagesAtOnce: number) {
  const runId = randomUUID();
  await insertRun(db, {
    id: runId,
    modelId: 'skor-kesejahteraan@1',
    areaCode: '35.10',
    startedBy: dinsos.id,
  });
  await runRanking(db, { runId, modelId: 'skor-kesejahteraan@1', areaCode: '35.10' }, silent, {
    villagesAtOnce,
  });
  const run = (await runById(db, runId))!;
  expect(run).toMatchObject({ status: 'done', progress_done: VILLAGES.length + 1 });
  return { runId, ...(await results(runId)) };
}

const dropScores = async () => {
  await sql`DELETE FROM household_welfare_score`.execute(db);
  await sql`DELETE FROM family_welfare_score`.execute(db);
};

describe('the ranking run', () => {
  let oneAtATime: Awaited<ReturnType<typeof rank>>;

  it('gives the same scores and deciles rescoring two villages at once as one at a time', async () => {
    await dropScores();
    oneAtATime = await rank(1);
    expect(oneAtATime.scores.length).toBeGreaterThanOrEqual(VILLAGES.length * 5 * 4);
    expect(oneAtATime.deciles).toHaveLength(VILLAGES.length * 4); // the incomplete ones are not ranked
    await dropScores();
    const twoAtOnce = await rank(2);
    expect(twoAtOnce.scores).toEqual(oneAtATime.scores);
    expect(twoAtOnce.deciles).toEqual(oneAtATime.deciles);
  });

  it('rewrites no score over the same facts: each keeps the time it was computed', async () => {
    const before = await computedAt();
    const again = await rank(2);
    expect(again.scores).toEqual(oneAtATime.scores);
    expect(again.deciles).toEqual(oneAtATime.deciles);
    expect(await computedAt()).toEqual(before);
  });

  it('rescores a fact changed behind its back, that unit alone, as a fresh run from no scores would', async () => {
    const before = await computedAt();
    // An earth floor made decent without going through the app (as a bulk import writes the registry).
    await sql`UPDATE household SET floor_material = 2 WHERE id = ${earthFloor.householdId}`.execute(db);
    const changed = await rank(2);
    expect(changed.scores).not.toEqual(oneAtATime.scores);
    const after = await computedAt();
    const rewritten = [...after].filter(([unit, at]) => before.get(unit) !== at).map(([unit]) => unit);
    expect(rewritten.length).toBeGreaterThan(0);
    // The household's rows, and its family's (a family's score reads its household's housing).
    const itsUnits = [earthFloor.householdId, earthFloor.familyId];
    expect(rewritten.every((unit) => itsUnits.some((id) => unit.startsWith(id)))).toBe(true);
    await dropScores();
    const fresh = await rank(1);
    expect(fresh.scores).toEqual(changed.scores);
    expect(fresh.deciles).toEqual(changed.deciles);
  });
});
