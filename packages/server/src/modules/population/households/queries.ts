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

export function moveFamilies(
  db: Db,
  villageCode: string,
  ids: readonly string[],
  householdId: string | null,
) {
  if (ids.length === 0) return Promise.resolve();
  return db
    .updateTable('family')
    .set({ household_id: householdId, updated_at: new Date() })
    .where('village_code', '=', villageCode)
    .where('id', 'in', [...ids])
    .execute()
    .then(() => undefined);
}
