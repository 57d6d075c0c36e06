// SQL of the public look-up. Every statement is bounded to one village and a handful of residents, and each is
// a prepared statement (db/prepared-statements.ts): the look-up is the regency's busiest public route, and
// parsing and planning cost PostgreSQL more than executing these (bench/cek-bansos-bench.ts).
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { preparedStatement } from '../../../db/prepared-statements.ts';
import { ageExpression } from '../../population/records/queries.ts';
import { nameQueryWords, queryWordMatches } from '../../population/registry/name-match.ts';

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

/** Whether a shown enrolment reaches the resident `c` (columns id, family_id, household_id): as a person,
 * through their family (KK) or through their household. */
function reaches(village: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`EXISTS (SELECT 1 FROM assistance_enrolment e
    WHERE e.village_code = ${village} AND ${shownEnrolment}
      AND (e.resident_id = c.id OR e.family_id = c.family_id OR e.household_id = c.household_id))`;
}

/**
 * The village's present residents whose name matches the typed one (every typed word matches a word of the
 * name, typo-tolerantly, by the registry's name rule: registry/name-match.ts) and whom a program reaches, the
 * most similar names first, at most `most`. One statement: the matches are ranked first, then each is checked
 * for a program in that order until `most` are found, so a common name ("siti", hundreds in a big village)
 * costs a sort of its matches and a few index probes, not a program look-up for every match.
 */
export async function recipientsByName(
  db: Db,
  village: string,
  typed: string,
  most: number,
): Promise<LookupResident[]> {
  const words = nameQueryWords(typed);
  if (words.length === 0) return [];
  const matchOf = (i: number) => sql`(SELECT words FROM word_match WHERE i = ${sql.lit(i + 1)})`;
  const { rows } = await sql<LookupResident>`
    WITH word_match AS MATERIALIZED ${queryWordMatches(words)}
    SELECT c.id, c.full_name, c.relationship, c.age, c.rt, c.rw
    FROM (
      SELECT r.id, r.full_name, r.relationship, r.family_id, f.household_id, f.rt, f.rw,
             ${ageExpression} AS age
      FROM resident r
      LEFT JOIN family f ON f.village_code = r.village_code AND f.id = r.family_id
      WHERE r.village_code = ${village} AND r.status_code = 1
        AND ${sql.join(
          words.map((_, i) => sql`r.name_words && ${matchOf(i)}`),
          sql` AND `,
        )}
      ORDER BY similarity(r.full_name, ${typed}) DESC, r.full_name, r.id
      OFFSET 0) c
    WHERE ${reaches(village)}
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
  return sql<{
    resident_id: string;
    code: string;
    name: string;
    status: 'proposed' | 'verified' | 'active' | 'suspended' | 'exited';
    start_date: string | null;
    end_date: string | null;
  }>`
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
