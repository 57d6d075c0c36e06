// The stored counts answer exactly what the full evaluation (the lists' own statement, countsByChildArea)
// answers for every village, after each kind of write that can change a verdict: an enrolment, a welfare
// fact, a death in the registry, a new ranking run, a saved eligibility and a new day. Each write first shows
// as its village (or every village) no longer current, so a writer that forgot to raise the version fails.
import { randomUUID } from 'node:crypto';
import type { Eligibility, EligibilityUnit } from '@smart-kampung/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../../test/test-app.ts';
import type { Db } from '../../../../db/database.ts';
import { today } from '../../../population/registry/nik-check.ts';
import { refreshVillageStats } from '../../../population/registry/stats-refresh-queries.ts';
import { insertEnrolment } from '../../enrolments/queries.ts';
import * as q from '../../programs/queries.ts';
import { upsertFamilyWelfare } from '../../welfare/facts/queries.ts';
import { targetingCountsByVillage } from '../counts.ts';
import { countsByChildArea, setEligibility } from '../queries.ts';
import { PKH_ELIGIBILITY, villageProgram, withEligibility } from '../test-support/programs.ts';
import { AS_OF, sampleWorld, VILLAGE_A, VILLAGE_B, VILLAGE_C } from '../test-support/sample-world.ts';
import { insertWorld, type WorldIds } from '../test-support/world.ts';
import { refreshStaleTargetingCounts, TargetingRefresher } from './refresher.ts';

const REGENCY = '35.10';
const HOUSEHOLD_RULE: Eligibility = {
  maxDecile: 5,
  combine: 'any',
  conditions: [
    { id: 'lost_livelihood' },
    { id: 'female_head' },
    { id: 'elderly_alone', params: { age: 60 } },
    { id: 'not_receiving', params: { program: 'PKH' } },
  ],
};
const RESIDENT_RULE: Eligibility = {
  maxDecile: null,
  combine: 'any',
  conditions: [{ id: 'school_age_child' }, { id: 'severe_disability' }, { id: 'no_jkn' }],
};

let t: TestApp;
let db: Db;
let ids: WorldIds;
const programs: { id: string; unit: EligibilityUnit; eligibility: Eligibility }[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  // The app's own refresher counts stale villages in the background whenever a read finds some (a later test
  // shows it); here each step is counted on purpose, so the reads go through a handle the refresher does not
  // watch (the same connection, without the app's registration).
  db = t.database.db.withoutPlugins();
  ids = await insertWorld(db, sampleWorld);
  programs.push(
    { id: await withEligibility(db, 'PKH'), unit: 'family', eligibility: PKH_ELIGIBILITY },
    { id: await withEligibility(db, 'RTLH', HOUSEHOLD_RULE), unit: 'household', eligibility: HOUSEHOLD_RULE },
    { id: await withEligibility(db, 'PIP', RESIDENT_RULE), unit: 'resident', eligibility: RESIDENT_RULE },
    {
      id: await villageProgram(db, VILLAGE_A, 'DESA-A', HOUSEHOLD_RULE),
      unit: 'household',
      eligibility: HOUSEHOLD_RULE,
    },
  );
});
afterAll(() => t.close());

const COUNTS = ['units', 'households', 'eligible', 'enrolled', 'excluded', 'included', 'incomplete'] as const;

/** What the full evaluation answers for every village where the program has units or households. */
async function fullEvaluation(program: (typeof programs)[number], asOf = AS_OF) {
  const area = program.id === programs[3]?.id ? VILLAGE_A : REGENCY;
  const rows = await countsByChildArea(db, { ...program, programId: program.id, area, asOf }, 13);
  return new Map(rows.map((row) => [row.area_code, Object.fromEntries(COUNTS.map((k) => [k, row[k]]))]));
}

async function fastPath(programId: string, inlineVillages: number, asOf = AS_OF) {
  const counts = await targetingCountsByVillage(db, programId, REGENCY, { asOf, inlineVillages });
  return counts!;
}

/** Villages whose stored counts are not current, read without counting any afresh. */
async function notCurrent(programId: string, asOf = AS_OF) {
  const counts = await fastPath(programId, 0, asOf);
  return [...counts].filter(([, c]) => !c.current).map(([code]) => code);
}

async function expectEqualToFullEvaluation(asOf = AS_OF) {
  for (const program of programs) {
    const full = await fullEvaluation(program, asOf);
    const fast = await fastPath(program.id, 3, asOf);
    expect([...fast.values()].every((c) => c.current)).toBe(true);
    expect(fast.size).toBe(full.size);
    for (const [village, counts] of full)
      expect({ village, ...Object.fromEntries(COUNTS.map((k) => [k, fast.get(village)?.[k]])) }).toEqual({
        village,
        ...counts,
      });
  }
}

