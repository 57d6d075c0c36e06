// All SQL of the resident export: which residents match the filter (in file order), then their full rows a
// page at a time, so a large export never holds every resident's record at once.
import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { ExportFilter } from './schemas.ts';

const STATUS_CODES = { present: 1, died: 2, moved_out: 3, missing: 4, gone: 6 } as const;

export function findRegion(db: Db, code: string) {
  return db.selectFrom('region').select(['code', 'level']).where('code', '=', code).executeTakeFirst();
}

function matching(db: Db, region: string, filter: ExportFilter) {
  const inRegion =
    region.split('.').length === 4
      ? sql<SqlBool>`r.village_code = ${region}`
      : sql<SqlBool>`r.village_code LIKE ${`${region}.%`}`;
  let query = db
    .selectFrom('resident as r')
    .leftJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .where(inRegion);
  if (filter.status !== 'all') query = query.where('r.status_code', '=', STATUS_CODES[filter.status]);
  if (filter.sex) query = query.where('r.sex', '=', filter.sex);
  if (filter.dusun) query = query.where('f.dusun', 'ilike', filter.dusun);
  // RW and RT are stored three digits wide ("002"); "2" finds them too.
  if (filter.rw) query = query.where('f.rw', '=', filter.rw.padStart(3, '0'));
  if (filter.rt) query = query.where('f.rt', '=', filter.rt.padStart(3, '0'));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Substring or trigram similarity (tolerates typos), as the resident list searches.
    query = query.where(sql<SqlBool>`(r.full_name ILIKE ${pattern} OR r.full_name % ${filter.q})`);
  }
  return query;
}

/** Ids of the matching residents in file order (village, family card, relationship, age), at most `limit`. */
export function findExportIds(db: Db, region: string, filter: ExportFilter, limit: number) {
  return matching(db, region, filter)
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
  return db
    .selectFrom('resident as r')
    .leftJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .selectAll('r')
    .select(['f.kk_number', 'f.address as family_address', 'f.dusun', 'f.rw', 'f.rt'])
    .where('r.village_code', '=', villageCode)
    .where('r.id', 'in', ids)
    .execute();
}

export type ExportRow = Awaited<ReturnType<typeof findExportRows>>[number];
