// Test helper: a household made through the app's routes (a family moved in, a household registered with its
// Regsosek housing codes), with the registry columns, section IV and section V the welfare score reads. The
// sections are written to their tables directly: their forms and imports belong to another part of issue 12.
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { TestApp, TestUser } from '../../../../test/test-app.ts';
import { RankingRunner } from '../ranking/runner.ts';
import { registerFamily, type MemberSpec } from '../../population/test-support/families.ts';

export const DECENT_HOUSING = {
  house_ownership: 1,
  land_title: 1,
  floor_area_m2: 90,
  floor_material: 2,
  wall_material: 1,
  roof_material: 2,
  drinking_water_source: 3,
  lighting_source: 1,
  electricity_power: 3,
  cooking_fuel: 4,
  toilet_facility: 1,
  toilet_type: 1,
  faeces_disposal: 1,
};

export const OWNS_EVERYTHING = {
  has_motorcycle: true,
  has_refrigerator: true,
  has_gold: true,
  has_car: false,
  has_motor_boat: false,
  cattle: 1,
  buffalo: 0,
  horses: 0,
  pigs: 0,
  goats: 0,
  lost_livelihood: false,
};

export interface WelfareHouseholdSpec {
  housing?: Partial<typeof DECENT_HOUSING>;
  /** null: no section V for the family (its assets unknown). */
  assets?: Partial<typeof OWNS_EVERYTHING> | null;
  members?: MemberSpec[];
}

let serial = 0;

export async function householdWithFacts(
  t: TestApp,
  operator: TestUser,
  village: string,
  spec: WelfareHouseholdSpec = {},
) {
  const family = await registerFamily(operator, village, spec.members);
  const db = t.database.db;
  // Registry columns a move-in leaves empty: secondary schooling, a private-sector job, no disability.
  await db
    .updateTable('resident')
    .set({ education_kk: 5, occupation: 15, disability: 7 })
    .where('village_code', '=', village)
    .where('family_id', '=', family.familyId)
    .execute();
  await sql`
    INSERT INTO resident_welfare (village_code, resident_id, chronic_illness, worked_last_week, source)
    SELECT village_code, id, 1, 1, 'desk' FROM resident WHERE village_code = ${village} AND family_id = ${family.familyId}`.execute(
    db,
  );
  if (spec.assets !== null)
    await db
      .insertInto('family_welfare')
      .values({
        village_code: village,
        family_id: family.familyId,
        source: 'desk',
        ...OWNS_EVERYTHING,
        ...spec.assets,
      })
      .execute();
  serial += 1;
  const res = await operator.request({
    method: 'POST',
    url: `/api/villages/${village}/households`,
    payload: {
      householdNo: `W-${serial}`,
      address: 'Jl. Melati 1',
      familyIds: [family.familyId],
      housing: { ...DECENT_HOUSING, ...spec.housing },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return {
    householdId: res.json<{ id: string }>().id,
    familyId: family.familyId,
    residentIds: family.residentIds,
  };
}

export interface WelfarePanel {
  scores: {
    modelId: string;
    kind: 'score' | 'criteria';
    score: number;
    complete: boolean;
    missing: string[];
    reasons: { variable: string; points: number }[];
    verdict: { met: number; known: number; poor: boolean | null } | null;
  }[];
  deciles: { runId: string; modelId: string; decile: number; score: number }[];
}

export async function welfarePanel(user: TestUser, village: string, householdId: string) {
  const res = await user.request({
    method: 'GET',
    url: `/api/villages/${village}/households/${householdId}/welfare`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<WelfarePanel>();
}

export interface RankingRun {
  id: string;
  status: string;
  modelId: string;
  progressDone: number;
  progressTotal: number | null;
  householdsRanked: number | null;
  householdsIncomplete: number | null;
  decileCounts: number[] | null;
  decileCutoffs: (number | null)[] | null;
  error: string | null;
}

/** Starts a run and waits for the app's runner to finish it. */
export async function runRanking(t: TestApp, dinsos: TestUser) {
  const res = await dinsos.request({ method: 'POST', url: '/api/assistance/ranking/runs' });
  expect(res.statusCode, res.body).toBe(202);
  await RankingRunner.of(t.database.db)!.idle();
  const run = await dinsos.request({
    method: 'GET',
    url: `/api/assistance/ranking/runs/${res.json<RankingRun>().id}`,
  });
  return run.json<RankingRun>();
}
