import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { Family, Resident, ResidentBirth } from '../../../db/schema.ts';
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

/**
 * Serialises the issue of temporary numbers in one village until the transaction ends: two births saved at
 * once would otherwise both take the same "highest + 1". A transaction-level advisory lock, keyed by the
 * village, so other villages and every other registry write go on unhindered.
 */
export async function lockTemporaryNiks(db: Db, villageCode: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`temporary-nik:${villageCode}`}, 0))`.execute(db);
}

/**
 * The highest temporary number the village holds or ever held (between `first` and `last`, its own range):
 * on its residents, and kept with the births whose NIK has since arrived, so a number is never issued twice.
 */
export async function highestTemporaryNik(
  db: Db,
  villageCode: string,
  range: { first: string; last: string },
): Promise<string | null> {
  const row = await sql<{ highest: string | null }>`
    SELECT max(nik) AS highest FROM (
      SELECT nik FROM resident
      WHERE village_code = ${villageCode} AND nik BETWEEN ${range.first} AND ${range.last}
      UNION ALL
      SELECT temporary_nik FROM resident_birth
      WHERE village_code = ${villageCode} AND temporary_nik BETWEEN ${range.first} AND ${range.last}
    ) AS issued (nik)`.execute(db);
  return row.rows[0]?.highest ?? null;
}

/** The birth facts of a resident recorded at the desk (one row per birth). */
export async function insertBirth(db: Db, birth: Insertable<ResidentBirth>) {
  await db.insertInto('resident_birth').values(birth).execute();
}

/** Keeps the temporary number a resident gave up for its NIK, so the village never issues it again. */
export async function keepReplacedTemporaryNik(
  db: Db,
  villageCode: string,
  residentId: string,
  temporaryNik: string,
) {
  await db
    .insertInto('resident_birth')
    .values({ village_code: villageCode, resident_id: residentId, temporary_nik: temporaryNik })
    .onConflict((oc) =>
      oc.columns(['village_code', 'resident_id']).doUpdateSet({ temporary_nik: temporaryNik }),
    )
    .execute();
}
