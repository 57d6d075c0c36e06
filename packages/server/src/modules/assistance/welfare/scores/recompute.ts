// Recomputes current welfare scores (household_welfare_score, family_welfare_score) under every active model,
// inside the caller's transaction: the service that changes facts (housing, section IV/V, members) calls it
// with the units it touched, so a score is never older than its facts; the ranking run calls it for whole
// villages. Facts are read set-based (facts-queries.ts), scored by the domain, written in batches.
import {
  familyUnitFacts,
  householdUnitFacts,
  scoreUnit,
  type AssetFacts,
  type FamilyFacts,
  type HousingFacts,
  type MemberFacts,
  type UnitFacts,
} from '@smart-kampung/domain';
import type { Db } from '../../../../db/database.ts';
import {
  expandSelection,
  familiesOf,
  householdsOf,
  membersOf,
  type FamilyRow,
  type HouseholdRow,
  type MemberRow,
  type UnitSelection,
} from './facts-queries.ts';
import { activeModels, type StoredModel } from './model-queries.ts';
import {
  scoreSignature,
  storedScoreSignatures,
  upsertFamilyScores,
  upsertHouseholdScores,
  type ScoreRow,
} from './score-queries.ts';

export type { UnitSelection };

const housingOf = (row: HouseholdRow): HousingFacts => ({
  floorAreaM2: row.floor_area_m2 === null ? null : Number(row.floor_area_m2),
  floorMaterial: row.floor_material,
  wallMaterial: row.wall_material,
  roofMaterial: row.roof_material,
  drinkingWaterSource: row.drinking_water_source,
  lightingSource: row.lighting_source,
  electricityPower: row.electricity_power,
  cookingFuel: row.cooking_fuel,
  toiletFacility: row.toilet_facility,
});

const assetsOf = (row: FamilyRow): AssetFacts | null =>
  row.has_welfare
    ? {
        motorcycle: row.has_motorcycle,
        refrigerator: row.has_refrigerator,
        gold: row.has_gold,
        car: row.has_car,
        motorBoat: row.has_motor_boat,
        livestock: row.livestock,
        // Not a Regsosek question but a loss the village records when it happens: a family whose section V is
        // known and carries no such record has not lost its livelihood (docs/rules/WELFARE.md, missing facts).
        lostLivelihood: row.lost_livelihood ?? false,
      }
    : null;

const memberOf = (row: MemberRow): MemberFacts => ({
  id: row.id,
  age: row.age,
  sex: row.sex,
  relationship: row.relationship,
  education: row.education_kk,
  occupation: row.occupation,
  disability: row.disability,
  welfare: row.has_welfare
    ? {
        workedLastWeek: row.worked_last_week,
        workStatus: row.work_status,
        chronicIllness: row.chronic_illness,
        difficulty: row.difficulty,
      }
    : null,
});

function scoreRows(models: readonly StoredModel[], units: readonly { id: string; facts: UnitFacts }[]) {
  return models.map((model) => ({
    model,
    rows: units.map(({ id, facts }): ScoreRow => {
      const result = scoreUnit(model, facts);
      return {
        unit_id: id,
        score: result.score,
        complete: result.complete,
        missing: result.missing,
        reasons: result.reasons,
      };
    }),
  }));
}

/** The rows whose score differs from the stored one (or that have none stored). */
const changed = (rows: ScoreRow[], modelId: string, stored: ReadonlyMap<string, string>) =>
  rows.filter((row) => stored.get(`${row.unit_id}|${modelId}`) !== scoreSignature(row));

/** Today in the deployment's calendar (ages are whole years on this day). */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Recomputes the scores of the village's households and families: all of them without a selection; with one,
 * the units named plus the linked ones (the households of named families, the families of named households).
 * Returns how many households and families were scored.
 */
export async function recomputeWelfareScores(
  trx: Db,
  villageCode: string,
  selection?: UnitSelection,
): Promise<{ households: number; families: number }> {
  const models = await activeModels(trx);
  if (models.length === 0) return { households: 0, families: 0 };
  const scope = selection ? await expandSelection(trx, villageCode, selection) : null;
  if (scope && scope.householdIds.length === 0 && scope.familyIds.length === 0)
    return { households: 0, families: 0 };

  const households = await householdsOf(trx, villageCode, scope?.householdIds ?? null);
  const families = await familiesOf(trx, villageCode, scope?.householdIds ?? null, scope?.familyIds ?? null);
  const members = await membersOf(trx, villageCode, scope ? families.map((f) => f.id) : null, today());

  const membersByFamily = new Map<string, MemberFacts[]>();
  for (const row of members) {
    const list = membersByFamily.get(row.family_id) ?? [];
    list.push(memberOf(row));
    membersByFamily.set(row.family_id, list);
  }
  const familyFacts = new Map<string, FamilyFacts>(
    families.map((row) => [row.id, { members: membersByFamily.get(row.id) ?? [], assets: assetsOf(row) }]),
  );
  const familiesByHousehold = new Map<string, FamilyFacts[]>();
  for (const row of families) {
    if (!row.household_id) continue;
    const list = familiesByHousehold.get(row.household_id) ?? [];
    list.push(familyFacts.get(row.id)!);
    familiesByHousehold.set(row.household_id, list);
  }
  const housingById = new Map(households.map((row) => [row.id, housingOf(row)]));

  const householdUnits = households.map((row) => ({
    id: row.id,
    facts: householdUnitFacts(
      housingById.get(row.id)!,
      row.head_resident_id,
      familiesByHousehold.get(row.id) ?? [],
    ),
  }));
  // A family is scored when named or linked; its housing is its household's (read above when linked).
  const named = new Set(scope?.familyIds ?? []);
  const scoredFamilies = scope ? families.filter((row) => named.has(row.id)) : families;
  const familyUnits = scoredFamilies.map((row) => ({
    id: row.id,
    facts: familyUnitFacts(
      familyFacts.get(row.id)!,
      row.household_id ? (housingById.get(row.household_id) ?? null) : null,
    ),
  }));

  // Only the scores that changed are sent (most do not in a ranking run); the write compares again anyway.
  const [storedHouseholds, storedFamilies] = await Promise.all([
    storedScoreSignatures(trx, 'household_welfare_score', villageCode, scope?.householdIds ?? null),
    storedScoreSignatures(trx, 'family_welfare_score', villageCode, scope?.familyIds ?? null),
  ]);
  for (const { model, rows } of scoreRows(models, householdUnits))
    await upsertHouseholdScores(trx, villageCode, model.id, changed(rows, model.id, storedHouseholds));
  for (const { model, rows } of scoreRows(models, familyUnits))
    await upsertFamilyScores(trx, villageCode, model.id, changed(rows, model.id, storedFamilies));
  return { households: householdUnits.length, families: familyUnits.length };
}
