// SQL of targeting: every statement reads the evaluated units (units.ts) of one program and area. Counts are
// one statement per area level (grouped by the child area), a list page is one statement with its total.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { inArea } from '../../../platform/area/in-area.ts';
import { evaluatedUnits, type UnitsQuery } from './units.ts';

export const TARGETING_LISTS = ['excluded', 'included', 'incomplete', 'eligible', 'enrolled'] as const;
export type TargetingList = (typeof TARGETING_LISTS)[number];

/** Which units each list holds, over the verdict: eligible but not enrolled, enrolled but not eligible … */
const LIST_FILTER: Record<TargetingList, ReturnType<typeof sql>> = {
  excluded: sql`ev.eligible AND NOT ev.enrolled`,
  included: sql`ev.enrolled AND ev.eligible = false`,
  incomplete: sql`ev.eligible IS NULL`,
  eligible: sql`ev.eligible`,
  enrolled: sql`ev.enrolled`,
};

export interface EvaluatedRow {
  village_code: string;
  unit_id: string;
  household_id: string | null;
  decile: number | null;
  enrolled: boolean;
  enrolment_status: string | null;
  eligible: boolean | null;
  [condition: `c${number}`]: boolean | null;
}

/** Every unit of the area with its verdict (tests compare these with the domain's rules). */
export async function evaluateAll(db: Db, query: UnitsQuery): Promise<EvaluatedRow[]> {
  const { rows } = await sql<EvaluatedRow>`${evaluatedUnits(query)}`.execute(db);
  return rows;
}

/**
 * Runs a targeting statement with room to aggregate in memory: evaluating a regency's units groups and hashes
 * half a million rows, and at PostgreSQL's default 4 MB each sort and hash spilled to disk (an EXPLAIN at
 * regency scale: 23.9 s, most of it external merges). SET LOCAL ends with the transaction.
 */
export async function inMemory<T>(db: Db, run: (trx: Db) => Promise<T>): Promise<T> {
  const withRoom = async (trx: Db) => {
    await sql`SET LOCAL work_mem = '64MB'`.execute(trx);
    return run(trx);
  };
  return db.isTransaction ? withRoom(db) : db.transaction().execute(withRoom);
}

export interface AreaCountRow {
  area_code: string;
  area_name: string;
  units: number;
  households: number;
  eligible: number;
  enrolled: number;
  excluded: number;
  included: number;
  incomplete: number;
  unranked: number;
}

/**
 * The statement counting every child area of `query.area` (the districts of a regency, the villages of a
 * district, a village itself), with the households of each for rates per 100. `childLength`: how many
 * characters of a village code name the child area (8 a district, 13 a village). The stored counts
 * (stored/queries.ts) wrap this very statement, so a stored row is what a fresh count would answer.
 */
export function countsByChildAreaSql(query: UnitsQuery, childLength: number): RawBuilder<AreaCountRow> {
  const child = (column: string) => sql`left(${sql.ref(column)}, ${childLength}::int)`;
  return sql<AreaCountRow>`
    WITH ev AS (${evaluatedUnits(query)}),
    counted AS (
      SELECT ${child('ev.village_code')} AS area_code, count(*)::int AS units,
        count(*) FILTER (WHERE ev.eligible)::int AS eligible,
        count(*) FILTER (WHERE ev.enrolled)::int AS enrolled,
        count(*) FILTER (WHERE ev.eligible AND NOT ev.enrolled)::int AS excluded,
        count(*) FILTER (WHERE ev.enrolled AND ev.eligible = false)::int AS included,
        count(*) FILTER (WHERE ev.eligible IS NULL)::int AS incomplete,
        count(*) FILTER (WHERE ev.decile IS NULL)::int AS unranked
      FROM ev GROUP BY 1),
    homes AS (
      SELECT ${child('h.village_code')} AS area_code, count(*)::int AS households
      FROM household h WHERE ${inArea('h.village_code', query.area)} GROUP BY 1)
    SELECT a.code AS area_code, a.name AS area_name, COALESCE(c.units, 0) AS units,
      COALESCE(homes.households, 0) AS households, COALESCE(c.eligible, 0) AS eligible,
      COALESCE(c.enrolled, 0) AS enrolled, COALESCE(c.excluded, 0) AS excluded,
      COALESCE(c.included, 0) AS included, COALESCE(c.incomplete, 0) AS incomplete,
      COALESCE(c.unranked, 0) AS unranked
    FROM region a
    LEFT JOIN counted c ON c.area_code = a.code
    LEFT JOIN homes ON homes.area_code = a.code
    WHERE length(a.code) = ${childLength}::int AND ${inArea('a.code', query.area, 'any')}
    ORDER BY a.code`;
}

