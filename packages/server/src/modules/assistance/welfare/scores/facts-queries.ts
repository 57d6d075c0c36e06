// The facts of a village's households and families, read set-based: three statements per village (housing,
// families with their section V, present members with their section IV), whatever the number of units.
// Which units: the whole village, or the households and families named plus those linked to them (a
// family's assets count in its household's score, a household's housing in its families').
import { sql } from 'kysely';
import type { Db } from '../../../../db/database.ts';

export interface UnitSelection {
  householdIds?: readonly string[];
  familyIds?: readonly string[];
}

/** The named units plus the linked ones: households of the named families, families of the named households. */
export async function expandSelection(db: Db, villageCode: string, selection: UnitSelection) {
  const householdIds = [...(selection.householdIds ?? [])];
  const familyIds = [...(selection.familyIds ?? [])];
  const rows = await sql<{ id: string; household_id: string | null }>`
    SELECT id, household_id FROM family
    WHERE village_code = ${villageCode} AND active
      AND (id = ANY(${familyIds}::uuid[]) OR household_id = ANY(${householdIds}::uuid[]))`.execute(db);
  const households = new Set(householdIds);
  const families = new Set(familyIds);
  for (const row of rows.rows) {
    families.add(row.id);
    if (row.household_id) households.add(row.household_id);
  }
  return { householdIds: [...households], familyIds: [...families] };
}

export interface HouseholdRow {
  id: string;
  head_resident_id: string | null;
  floor_area_m2: number | null;
  floor_material: number | null;
  wall_material: number | null;
  roof_material: number | null;
  drinking_water_source: number | null;
  lighting_source: number | null;
  electricity_power: number | null;
  cooking_fuel: number | null;
  toilet_facility: number | null;
}

/** `ids` null: every household of the village. */
export async function householdsOf(db: Db, villageCode: string, ids: readonly string[] | null) {
  const result = await sql<HouseholdRow>`
    SELECT id, head_resident_id, floor_area_m2, floor_material, wall_material, roof_material,
           drinking_water_source, lighting_source, electricity_power, cooking_fuel, toilet_facility
    FROM household
    WHERE village_code = ${villageCode} AND (${ids === null} OR id = ANY(${ids ?? []}::uuid[]))`.execute(db);
  return result.rows;
}

export interface FamilyRow {
  id: string;
  household_id: string | null;
  has_welfare: boolean;
  has_motorcycle: boolean | null;
  has_refrigerator: boolean | null;
  has_gold: boolean | null;
  has_car: boolean | null;
  has_motor_boat: boolean | null;
  livestock: number | null;
  lost_livelihood: boolean | null;
}

/** Active families of the village in the households or with the ids given (both null: all of them). */
export async function familiesOf(
  db: Db,
  villageCode: string,
  householdIds: readonly string[] | null,
  familyIds: readonly string[] | null,
) {
  const all = householdIds === null && familyIds === null;
  const result = await sql<FamilyRow>`
    SELECT f.id, f.household_id, fw.family_id IS NOT NULL AS has_welfare,
           fw.has_motorcycle, fw.has_refrigerator, fw.has_gold, fw.has_car, fw.has_motor_boat,
           (fw.cattle + fw.buffalo + fw.horses + fw.pigs + fw.goats)::int AS livestock,
           fw.lost_livelihood
    FROM family f
    LEFT JOIN family_welfare fw ON fw.village_code = f.village_code AND fw.family_id = f.id
    WHERE f.village_code = ${villageCode} AND f.active
      AND (${all} OR f.household_id = ANY(${householdIds ?? []}::uuid[]) OR f.id = ANY(${familyIds ?? []}::uuid[]))`.execute(
    db,
  );
  return result.rows;
}

export interface MemberRow {
  id: string;
  family_id: string;
  age: number;
  sex: number;
  relationship: number | null;
  education_kk: number | null;
  occupation: number | null;
  disability: number | null;
  has_welfare: boolean;
  worked_last_week: number | null;
  work_status: number | null;
  chronic_illness: number | null;
  difficulty: number[] | null;
}

/**
 * Present residents (status 1) of the families given, with their age on `asOf`; `familyIds` null: of every
 * active family of the village (a whole village's rescoring, without sending thousands of ids).
 */
export async function membersOf(
  db: Db,
  villageCode: string,
  familyIds: readonly string[] | null,
  asOf: string,
) {
  if (familyIds !== null && familyIds.length === 0) return [];
  const ofFamilies =
    familyIds === null
      ? sql`EXISTS (SELECT 1 FROM family f WHERE f.village_code = r.village_code AND f.id = r.family_id AND f.active)`
      : sql`r.family_id = ANY(${familyIds}::uuid[])`;
  const result = await sql<MemberRow>`
    SELECT r.id, r.family_id, extract(year FROM age(${asOf}::date, r.birth_date))::int AS age, r.sex,
           r.relationship, r.education_kk, r.occupation, r.disability,
           rw.resident_id IS NOT NULL AS has_welfare, rw.worked_last_week, rw.work_status,
           rw.chronic_illness, rw.difficulty
    FROM resident r
    LEFT JOIN resident_welfare rw ON rw.village_code = r.village_code AND rw.resident_id = r.id
    WHERE r.village_code = ${villageCode} AND r.status_code = 1 AND ${ofFamilies}`.execute(db);
  return result.rows;
}
