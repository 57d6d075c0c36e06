// SQL of the welfare facts pages: one resident's section IV answers (with what the form's rules need from the
// registry: sex, birth date, marital status, the pregnancy code), one family's section V answers.
import type { Insertable } from 'kysely';
import type { Db } from '../../../../db/database.ts';
import type { FamilyWelfare, ResidentWelfare } from '../../../../db/schema.ts';
import { markTargetingChanged } from '../../targeting/stored/village-version.ts';

/** The row's columns but its key, for the update half of an upsert. */
function withoutKeys<T extends object>(row: T, keys: readonly (keyof T)[]) {
  return Object.fromEntries(
    Object.entries(row).filter(([key]) => !keys.includes(key as keyof T)),
  ) as Partial<T>;
}

export async function findResidentPerson(db: Db, villageCode: string, id: string, lock = false) {
  let query = db
    .selectFrom('resident')
    .select(['id', 'family_id', 'sex', 'birth_date', 'marital_status', 'pregnant'])
    .where('village_code', '=', villageCode)
    .where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export function findResidentWelfare(db: Db, villageCode: string, residentId: string) {
  return db
    .selectFrom('resident_welfare')
    .selectAll()
    .where('village_code', '=', villageCode)
    .where('resident_id', '=', residentId)
    .executeTakeFirst();
}

export async function upsertResidentWelfare(db: Db, row: Insertable<ResidentWelfare>) {
  const changes = withoutKeys(row, ['village_code', 'resident_id']);
  await db
    .insertInto('resident_welfare')
    .values(row)
    .onConflict((oc) => oc.columns(['village_code', 'resident_id']).doUpdateSet(changes))
    .execute();
  await markTargetingChanged(db, [row.village_code]);
}

/**
 * 410 is the registry's own pregnancy code (resident.pregnant: 1 pregnant, 2 not).
 * name-words: only the pregnancy code changes, never a name, so no name word is new.
 */
export async function setResidentPregnant(db: Db, villageCode: string, id: string, pregnant: number | null) {
  await db
    .updateTable('resident')
    .set({ pregnant, updated_at: new Date() })
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .execute();
  await markTargetingChanged(db, [villageCode]);
}

export async function findFamily(db: Db, villageCode: string, id: string, lock = false) {
  let query = db
    .selectFrom('family')
    .select(['id', 'household_id', 'active'])
    .where('village_code', '=', villageCode)
    .where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export function findFamilyWelfare(db: Db, villageCode: string, familyId: string) {
  return db
    .selectFrom('family_welfare')
    .selectAll()
    .where('village_code', '=', villageCode)
    .where('family_id', '=', familyId)
    .executeTakeFirst();
}

export async function upsertFamilyWelfare(db: Db, row: Insertable<FamilyWelfare>) {
  const changes = withoutKeys(row, ['village_code', 'family_id']);
  await db
    .insertInto('family_welfare')
    .values(row)
    .onConflict((oc) => oc.columns(['village_code', 'family_id']).doUpdateSet(changes))
    .execute();
  await markTargetingChanged(db, [row.village_code]);
}
