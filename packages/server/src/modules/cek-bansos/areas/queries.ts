import type { Db } from '../../../db/database.ts';

/** The regency's districts and villages, by code (the order the picker shows them in is by name). */
export function regencyAreas(db: Db, regencyCode: string) {
  return db
    .selectFrom('region')
    .select(['code', 'name', 'level'])
    .where((eb) => eb.or([eb('code', '=', regencyCode), eb('code', 'like', `${regencyCode}.%`)]))
    .where('level', 'in', ['regency', 'district', 'village'])
    .orderBy('name')
    .execute();
}
