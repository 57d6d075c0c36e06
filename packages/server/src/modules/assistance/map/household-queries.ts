// SQL of the poverty map's drill-down: a village's households with their current decile, the programs that
// reach them and whether their data is incomplete, as points (pinned households) and as the by-name list.
// Both read the same filtered set, so the list beside the map names exactly the households it shows.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { evaluatedUnits, type UnitsQuery } from '../targeting/units.ts';
import { enrolmentsWithHousehold, REACHED_HOUSEHOLD } from './figures-queries.ts';

export interface MapHouseholdFilter {
  /** Program code: households an open enrolment of this program reaches. */
  program?: string | undefined;
  decileMin?: number | undefined;
  decileMax?: number | undefined;
  /** Eligible but not receiving: households holding a unit of this program's exclusion list (the targeting
   * lists' own statement over the village, so the map and the lists name the same households). */
  excludedFrom?: UnitsQuery | undefined;
  /** Only households with a map pin (the points). */
  pinnedOnly?: boolean;
}

/**
 * The village's households with what the map shows of each: `d` their decile in `runId`, `s` their score
 * under the active model, `reached` the programs (codes) that reach them. One statement, the village's rows.
 */
function householdsOfVillage(db: Db, village: string, runId: string | null) {
  return db
    .with('reached', (qb) =>
      enrolmentsWithHousehold(qb, village)
        .innerJoin('assistance_program as p', 'p.id', 'e.program_id')
        .select([
          REACHED_HOUSEHOLD.as('household_id'),
          sql<string[]>`array_agg(DISTINCT p.code ORDER BY p.code)`.as('codes'),
        ])
        .where(sql<SqlBool>`${REACHED_HOUSEHOLD} IS NOT NULL`)
        .groupBy(REACHED_HOUSEHOLD),
    )
    .selectFrom('household as h')
    .leftJoin('reached', 'reached.household_id', 'h.id')
    .leftJoin('household_welfare_score as s', (join) =>
      join
        .onRef('s.village_code', '=', 'h.village_code')
        .onRef('s.household_id', '=', 'h.id')
        .on(sql<SqlBool>`s.model_id = (SELECT id FROM welfare_model WHERE kind = 'score' AND active)`),
    )
    .leftJoin('household_decile as d', (join) =>
      join
        .onRef('d.village_code', '=', 'h.village_code')
        .onRef('d.household_id', '=', 'h.id')
        .on(sql<SqlBool>`d.run_id = ${runId}::uuid`),
    )
    .where('h.village_code', '=', village);
}

/** The filters as conditions. */
function filterConditions(filter: MapHouseholdFilter): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (filter.pinnedOnly) conditions.push(sql<SqlBool>`h.latitude IS NOT NULL AND h.longitude IS NOT NULL`);
  if (filter.program !== undefined)
    conditions.push(sql<SqlBool>`coalesce(reached.codes, '{}') @> ARRAY[${filter.program}]::text[]`);
  if (filter.decileMin !== undefined) conditions.push(sql<SqlBool>`d.decile >= ${filter.decileMin}`);
  if (filter.decileMax !== undefined) conditions.push(sql<SqlBool>`d.decile <= ${filter.decileMax}`);
  if (filter.excludedFrom !== undefined)
    conditions.push(sql<SqlBool>`h.id IN (SELECT ev.household_id FROM (${evaluatedUnits(filter.excludedFrom)}) ev
      WHERE ev.eligible AND NOT ev.enrolled AND ev.household_id IS NOT NULL)`);
  return conditions;
}

function filtered(db: Db, village: string, runId: string | null, filter: MapHouseholdFilter) {
  return householdsOfVillage(db, village, runId).where((eb) => eb.and(filterConditions(filter)));
}

const whatTheMapShows = [
  'h.id',
  'd.decile',
  sql<string[]>`coalesce(reached.codes, '{}')`.as('programs'),
  sql<boolean>`s.complete IS NOT TRUE`.as('incomplete'),
] as const;

/** The pinned households of a village as points, in no particular order (a map draws them all). */
export function householdPoints(db: Db, village: string, runId: string | null, filter: MapHouseholdFilter) {
  return filtered(db, village, runId, { ...filter, pinnedOnly: true })
    .select([...whatTheMapShows, 'h.latitude', 'h.longitude', 'h.household_no'])
    .orderBy('h.id')
    .execute();
}

/**
 * A page of the by-name list: the poorest first (by decile, unranked last), then by address and number. The
 * head is a present resident (one who died or moved away is no head), with their NIK and their family's KK.
 */
export async function householdListPage(
  db: Db,
  village: string,
  runId: string | null,
  filter: MapHouseholdFilter,
  page: { limit: number; offset: number },
) {
  const base = filtered(db, village, runId, filter);
  const [total, rows] = await Promise.all([
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    base
      .leftJoin('resident as head', (join) =>
        join
          .onRef('head.village_code', '=', 'h.village_code')
          .onRef('head.id', '=', 'h.head_resident_id')
          .on('head.status_code', '=', 1),
      )
      .leftJoin('family as hf', (join) =>
        join.onRef('hf.village_code', '=', 'head.village_code').onRef('hf.id', '=', 'head.family_id'),
      )
      .select([
        ...whatTheMapShows,
        'h.household_no',
        'h.dusun',
        'h.rw',
        'h.rt',
        'h.address',
        sql<boolean>`h.latitude IS NOT NULL`.as('has_location'),
        'head.full_name as head_name',
        'head.nik as head_nik',
        'hf.kk_number as head_kk_number',
      ])
      .orderBy(sql`d.decile NULLS LAST`)
      .orderBy(sql`h.dusun NULLS LAST`)
      .orderBy(sql`h.rw NULLS LAST`)
      .orderBy(sql`h.rt NULLS LAST`)
      .orderBy(sql`h.household_no NULLS LAST`)
      .orderBy('h.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  return { total: total.n, rows };
}
