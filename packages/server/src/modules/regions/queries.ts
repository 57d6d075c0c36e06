import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

const childCount = sql<number>`(SELECT count(*) FROM region c WHERE c.parent_code = region.code)`.as(
  'child_count',
);

export function findRegion(db: Db, code: string) {
  return db
    .selectFrom('region')
    .select(['code', 'name', 'level', 'kind', 'parent_code', childCount])
    .where('code', '=', code)
    .executeTakeFirst();
}

export function findChildren(db: Db, code: string) {
  return db
    .selectFrom('region')
    .select(['code', 'name', 'level', 'kind', 'parent_code', childCount])
    .where('parent_code', '=', code)
    .orderBy('code')
    .execute();
}

/** The region and its ancestors, nearest last: ['35', '35.10', '35.10.01']. */
export function findAncestry(db: Db, code: string) {
  const parts = code.split('.');
  const codes = parts.map((_, i) => parts.slice(0, i + 1).join('.'));
  return db
    .selectFrom('region')
    .select(['code', 'name', 'level'])
    .where('code', 'in', codes)
    .orderBy('code')
    .execute();
}
