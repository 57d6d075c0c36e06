import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { inArea } from '../../../platform/area/in-area.ts';

/** Sums the per-village figures over any region: 217 villages × a few dozen keys, never the resident table. */
export function sumStats(db: Db, region: string) {
  return db
    .selectFrom('population_stat')
    .select((eb) => [
      'dimension',
      'key',
      eb.fn.sum<number>('male').as('male'),
      eb.fn.sum<number>('female').as('female'),
      eb.fn.sum<number>('total').as('total'),
    ])
    .where(inArea('village_code', region))
    .groupBy(['dimension', 'key'])
    .execute();
}

/**
 * Every village of a region beside its headline figures and what it still has to fill in: one row per village
 * (a village without data has zeros and no change time), from population_stat's totals and village_change.
 */
export function villageFigures(db: Db, region: string) {
  const total = (key: string) => sql<number>`coalesce(sum(s.total) FILTER (WHERE s.key = ${key}), 0)::int`;
  return db
    .selectFrom('region as v')
    .innerJoin('region as d', 'd.code', 'v.parent_code')
    .leftJoin('population_stat as s', (join) =>
      join.onRef('s.village_code', '=', 'v.code').on('s.dimension', '=', 'totals'),
    )
    .leftJoin('village_change as c', 'c.village_code', 'v.code')
    .select([
      'v.code',
      'v.name',
      'v.kind',
      'd.code as district_code',
      'd.name as district_name',
      'c.changed_at',
      total('residents').as('residents'),
      total('families').as('families'),
      total('households').as('households'),
      total('flagged').as('flagged'),
      total('households_unpinned').as('households_unpinned'),
      total('households_housing_incomplete').as('households_housing_incomplete'),
    ])
    .where('v.level', '=', 'village')
    .where(inArea('v.code', region))
    .groupBy(['v.code', 'v.name', 'v.kind', 'd.code', 'd.name', 'c.changed_at'])
    .orderBy('v.code')
    .execute();
}
