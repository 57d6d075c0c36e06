// The registry's shared SQL: the write paths every module that adds residents goes through (life events,
// imports, the demo generator), so the regency-wide NIK index, the name-word dictionary and statistics never
// drift, and the look-ups the NIK rules need.
import type { Insertable } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { Resident } from '../../../db/schema.ts';
import { addNameWordsOfResidents } from './name-word-queries.ts';

export type NewResident = Insertable<Resident>;

/**
 * Inserts residents, claims their NIKs regency-wide (a NIK already claimed fails the transaction) and adds
 * their name words to the search dictionary.
 */
export async function insertResidents(db: Db, rows: NewResident[], chunk = 1000) {
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    await db
      .insertInto('resident_nik')
      .values(part.map((r) => ({ nik: r.nik, village_code: r.village_code, resident_id: r.id })))
      .execute();
    await db.insertInto('resident').values(part).execute();
  }
  const idsByVillage = new Map<string, string[]>();
  for (const row of rows)
    idsByVillage.set(row.village_code, [...(idsByVillage.get(row.village_code) ?? []), row.id]);
  for (const [villageCode, ids] of idsByVillage) await addNameWordsOfResidents(db, villageCode, ids);
}

/**
 * Moves a NIK's claim when a resident's NIK is corrected. A delete and an insert, not an UPDATE of the key:
 * resident_nik is distributed by NIK on Citus, which never changes a row's distribution column in place
 * (the new NIK may belong on another node).
 */
export async function reassignNik(db: Db, oldNik: string, newNik: string) {
  const claim = await db
    .deleteFrom('resident_nik')
    .where('nik', '=', oldNik)
    .returning(['village_code', 'resident_id'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('resident_nik')
    .values({ nik: newNik, ...claim })
    .execute();
}

/** Which of these NIKs are already in the registry, and where. */
export async function findClaimedNiks(db: Db, niks: string[]) {
  if (niks.length === 0) return [];
  return db
    .selectFrom('resident_nik')
    .select(['nik', 'village_code', 'resident_id'])
    .where('nik', 'in', niks)
    .execute();
}

/** Every current district of Indonesia, by code ("35.10.01"). */
export async function districtCodes(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('region').select('code').where('level', '=', 'district').execute();
  return rows.map((row) => row.code);
}
