// SQL of the household writes.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { Household } from '../../../db/schema.ts';

export function lockHousehold(db: Db, villageCode: string, id: string) {
  return db
    .selectFrom('household')
    .selectAll()
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function insertHousehold(db: Db, row: Insertable<Household>) {
  return db.insertInto('household').values(row).execute();
}

export function updateHousehold(db: Db, villageCode: string, id: string, changes: Updateable<Household>) {
  return db
    .updateTable('household')
    .set({ ...changes, updated_at: new Date() })
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .execute();
}

export function lockFamily(db: Db, villageCode: string, id: string) {
  return db
    .selectFrom('family')
    .select(['id', 'household_id', 'active'])
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Active families of the village among `ids`, locked for the move. */
export function lockActiveFamilies(db: Db, villageCode: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('family')
    .select(['id', 'household_id'])
    .where('village_code', '=', villageCode)
    .where('id', 'in', [...ids])
    .where('active', '=', true)
    .forUpdate()
    .execute();
}

/** Puts the families under `householdId` (or none); a household they leave loses a head from among them. */
export async function moveFamilies(
  db: Db,
  villageCode: string,
  ids: readonly string[],
  householdId: string | null,
) {
  if (ids.length === 0) return;
  await db
    .updateTable('family')
    .set({ household_id: householdId, updated_at: new Date() })
    .where('village_code', '=', villageCode)
    .where('id', 'in', [...ids])
    .execute();
  await dropHeadsOfMovedFamilies(db, villageCode, ids, householdId);
}

/** Whether the resident is present and belongs to an active family under this household's roof. */
export async function livesInHousehold(db: Db, villageCode: string, residentId: string, householdId: string) {
  const row = await db
    .selectFrom('resident as r')
    .innerJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .select('r.id')
    .where('r.village_code', '=', villageCode)
    .where('r.id', '=', residentId)
    .where('r.status_code', '=', 1)
    .where('f.active', '=', true)
    .where('f.household_id', '=', householdId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Households other than `keep` whose head belonged to the moved families lose that head. */
export async function dropHeadsOfMovedFamilies(
  db: Db,
  villageCode: string,
  familyIds: readonly string[],
  keep: string | null,
) {
  if (familyIds.length === 0) return;
  let update = db
    .updateTable('household')
    .set({ head_resident_id: null, updated_at: new Date() })
    .where('village_code', '=', villageCode)
    .where('head_resident_id', 'in', (eb) =>
      eb
        .selectFrom('resident')
        .select('id')
        .where('village_code', '=', villageCode)
        .where('family_id', 'in', [...familyIds]),
    );
  if (keep !== null) update = update.where('id', '<>', keep);
  await update.execute();
}
