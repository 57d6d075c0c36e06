// All SQL of the resident export: which residents match the filter (in file order), then their full rows a
// page at a time, so a large export never holds every resident's record at once.
import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { filteredResidents, type ResidentFilter } from '../records/queries.ts';

export function findRegion(db: Db, code: string) {
  return db.selectFrom('region').select(['code', 'level']).where('code', '=', code).executeTakeFirst();
}

/** Ids of the matching residents in file order (village, family card, relationship, age), at most `limit`. */
export function findExportIds(db: Db, region: string, filter: ResidentFilter, limit: number) {
  return filteredResidents(db, region, filter)
    .leftJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .select(['r.village_code', 'r.id'])
    .orderBy('r.village_code')
    .orderBy(sql`f.kk_number NULLS LAST`)
    .orderBy(sql`r.relationship NULLS LAST`)
    .orderBy('r.birth_date')
    .orderBy('r.id')
    .limit(limit)
    .execute();
}

export async function findExportRows(db: Db, villageCode: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return (
    db
      .selectFrom('resident as r')
      .leftJoin('family as f', (join) =>
        join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
      )
      .selectAll('r')
      .select(['f.kk_number', 'f.address as family_address', 'f.dusun', 'f.rw', 'f.rt'])
      .where('r.village_code', '=', villageCode)
      // One array parameter, not one parameter per resident (see householdKeyIn on why lists stay flat).
      .where(sql<SqlBool>`r.id = ANY(${[...ids]}::uuid[])`)
      .execute()
  );
}

export type ExportRow = Awaited<ReturnType<typeof findExportRows>>[number];