describe('stored targeting counts', () => {
  it('have nothing before the refresher ran, then every village equal to the full evaluation', async () => {
    expect((await fastPath(programs[0]!.id, 0)).size).toBe(0);
    const counted = await refreshStaleTargetingCounts(db, REGENCY, AS_OF);
    expect(counted).toBeGreaterThan(200); // every village of the regency, for the three regency programs
    for (const program of programs) expect(await notCurrent(program.id)).toEqual([]);
    await expectEqualToFullEvaluation();
    const pkh = await fastPath(programs[0]!.id, 0);
    expect(pkh.get(VILLAGE_A)).toMatchObject({ excluded: expect.any(Number), current: true });
    expect(pkh.get(VILLAGE_A)!.eligible + pkh.get(VILLAGE_B)!.eligible).toBeGreaterThan(0);
  });

  it('go stale in the village an enrolment is written in, and are counted afresh there', async () => {
    await db.transaction().execute((trx) =>
      insertEnrolment(trx, {
        village_code: VILLAGE_C,
        id: randomUUID(),
        program_id: programs[0]!.id,
        unit_type: 'family',
        unitId: ids.id.get('fm')!,
        status: 'active',
        card_number: null,
        start_date: null,
        source: 'agency_decision',
        source_reference: null,
        status_reason: null,
        actorId: null,
      }),
    );
    for (const program of programs.slice(0, 3)) expect(await notCurrent(program.id)).toEqual([VILLAGE_C]);
    await expectEqualToFullEvaluation();
  });

  it('go stale when a family welfare fact changes', async () => {
    await db.transaction().execute((trx) =>
      upsertFamilyWelfare(trx, {
        village_code: VILLAGE_A,
        family_id: ids.id.get('fs1')!,
        lost_livelihood: true,
        source: 'desk',
      }),
    );
    expect(await notCurrent(programs[1]!.id)).toEqual([VILLAGE_A]);
    await expectEqualToFullEvaluation();
  });

  it('go stale where a program ending exits its enrolments', async () => {
    const dinsos = await t.createUser('agency_staff', REGENCY, { agency: 'social_affairs' });
    const open = await q.lockOpenProgramEnrolments(db, programs[0]!.id);
    expect(open.map((row) => row.village_code)).toContain(VILLAGE_C);
    await db.transaction().execute((trx) =>
      q.exitEndedProgramEnrolments(
        trx,
        {
          villageCodes: open.map((row) => row.village_code),
          ids: open.map((row) => row.id),
          fromStatuses: open.map((row) => row.status),
        },
        { date: AS_OF, actorId: dinsos.id, note: 'assistance.program_ended' },
      ),
    );
    expect(await notCurrent(programs[0]!.id)).toEqual(
      [...new Set(open.map((row) => row.village_code))].sort(),
    );
    await expectEqualToFullEvaluation();
  });

  it('go stale when the registry records a death (the population statistics refresh marks the village)', async () => {
    await db.transaction().execute(async (trx) => {
      await sql`UPDATE resident SET status_code = 2 WHERE village_code = ${VILLAGE_B} AND id = ${ids.id.get('r3')!}`.execute(
        trx,
      );
      await refreshVillageStats(trx, VILLAGE_B);
    });
    expect(await notCurrent(programs[2]!.id)).toEqual([VILLAGE_B]);
    await expectEqualToFullEvaluation();
  });

  it('go stale everywhere when a ranking run finishes, and for one program when its eligibility is saved', async () => {
    const runId = randomUUID();
    await db
      .insertInto('welfare_ranking_run')
      .values({
        id: runId,
        model_id: 'uji-penargetan@1',
        area_code: REGENCY,
        status: 'done',
        finished_at: new Date(),
      })
      .execute();
    await db
      .insertInto('household_decile')
      .values({
        village_code: VILLAGE_A,
        run_id: runId,
        household_id: ids.id.get('h-split')!,
        decile: 1,
        score: 1,
      })
      .execute();
    expect((await notCurrent(programs[0]!.id)).length).toBeGreaterThan(200);
    await refreshStaleTargetingCounts(db, REGENCY, AS_OF);
    await expectEqualToFullEvaluation();

    const wider: Eligibility = { ...PKH_ELIGIBILITY, maxDecile: 9 };
    const user = await t.createUser('agency_staff', REGENCY, { agency: 'social_affairs' });
    await setEligibility(db, programs[0]!.id, wider, user.id);
    programs[0]!.eligibility = wider;
    expect((await notCurrent(programs[0]!.id)).length).toBeGreaterThan(200);
    expect(await notCurrent(programs[1]!.id)).toEqual([]);
    await refreshStaleTargetingCounts(db, REGENCY, AS_OF);
    await expectEqualToFullEvaluation();
  });

  it('are counted by the app refresher when a read finds stale villages', async () => {
    const appDb = t.database.db;
    await db.transaction().execute((trx) =>
      upsertFamilyWelfare(trx, {
        village_code: VILLAGE_B,
        family_id: ids.id.get('fr')!,
        lost_livelihood: true,
        source: 'desk',
      }),
    );
    const before = await targetingCountsByVillage(appDb, programs[1]!.id, REGENCY, {
      asOf: AS_OF,
      inlineVillages: 0,
    });
    expect(before!.get(VILLAGE_B)!.current).toBe(false);
    await TargetingRefresher.of(appDb)!.idle();
    // The app's refresher counts as of the regency's today (WIB), whatever day the sample world was set on.
    expect(await notCurrent(programs[1]!.id, today())).toEqual([]);
    await expectEqualToFullEvaluation(today());
  });

  it('go stale on a new day (people age), and a read past its bound says which villages are not current', async () => {
    const nextYear = '2027-12-03';
    const stale = await fastPath(programs[0]!.id, 1, nextYear);
    expect([...stale.values()].filter((c) => c.current)).toHaveLength(1);
    expect([...stale.values()].filter((c) => !c.current).length).toBeGreaterThan(200);
    await refreshStaleTargetingCounts(db, REGENCY, nextYear);
    await expectEqualToFullEvaluation(nextYear);
  });
});
