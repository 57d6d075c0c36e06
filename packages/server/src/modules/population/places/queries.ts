// The village's own dusun, RW and RT, as its family cards and households record them: what the list filters
// offer, so an operator picks "Krajan" instead of guessing how it was typed.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

/** At most this many distinct places: a village has a few dusun and some dozens of RTs. */
export const PLACES_LIMIT = 2000;

export async function villagePlaces(db: Db, villageCode: string) {
  const { rows } = await sql<{ dusun: string | null; rw: string | null; rt: string | null }>`
    SELECT DISTINCT dusun, rw, rt FROM (
      SELECT dusun, rw, rt FROM family WHERE village_code = ${villageCode} AND active
      UNION ALL
      SELECT dusun, rw, rt FROM household WHERE village_code = ${villageCode}
    ) AS place
    WHERE coalesce(dusun, rw, rt) IS NOT NULL
    ORDER BY dusun, rw, rt
    LIMIT ${PLACES_LIMIT}`.execute(db);
  return rows;
}
