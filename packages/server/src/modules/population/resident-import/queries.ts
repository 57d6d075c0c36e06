// The registry look-ups of a resident import's check: who the file's NIKs and KK numbers already are. Each
// takes the whole list as one array parameter (= ANY), so a village-sized file is a handful of statements.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

const textArray = (values: readonly string[]) => sql<string[]>`${[...values]}::text[]`;

export function findVillageResidentsByNik(db: Db, villageCode: string, niks: readonly string[]) {
  return db
    .selectFrom('resident as r')
    .leftJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .selectAll('r')
    .select('f.kk_number')
    .where('r.village_code', '=', villageCode)
    .where((eb) => eb('r.nik', '=', eb.fn.any(textArray(niks))))
    .execute();
}

export async function findNiksClaimedElsewhere(db: Db, villageCode: string, niks: readonly string[]) {
  const rows = await db
    .selectFrom('resident_nik')
    .select('nik')
    .where((eb) => eb('nik', '=', eb.fn.any(textArray(niks))))
    .where('village_code', '<>', villageCode)
    .execute();
  return rows.map((row) => row.nik);
}

export function findActiveFamiliesByKk(db: Db, villageCode: string, kks: readonly string[]) {
  return db
    .selectFrom('family')
    .select(['id', 'kk_number', 'address', 'dusun', 'rw', 'rt'])
    .where('village_code', '=', villageCode)
    .where('active', '=', true)
    .where((eb) => eb('kk_number', '=', eb.fn.any(textArray(kks))))
    .execute();
}

/** Present members of these families, for the one-head rule. */
export function findPresentMembers(db: Db, villageCode: string, familyIds: readonly string[]) {
  return db
    .selectFrom('resident')
    .select(['family_id', 'nik', 'relationship'])
    .where('village_code', '=', villageCode)
    .where((eb) => eb('family_id', '=', eb.fn.any(sql<string[]>`${[...familyIds]}::uuid[]`)))
    .where('status_code', '=', 1)
    .execute();
}

/** The names of a village and of its district, as the region list has them ("Sarongan", "Pesanggaran"). */
export function findVillageNames(db: Db, villageCode: string) {
  return db
    .selectFrom('region as v')
    .innerJoin('region as d', 'd.code', 'v.parent_code')
    .select(['v.name as village', 'd.name as district'])
    .where('v.code', '=', villageCode)
    .executeTakeFirst();
}
