// SQL of the public look-up. Every statement is bounded to one village and a handful of residents.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { ageExpression } from '../../population/records/queries.ts';

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

export function residentsByIds(db: Db, village: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return residentsOf(db, village).where('r.id', 'in', ids).execute();
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
    .executeTakeFirst();
}

/** The present members of the active family with this KK number in this village. */
export function membersByKk(db: Db, village: string, kk: string) {
  return residentsOf(db, village)
    .where('f.kk_number', '=', kk)
    .where('f.active', '=', true)
    .orderBy('r.relationship')
    .orderBy('r.full_name')
    .execute();
}

/**
 * The programs reaching each resident: as a person, through their family (KK) or through their household.
 * Ended enrolments stay visible for a year, so a family that stopped receiving sees that it did.
 */
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
      WHERE r.village_code = ${village} AND r.id IN (${sql.join(residentIds)})
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
    SELECT reach.person_id AS resident_id, prog.code, prog.name, reach.status,
           to_char(reach.start_date, 'YYYY-MM-DD') AS start_date,
           to_char(reach.end_date, 'YYYY-MM-DD') AS end_date
    FROM reach
    JOIN assistance_program prog ON prog.id = reach.program_id
    WHERE reach.status <> 'exited' OR reach.status_changed_at > now() - interval '1 year'
    ORDER BY reach.person_id, prog.code, reach.status_changed_at DESC`
    .execute(db)
    .then((result) => result.rows);
}
