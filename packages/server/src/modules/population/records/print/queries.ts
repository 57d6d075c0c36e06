// SQL of the printouts: a family's members with every column the card prints, and the names of the
// village's district, regency and province for the header.
import type { Db } from '../../../../db/database.ts';

const printedColumns = [
  'r.id',
  'r.nik',
  'r.full_name',
  'r.sex',
  'r.birth_place',
  'r.birth_date',
  'r.religion',
  'r.education_kk',
  'r.occupation',
  'r.marital_status',
  'r.relationship',
  'r.citizenship',
  'r.father_name',
  'r.mother_name',
  'r.blood_type',
] as const;

/** The members a family card lists: those still in the family (not died, moved or voided), head first. */
export function printedMembers(db: Db, villageCode: string, familyId: string) {
  return db
    .selectFrom('resident as r')
    .select(printedColumns)
    .where('r.village_code', '=', villageCode)
    .where('r.family_id', '=', familyId)
    .where('r.status_code', '=', 1)
    .orderBy('r.relationship')
    .orderBy('r.birth_date')
    .execute();
}

/** One resident with the family columns the biodata prints. */
export function printedResident(db: Db, villageCode: string, id: string) {
  return db
    .selectFrom('resident as r')
    .leftJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .select([...printedColumns, 'f.kk_number', 'f.address', 'f.rt', 'f.rw', 'f.dusun'])
    .where('r.village_code', '=', villageCode)
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/** Village, district, regency and province names, from the region codes' parent chain. */
export async function placeNames(db: Db, villageCode: string) {
  const row = await db
    .selectFrom('region as v')
    .innerJoin('region as d', 'd.code', 'v.parent_code')
    .innerJoin('region as k', 'k.code', 'd.parent_code')
    .leftJoin('region as p', 'p.code', 'k.parent_code')
    .select(['v.name as village', 'd.name as district', 'k.name as regency', 'p.name as province'])
    .where('v.code', '=', villageCode)
    .executeTakeFirst();
  return {
    villageName: row?.village ?? '-',
    districtName: row?.district ?? '-',
    regencyName: row?.regency ?? '-',
    provinceName: row?.province ?? '-',
  };
}
