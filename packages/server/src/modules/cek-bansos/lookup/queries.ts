// SQL of the public look-up. Every statement is bounded to one village and a handful of residents, and each is
// a prepared statement (db/prepared-statements.ts): the look-up is the regency's busiest public route, and
// parsing and planning cost PostgreSQL more than executing these (bench/cek-bansos-bench.ts).
import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { preparedStatement } from '../../../db/prepared-statements.ts';
import { ageExpression } from '../../population/records/queries.ts';
import { villageKey, villageNameKeys } from '../../population/registry/name-match.ts';

/** Present residents with what the answer prints, plus what the matching needs (name, relationship). */
function residentsOf(db: Db, village: string) {
  return db
    .selectFrom('resident as r')
    .leftJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .where('r.village_code', '=', village)
    .where('r.status_code', '=', 1)
    .select(['r.id', 'r.full_name', 'r.relationship', ageExpression.as('age'), 'f.rt', 'f.rw']);
}
export type LookupResident = Awaited<ReturnType<ReturnType<typeof residentsOf>['execute']>>[number];

/** An enrolment `e` the answer shows: open, or ended less than a year ago (a family that stopped receiving
 * sees that it did). The one rule for "receives" and for the programs listed, so they always agree. */
const shownEnrolment = sql<SqlBool>`(e.status <> 'exited' OR e.status_changed_at > now() - interval '1 year')`;

/** A program as the answer shows it, for one resident. */
export interface ResidentProgram {
  code: string;
  name: string;
  status: 'proposed' | 'verified' | 'active' | 'suspended' | 'exited';
  start_date: string | null;
  end_date: string | null;
}

/**
 * The village's present residents whose name matches the typed one (every typed word matches a word of the
 * name, typo-tolerantly, by the registry's name rule: registry/name-match.ts; `matches` are the dictionary words
 * each typed word matches, from word-matches.ts) and whom a program reaches, the
 * most similar names first, at most `most`, each with the programs the answer shows. One statement, one round
 * trip: the matches are found through the village's own name keys and ranked on the resident rows alone; then,
 * in that order and only until `most` are found, each is joined to its family (RT/RW, household) and its shown
 * programs, so a common name ("siti", hundreds in a big village) costs a sort of its matches and a few index
 * probes, not a family and program look-up for every match (bench/cek-bansos-bench.ts).
 */
export async function recipientsByName(
  db: Db,
  village: string,
  typed: string,
  matches: readonly (readonly string[])[],
  most: number,
): Promise<(LookupResident & { programs: ResidentProgram[] })[]> {
  // A typed word no name word matches: no name matches every typed word.
  if (matches.length === 0 || matches.some((words) => words.length === 0)) return [];
  const keysOf = (words: readonly string[]) => words.map((word) => villageKey(village, word));
  const { rows } = await sql<LookupResident & { programs: ResidentProgram[] }>`
    SELECT c.id, c.full_name, c.relationship, c.age, f.rt, f.rw, p.programs
    FROM (
      SELECT r.id, r.full_name, r.relationship, r.family_id, ${ageExpression} AS age,
             similarity(r.full_name, ${typed}) AS score
      FROM resident r
      WHERE r.village_code = ${village} AND r.status_code = 1
        AND ${sql.join(
          matches.map((words) => sql`${villageNameKeys} && ${keysOf(words)}::text[]`),
          sql` AND `,
        )}
      ORDER BY score DESC, r.full_name, r.id
      OFFSET 0) c
    LEFT JOIN family f ON f.village_code = ${village} AND f.id = c.family_id
    CROSS JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'code', prog.code, 'name', prog.name, 'status', e.status,
               'start_date', to_char(e.start_date, 'YYYY-MM-DD'),
               'end_date', to_char(e.end_date, 'YYYY-MM-DD'))
             ORDER BY prog.code, e.status_changed_at DESC) AS programs
      FROM assistance_enrolment e
      JOIN assistance_program prog ON prog.id = e.program_id
      WHERE e.village_code = ${village} AND ${shownEnrolment}
        AND (e.resident_id = c.id OR e.family_id = c.family_id OR e.household_id = f.household_id)) p
    WHERE p.programs IS NOT NULL
    ORDER BY c.score DESC, c.full_name, c.id
    LIMIT ${most} ${preparedStatement}`.execute(db);
  return rows;
}

/** The resident holding this NIK, only if it is registered in this village. */
export function residentByNik(db: Db, village: string, nik: string) {
  return residentsOf(db, village)
    .where('r.id', '=', (eb) =>
      eb
        .selectFrom('resident_nik as n')
        .select('n.resident_id')
        .where('n.nik', '=', nik)
        .where('n.village_code', '=', village),
    )
    .modifyEnd(preparedStatement)
    .executeTakeFirst();
}

/** The present members of the active family with this KK number in this village. */
export function membersByKk(db: Db, village: string, kk: string) {
  return residentsOf(db, village)
    .where('f.kk_number', '=', kk)
    .where('f.active', '=', true)
    .orderBy('r.relationship')
    .orderBy('r.full_name')
    .modifyEnd(preparedStatement)
    .execute();
}

/** The programs reaching each resident: as a person, through their family (KK) or through their household. */
export function programsOfResidents(db: Db, village: string, residentIds: readonly string[]) {
  if (residentIds.length === 0) return Promise.resolve([]);
  return sql<ResidentProgram & { resident_id: string }>`
    WITH people AS (
      SELECT r.id, r.family_id, f.household_id
      FROM resident r
      LEFT JOIN family f ON f.village_code = r.village_code AND f.id = r.family_id
      WHERE r.village_code = ${village} AND r.id = ANY(${residentIds}::uuid[])
    ), reach AS (
      SELECT p.id AS person_id, e.program_id, e.status, e.start_date, e.end_date, e.status_changed_at
        FROM people p
        JOIN assistance_enrolment e ON e.village_code = ${village} AND e.resident_id = p.id
      UNION ALL
      SELECT p.id, e.program_id, e.status, e.start_date, e.end_date, e.status_changed_at
        FROM people p
        JOIN assistance_enrolment e ON e.village_code = ${village} AND e.family_id = p.family_id
      UNION ALL
      SELECT p.id, e.program_id, e.status, e.start_date, e.end_date, e.status_changed_at
        FROM people p
        JOIN assistance_enrolment e ON e.village_code = ${village} AND e.household_id = p.household_id
    )
    SELECT e.person_id AS resident_id, prog.code, prog.name, e.status,
           to_char(e.start_date, 'YYYY-MM-DD') AS start_date,
           to_char(e.end_date, 'YYYY-MM-DD') AS end_date
    FROM reach e
    JOIN assistance_program prog ON prog.id = e.program_id
    WHERE ${shownEnrolment}
    ORDER BY e.person_id, prog.code, e.status_changed_at DESC ${preparedStatement}`
    .execute(db)
    .then((result) => result.rows);
}
