// Test helpers of the poverty map: households made through the real routes (families by move-in, households
// with their pin), and the assistance rows the map reads (a score model, scores, ranking runs with deciles,
// enrolments) inserted directly, as the modules that own them write them (raising the village's version, so
// the stored map figures and targeting counts see the change).
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Db } from '../../../../db/database.ts';
import type { TestUser } from '../../../../../test/test-app.ts';
import { insideShape, villageShapes } from '../../../../geo/village-shapes.ts';
import { registerFamily, type MemberSpec } from '../../../population/test-support/families.ts';
import { markTargetingChanged } from '../../targeting/stored/village-version.ts';

/** Points inside the village, distinct per call: a grid over its bounding box, walked from `start`. */
export function pinsInside(code: string, count: number) {
  const shape = villageShapes().get(code)!;
  const [minLng, minLat, maxLng, maxLat] = shape.bbox;
  const pins: { latitude: number; longitude: number }[] = [];
  for (let i = 1; i < 40 && pins.length < count; i++)
    for (let j = 1; j < 40 && pins.length < count; j++) {
      const longitude = minLng + ((maxLng - minLng) * i) / 40;
      const latitude = minLat + ((maxLat - minLat) * j) / 40;
      if (insideShape(shape, longitude, latitude)) pins.push({ latitude, longitude });
    }
  return pins;
}

export interface MadeHousehold {
  id: string;
  familyId: string;
  residentIds: string[];
  householdNo: string;
}

let householdSerial = 0;

/** A family registered by move-in and a household around it (head: the family's head), pinned or not. */
export async function makeHousehold(
  operator: TestUser,
  village: string,
  options: {
    pin?: { latitude: number; longitude: number } | null;
    rt?: string;
    members?: MemberSpec[];
  } = {},
): Promise<MadeHousehold> {
  const family = await registerFamily(operator, village, options.members);
  householdSerial += 1;
  const householdNo = `RT-${String(householdSerial).padStart(3, '0')}`;
  const res = await operator.request({
    method: 'POST',
    url: `/api/villages/${village}/households`,
    payload: {
      householdNo,
      dusun: 'Krajan',
      rw: '1',
      rt: options.rt ?? '2',
      address: 'Jl. Mawar 5',
      ...(options.pin ?? {}),
      familyIds: [family.familyId],
      headResidentId: family.residentIds[0],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return {
    id: res.json<{ id: string }>().id,
    familyId: family.familyId,
    residentIds: family.residentIds,
    householdNo,
  };
}

/** The active score model, made for the test when the database has none yet. */
export async function activeScoreModel(db: Db): Promise<string> {
  const active = await db
    .selectFrom('welfare_model')
    .select('id')
    .where('kind', '=', 'score')
    .where('active', '=', true)
    .executeTakeFirst();
  if (active) return active.id;
  await db
    .insertInto('welfare_model')
    .values({ id: 'peta-uji@1', kind: 'score', name: 'Model uji peta', definition: '{}', active: true })
    .execute();
  return 'peta-uji@1';
}

export async function insertScore(db: Db, village: string, householdId: string, complete: boolean) {
  await db
    .insertInto('household_welfare_score')
    .values({
      village_code: village,
      household_id: householdId,
      model_id: await activeScoreModel(db),
      score: complete ? 12 : 4,
      complete,
      missing: complete ? [] : ['floor_material'],
      reasons: '[]',
    })
    // The app already scored the household when it was made (recompute on every housing write): this sets
    // the state a test needs over it.
    .onConflict((oc) =>
      oc.columns(['village_code', 'household_id', 'model_id']).doUpdateSet((eb) => ({
        score: eb.ref('excluded.score'),
        complete: eb.ref('excluded.complete'),
        missing: eb.ref('excluded.missing'),
        reasons: eb.ref('excluded.reasons'),
      })),
    )
    .execute();
  await markTargetingChanged(db, [village]);
}

/** A ranking run with the deciles given; `finishedAt` orders the runs (the latest done one counts). */
export async function insertRankingRun(
  db: Db,
  deciles: readonly { village: string; householdId: string; decile: number }[],
  options: { status?: 'done' | 'running' | 'failed'; finishedAt?: Date } = {},
): Promise<string> {
  const id = randomUUID();
  const status = options.status ?? 'done';
  await db
    .insertInto('welfare_ranking_run')
    .values({
      id,
      model_id: await activeScoreModel(db),
      area_code: '35.10',
      status,
      finished_at: status === 'running' ? null : (options.finishedAt ?? new Date()),
      households_ranked: deciles.length,
    })
    .execute();
  if (deciles.length > 0)
    await db
      .insertInto('household_decile')
      .values(
        deciles.map((d) => ({
          village_code: d.village,
          run_id: id,
          household_id: d.householdId,
          score: 20 - d.decile,
          decile: d.decile,
        })),
      )
      .execute();
  return id;
}

export type EnrolledUnit = { resident: string } | { family: string } | { household: string };

/** An enrolment of `unit` in the program with this code (from the catalogue loaded at start-up). */
export async function enrol(
  db: Db,
  village: string,
  programCode: string,
  unit: EnrolledUnit,
  status: 'proposed' | 'verified' | 'active' | 'suspended' | 'exited' = 'active',
) {
  const program = await db
    .selectFrom('assistance_program')
    .select('id')
    .where('code', '=', programCode)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('assistance_enrolment')
    .values({
      village_code: village,
      id: randomUUID(),
      program_id: program.id,
      unit_type: 'resident' in unit ? 'resident' : 'family' in unit ? 'family' : 'household',
      resident_id: 'resident' in unit ? unit.resident : null,
      family_id: 'family' in unit ? unit.family : null,
      household_id: 'household' in unit ? unit.household : null,
      status,
      exit_reason: status === 'exited' ? 'graduated_natural' : null,
      source: 'village_decision',
    })
    .execute();
  await markTargetingChanged(db, [village]);
}
