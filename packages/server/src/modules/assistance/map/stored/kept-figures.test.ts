// The stored map figures answer exactly what the full evaluation (welfareCounts and recipientCounts, the
// statements the map ran live before) answers for every village, after each kind of write the figures read,
// made through the app's own routes: an enrolment, a family's welfare facts, a ranking run, a family moving out
// of its household, a weight change. Each write first shows as its village (or every village) no longer
// current, so a writer that forgot to raise the version fails here; each write also changes the full
// evaluation, so the comparison after it is not of unchanged numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import type { Db } from '../../../../db/database.ts';
import { enrolled, programIdByCode } from '../../test-support/assistance.ts';
import { householdWithFacts, OWNS_EVERYTHING, runRanking } from '../../test-support/welfare.ts';
import { recipientCounts, welfareCounts } from '../figures-queries.ts';
import { makeHousehold } from '../test-support/map-rows.ts';
import { keptMapFigures } from './kept-figures.ts';
import { refreshStaleMapFigures } from './refresh.ts';

const REGENCY = '35.10';
const VILLAGE_A = '35.10.01.2001';
const VILLAGE_B = '35.10.01.2002';
const VILLAGE_C = '35.10.02.2001';

let t: TestApp;
let db: Db;
let dinsos: TestUser;
let operatorA: TestUser;
let operatorB: TestUser;
let programIds: string[];
let pkh: string;
let complete: Awaited<ReturnType<typeof householdWithFacts>>;
let unknownAssets: Awaited<ReturnType<typeof householdWithFacts>>;
let inB: Awaited<ReturnType<typeof householdWithFacts>>;
let enrolmentInB: string;

beforeAll(async () => {
  t = await buildTestApp();
  // The app's refresher counts stale villages whenever a map read finds some; here each step is counted on
  // purpose, so the reads go through a handle it does not watch (the same connection).
  db = t.database.db.withoutPlugins();
  dinsos = await t.createUser('agency_staff', REGENCY, { agency: 'social_affairs' });
  operatorA = await t.createUser('village_operator', VILLAGE_A);
  operatorB = await t.createUser('village_operator', VILLAGE_B);
  const operatorC = await t.createUser('village_operator', VILLAGE_C);
  complete = await householdWithFacts(t, operatorA, VILLAGE_A);
  unknownAssets = await householdWithFacts(t, operatorA, VILLAGE_A, { assets: null });
  inB = await householdWithFacts(t, operatorB, VILLAGE_B);
  await makeHousehold(operatorC, VILLAGE_C);
  programIds = (await db.selectFrom('assistance_program').select('id').execute()).map((p) => p.id);
  pkh = await programIdByCode(t, 'PKH');
});
afterAll(() => t.close());

type Figures = Map<
  string,
  { ranked: number; targetDeciles: number; completeScores: number; recipients: [string, number][] }
>;

/** What the full evaluation answers for every village of the regency. */
async function fullEvaluation(): Promise<Figures> {
  const reached = await recipientCounts(db, REGENCY, programIds);
  return new Map(
    (await welfareCounts(db, REGENCY)).map((w) => [
      w.village_code,
      {
        ranked: w.ranked,
        targetDeciles: w.target_deciles,
        completeScores: w.complete,
        recipients: reached
          .filter((r) => r.village_code === w.village_code)
          .map((r): [string, number] => [r.program_id, r.households])
          .sort(),
      },
    ]),
  );
}

async function kept(area = REGENCY) {
  return keptMapFigures(db, area, programIds);
}

async function notCurrent() {
  return [...(await kept()).villages].filter(([, f]) => !f.current).map(([code]) => code);
}

async function expectEqualToFullEvaluation() {
  const fast = await kept();
  expect(fast.pending).toBe(0);
  const stored: Figures = new Map(
    [...fast.villages].map(([code, f]) => [
      code,
      {
        ranked: f.ranked,
        targetDeciles: f.targetDeciles,
        completeScores: f.completeScores,
        recipients: [...f.recipients].sort(),
      },
    ]),
  );
  const full = await fullEvaluation();
  expect(stored.size).toBe(217);
  expect(stored).toEqual(full);
  return full;
}

const figuresOf = (figures: Figures, village: string) => figures.get(village)!;
const recipientsOf = (figures: Figures, village: string, programId: string) =>
  new Map(figuresOf(figures, village).recipients).get(programId) ?? 0;

