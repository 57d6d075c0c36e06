// SQL of the stored targeting counts (migration 0031). A row is written by wrapping the very statement that
// counts afresh (countsByChildAreaSql) and reading, in that same statement, the inputs it depends on: the
// village's version and the latest finished ranking run. One statement sees one snapshot, so the stored inputs
// are exactly those the counts were computed from; a write committed meanwhile raised the version after it.
import { sql } from 'kysely';
import type { Db } from '../../../../db/database.ts';
import { inArea } from '../../../../platform/area/in-area.ts';
import { countsByChildAreaSql, inMemory, type AreaCountRow } from '../queries.ts';
import { latestRun, type UnitsQuery } from '../units.ts';

/** What a program's counts were computed under, besides the village's version and the ranking run. */
export interface CountInputs {
  query: UnitsQuery;
  /** The program's eligibility column exactly as stored (compared as jsonb). */
  storedEligibility: unknown;
}

const COUNT_COLUMNS = [
  'units',
  'households',
  'eligible',
  'enrolled',
  'excluded',
  'included',
  'incomplete',
  'unranked',
] as const;

export type StoredCountRow = Omit<AreaCountRow, 'area_name'> & { computed_at: Date };

/**
 * Counts every village of `inputs.query.area` afresh and stores them (one village, or a whole area in one
 * statement), returning what was stored. Runs with the room to aggregate in memory the counts need.
 */
export async function storeVillageCounts(db: Db, inputs: CountInputs): Promise<StoredCountRow[]> {
  const { query } = inputs;
  const columns = sql.join(COUNT_COLUMNS.map((c) => sql.ref(c)));
  const updates = sql.join(
    [...COUNT_COLUMNS, 'village_version', 'run_id', 'target_unit', 'eligibility', 'as_of', 'computed_at'].map(
      (c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`,
    ),
  );
  const { rows } = await inMemory(db, (trx) =>
    sql<StoredCountRow>`
    WITH c AS (${countsByChildAreaSql(query, 13)})
    INSERT INTO targeting_village_count (village_code, program_id, village_version, run_id, target_unit,
      eligibility, as_of, ${columns}, computed_at)
    SELECT c.area_code, ${query.programId}::uuid, COALESCE(v.version, 0), ${latestRun}, ${query.unit},
      ${JSON.stringify(inputs.storedEligibility)}::jsonb, ${query.asOf}::date,
      ${sql.join(COUNT_COLUMNS.map((col) => sql`c.${sql.ref(col)}`))}, clock_timestamp()
    FROM c LEFT JOIN targeting_village_version v ON v.village_code = c.area_code
    ON CONFLICT (village_code, program_id) DO UPDATE SET ${updates}
    RETURNING village_code AS area_code, ${columns}, computed_at`.execute(trx),
  );
  return rows;
}

export interface VillageStoreRow {
  village_code: string;
  /** Null: never computed. */
  computed_at: Date | null;
  /** The stored row's inputs are all today's: its counts are what a fresh count would answer. */
  current: boolean;
  units: number | null;
  households: number | null;
  eligible: number | null;
  enrolled: number | null;
  excluded: number | null;
  included: number | null;
  incomplete: number | null;
  unranked: number | null;
}

/** Every village of the area with the program's stored counts, if any, and whether they are current. */
export async function storedVillageCounts(db: Db, inputs: CountInputs): Promise<VillageStoreRow[]> {
  const { query } = inputs;
  const { rows } = await sql<VillageStoreRow>`
    SELECT a.code AS village_code, c.computed_at,
      COALESCE(c.village_version = COALESCE(v.version, 0) AND c.run_id IS NOT DISTINCT FROM ${latestRun}
        AND c.target_unit = ${query.unit} AND c.eligibility = ${JSON.stringify(inputs.storedEligibility)}::jsonb
        AND c.as_of = ${query.asOf}::date, false) AS current,
      ${sql.join(COUNT_COLUMNS.map((col) => sql`c.${sql.ref(col)}`))}
    FROM region a
    LEFT JOIN targeting_village_count c ON c.village_code = a.code AND c.program_id = ${query.programId}::uuid
    LEFT JOIN targeting_village_version v ON v.village_code = a.code
    WHERE length(a.code) = 13 AND ${inArea('a.code', query.area, 'any')}
    ORDER BY a.code`.execute(db);
  return rows;
}

/** The programs whose counts are kept: every one with a target unit the targeting lists evaluate. */
export function programsToKeep(db: Db) {
  return db
    .selectFrom('assistance_program')
    .select(['id', 'code', 'level', 'owner_area_code', 'target_unit', 'eligibility'])
    .where('target_unit', '<>', 'group')
    .orderBy('code')
    .execute();
}

/** The child areas of an area (`childLength` characters of a village code name one) with their names. */
export function childAreas(db: Db, area: string, childLength: number) {
  return db
    .selectFrom('region')
    .select(['code', 'name'])
    .where(sql<boolean>`length(code) = ${childLength}::int`)
    .where(inArea('code', area, 'any'))
    .orderBy('code')
    .execute();
}
