// Letter numbers come from counter rows (letter_sequence), one per village, year and scope. The number is
// taken by a single upsert inside the issuing transaction: the first letter of a year inserts the row with 1,
// every later one adds 1 to it and reads the result. Concurrent issues queue on the row's lock until the
// issuing transaction ends, so no two letters get one number; a rolled-back issue rolls its number back, so
// there is no gap. Never MAX(number) + 1, which two desks read alike (OpenSID's duplicate numbers).
import { DEFAULT_NUMBER_FORMAT } from '@smart-kampung/domain';
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

export async function takeSequenceNumber(db: Db, villageCode: string, year: number, scope: string) {
  const result = await sql<{ last_number: number }>`
    INSERT INTO letter_sequence (village_code, year, scope, last_number)
    VALUES (${villageCode}, ${year}, ${scope}, 1)
    ON CONFLICT (village_code, year, scope)
    DO UPDATE SET last_number = letter_sequence.last_number + 1
    RETURNING last_number`.execute(db);
  return result.rows[0]!.last_number;
}

/** The village's default number format and what [kode_desa] prints (null: the default short code). */
export async function villageNumbering(db: Db, villageCode: string) {
  const row = await db
    .selectFrom('letter_village_setting')
    .select(['number_format', 'short_code'])
    .where('village_code', '=', villageCode)
    .executeTakeFirst();
  return { numberFormat: row?.number_format ?? DEFAULT_NUMBER_FORMAT, shortCode: row?.short_code ?? null };
}