describe('stored map figures', () => {
  let last: Figures;

  it('have nothing before the refresher ran, then every village equal to the full evaluation', async () => {
    const before = await kept();
    expect(before.pending).toBe(217);
    expect(before.villages.get(VILLAGE_A)).toMatchObject({ current: false, computedAt: null, ranked: 0 });
    expect(await refreshStaleMapFigures(db, REGENCY)).toBe(217);
    last = await expectEqualToFullEvaluation();
    expect(figuresOf(last, VILLAGE_A).completeScores).toBe(1);
  });

  it('go stale in the villages an enrolment is written in, and are counted afresh there', async () => {
    await enrolled(operatorA, VILLAGE_A, { programId: pkh, unitType: 'family', unitId: complete.familyId });
    enrolmentInB = await enrolled(operatorB, VILLAGE_B, {
      programId: pkh,
      unitType: 'family',
      unitId: inB.familyId,
    });
    expect(await notCurrent()).toEqual([VILLAGE_A, VILLAGE_B]);
    expect(await refreshStaleMapFigures(db, REGENCY)).toBe(2);
    const now = await expectEqualToFullEvaluation();
    expect(recipientsOf(now, VILLAGE_A, pkh)).toBe(recipientsOf(last, VILLAGE_A, pkh) + 1);
    last = now;
  });

  it("go stale when a family's welfare facts complete its household's score", async () => {
    const res = await operatorA.request({
      method: 'PUT',
      url: `/api/villages/${VILLAGE_A}/families/${unknownAssets.familyId}/welfare`,
      payload: {
        source: 'desk',
        facts: { ...OWNS_EVERYTHING, has_gold: false },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await notCurrent()).toEqual([VILLAGE_A]);
    await refreshStaleMapFigures(db, REGENCY);
    const now = await expectEqualToFullEvaluation();
    expect(figuresOf(now, VILLAGE_A).completeScores).toBe(2);
    last = now;
  });

  it('go stale everywhere when a ranking run finishes (and are counted in one statement then)', async () => {
    await runRanking(t, dinsos);
    expect((await notCurrent()).length).toBe(217);
    expect(await refreshStaleMapFigures(db, REGENCY)).toBe(217);
    const now = await expectEqualToFullEvaluation();
    expect(figuresOf(now, VILLAGE_A).ranked).toBe(2);
    expect(figuresOf(last, VILLAGE_A).ranked).toBe(0);
    last = now;
  });

  it('go stale when the registry moves a family out of its household', async () => {
    const res = await operatorB.request({
      method: 'PUT',
      url: `/api/villages/${VILLAGE_B}/families/${inB.familyId}/household`,
      payload: { householdId: null },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await notCurrent()).toEqual([VILLAGE_B]);
    await refreshStaleMapFigures(db, REGENCY);
    const now = await expectEqualToFullEvaluation();
    expect(recipientsOf(now, VILLAGE_B, pkh)).toBe(recipientsOf(last, VILLAGE_B, pkh) - 1);
    last = now;
  });

  it("go stale when an enrolment ends, and the program's recipients there are gone", async () => {
    const res = await operatorB.request({
      method: 'POST',
      url: `/api/villages/${VILLAGE_B}/assistance/enrolments/${enrolmentInB}/status`,
      payload: { to: 'exited', exitReason: 'graduated_natural', reason: 'Keluarga sudah mandiri' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await notCurrent()).toEqual([VILLAGE_B]);
    await refreshStaleMapFigures(db, REGENCY);
    const now = await expectEqualToFullEvaluation();
    expect(figuresOf(last, VILLAGE_B).recipients.map(([id]) => id)).toContain(pkh);
    expect(figuresOf(now, VILLAGE_B).recipients.map(([id]) => id)).not.toContain(pkh);
    last = now;
  });

  it('go stale everywhere when a weight change makes a new score model active', async () => {
    const res = await dinsos.request({
      method: 'PUT',
      url: '/api/assistance/welfare/models/score/weights',
      payload: { weights: { floor_earth: 2 } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await notCurrent()).length).toBe(217);
    await refreshStaleMapFigures(db, REGENCY);
    const now = await expectEqualToFullEvaluation();
    // Scores under the new version come with the next facts or ranking run: none is complete until then.
    expect(figuresOf(now, VILLAGE_A).completeScores).toBe(0);
  });

  it("are counted afresh at once when one village's figures are read", async () => {
    await enrolled(operatorA, VILLAGE_A, {
      programId: pkh,
      unitType: 'family',
      unitId: unknownAssets.familyId,
    });
    const village = await kept(VILLAGE_A);
    expect(village.pending).toBe(0);
    expect(village.villages.get(VILLAGE_A)!.recipients.get(pkh)).toBe(2);
    expect(await notCurrent()).toEqual([]);
  });
});