/** The counts of every child area of `query.area`, evaluated now (countsByChildAreaSql). */
export async function countsByChildArea(
  db: Db,
  query: UnitsQuery,
  childLength: number,
): Promise<AreaCountRow[]> {
  const { rows } = await inMemory(db, (trx) => countsByChildAreaSql(query, childLength).execute(trx));
  return rows;
}

export interface ListRow extends EvaluatedRow {
  total: number;
  village_name: string;
  label: string | null;
  identifier: string | null;
  name: string | null;
  address: string | null;
  dusun: string | null;
  rt: string | null;
  rw: string | null;
}

/** The unit's label, identifier (masked by the service), name and address, per target unit. */
function display(unit: UnitsQuery['unit']) {
  switch (unit) {
    case 'household':
      return sql`LEFT JOIN household h ON h.village_code = p.village_code AND h.id = p.unit_id
        LEFT JOIN resident who ON who.village_code = h.village_code AND who.id = h.head_resident_id AND who.status_code = 1
        CROSS JOIN LATERAL (SELECT h.household_no AS label, NULL::text AS identifier, who.full_name AS name,
          h.address, h.dusun, h.rt, h.rw) shown`;
    case 'family':
      return sql`LEFT JOIN family f ON f.village_code = p.village_code AND f.id = p.unit_id
        LEFT JOIN LATERAL (SELECT r.full_name FROM resident r WHERE r.village_code = f.village_code AND r.family_id = f.id
          AND r.status_code = 1 ORDER BY r.relationship NULLS LAST, r.birth_date LIMIT 1) who ON true
        CROSS JOIN LATERAL (SELECT NULL::text AS label, f.kk_number AS identifier, who.full_name AS name,
          f.address, f.dusun, f.rt, f.rw) shown`;
    case 'resident':
      return sql`LEFT JOIN resident who ON who.village_code = p.village_code AND who.id = p.unit_id
        LEFT JOIN family f ON f.village_code = who.village_code AND f.id = who.family_id
        CROSS JOIN LATERAL (SELECT NULL::text AS label, who.nik AS identifier, who.full_name AS name,
          COALESCE(f.address, who.current_address) AS address, f.dusun, f.rt, f.rw) shown`;
  }
}

/** One page of a list, poorest first (unranked last), with the total of the whole list. */
export async function listPage(
  db: Db,
  query: UnitsQuery,
  list: TargetingList,
  paging: { limit: number; offset: number },
): Promise<ListRow[]> {
  const { rows } = await inMemory(db, (trx) =>
    sql<ListRow>`
    WITH ev AS (${evaluatedUnits(query)}),
    p AS (SELECT ev.*, count(*) OVER ()::int AS total FROM ev WHERE ${LIST_FILTER[list]}
      ORDER BY ev.decile NULLS LAST, ev.village_code, ev.unit_id LIMIT ${paging.limit} OFFSET ${paging.offset})
    SELECT p.*, v.name AS village_name, shown.*
    FROM p JOIN region v ON v.code = p.village_code ${display(query.unit)}
    ORDER BY p.decile NULLS LAST, p.village_code, p.unit_id`.execute(trx),
  );
  return rows;
}

/** How many units a list holds when its page lies past the end (the page's window count is then missing). */
export async function listTotal(db: Db, query: UnitsQuery, list: TargetingList): Promise<number> {
  const { rows } = await sql<{ total: number }>`
    WITH ev AS (${evaluatedUnits(query)}) SELECT count(*)::int AS total FROM ev WHERE ${LIST_FILTER[list]}`.execute(
    db,
  );
  return rows[0]?.total ?? 0;
}

export function programById(db: Db, programId: string) {
  return db
    .selectFrom('assistance_program')
    .select(['id', 'code', 'name', 'level', 'owner_area_code', 'target_unit', 'eligibility', 'active'])
    .where('id', '=', programId)
    .executeTakeFirst();
}

/** Which of these program codes exist. */
export async function existingProgramCodes(db: Db, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .selectFrom('assistance_program')
    .select('code')
    .where('code', 'in', [...codes])
    .execute();
  return new Set(rows.map((row) => row.code));
}

export async function setEligibility(db: Db, programId: string, eligibility: unknown, userId: string) {
  await db
    .updateTable('assistance_program')
    .set({ eligibility: JSON.stringify(eligibility), updated_at: new Date(), updated_by: userId })
    .where('id', '=', programId)
    .execute();
}
