import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { Family, Resident } from '../../../db/schema.ts';
import { addNameWordsOfResidents } from '../registry/name-word-queries.ts';

export function lockResident(db: Db, villageCode: string, id: string) {
  return db
    .selectFrom('resident')
    .selectAll()
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function lockFamily(db: Db, villageCode: string, id: string) {
  return db
    .selectFrom('family')
    .selectAll()
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function presentMembers(db: Db, villageCode: string, familyId: string) {
  return db
    .selectFrom('resident')
    .selectAll()
    .where('village_code', '=', villageCode)
    .where('family_id', '=', familyId)
    .where('status_code', '=', 1)
    .orderBy('relationship')
    .execute();
}

export function activeFamilyByKk(db: Db, villageCode: string, kk: string) {
  return db
    .selectFrom('family')
    .select('id')
    .where('village_code', '=', villageCode)
    .where('kk_number', '=', kk)
    .where('active', '=', true)
    .executeTakeFirst();
}

export async function insertEvent(
  db: Db,
  row: {
    village_code: string;
    id: string;
    resident_id: string | null;
    family_id: string | null;
    event_type: string;
    event_date: string;
    details: Record<string, unknown>;
    before: unknown;
    after: unknown;
    actor_id: string;
  },
) {
  await db
    .insertInto('resident_event')
    .values({
      ...row,
      details: JSON.stringify(row.details),
      before: row.before === null ? null : JSON.stringify(row.before),
      after: row.after === null ? null : JSON.stringify(row.after),
    })
    .execute();
}

export async function deactivateFamilyIfEmpty(db: Db, villageCode: string, familyId: string) {
  await sql`
    UPDATE family SET active = false, updated_at = now()
    WHERE village_code = ${villageCode} AND id = ${familyId}
      AND NOT EXISTS (SELECT 1 FROM resident r WHERE r.village_code = ${villageCode} AND r.family_id = ${familyId} AND r.status_code = 1)
  `.execute(db);
}

/** Updates one resident; a changed name also adds its words to the search dictionary. */
export async function updateResident(db: Db, villageCode: string, id: string, changes: Updateable<Resident>) {
  await db
    .updateTable('resident')
    .set(changes)
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .execute();
  if (changes.full_name !== undefined) await addNameWordsOfResidents(db, villageCode, [id]);
}

/** A new family card of the village (a move-in's, or a split's). */
export async function insertFamily(db: Db, family: Insertable<Family>) {
  await db.insertInto('family').values(family).execute();
}
