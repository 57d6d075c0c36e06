import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { RegionRow } from './load-regions.ts';

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

// ---- loading the region list (load-regions.ts) ----

export async function upsertRegions(db: Db, rows: readonly RegionRow[], chunk = 10_000) {
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    // unnest of arrays: one statement per chunk on both PGlite and PostgreSQL, far faster than row inserts.
    await sql`
      INSERT INTO region (code, name, level, kind, parent_code)
      SELECT * FROM unnest(${part.map((r) => r.code)}::text[], ${part.map((r) => r.name)}::text[],
        ${part.map((r) => r.level)}::text[], ${part.map((r) => r.kind)}::text[], ${part.map((r) => r.parent_code)}::text[])
      ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent_code = excluded.parent_code
    `.execute(db);
  }
}

/** Which package version the regions were last loaded from. */
export function loadedRegionSource(db: Db) {
  return db.selectFrom('region_source').select('version').where('id', '=', 1).executeTakeFirst();
}

export async function recordRegionSource(db: Db, packageName: string, version: string) {
  await db
    .insertInto('region_source')
    .values({ id: 1, package: packageName, version })
    .onConflict((oc) => oc.column('id').doUpdateSet({ version, loaded_at: sql`now()` }))
    .execute();
}
