// SQL of duplicates and stale records among open enrolments of an area, one set-based statement per kind:
// - `shared_person`: one person (by NIK) reached by two open enrolments of the same program: listed in two
//   enrolled families (two KKs), or reached twice (a member enrolled on their own and through their family);
// - `exclusive_programs`: a household reached by two programs that exclude each other (assistance_program_exclusion);
// - `gone`: a recipient who died or moved out (resident status 2/3), or a family or household nobody present is left in.
// Only enrolments inside the area are read: a village sees its own, the regency sees across its villages.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { inArea } from '../../../platform/area/in-area.ts';

export const DUPLICATE_KINDS = ['shared_person', 'exclusive_programs', 'gone'] as const;
export type DuplicateKind = (typeof DUPLICATE_KINDS)[number];

const open = (area: string, program: string | undefined) =>
  sql`e.status <> 'exited' AND ${inArea('e.village_code', area)} ${program ? sql`AND e.program_id = ${program}` : sql``}`;

/** Every present person each open enrolment reaches (a resident enrolment reaches the person whatever their status). */
function reached(area: string, program: string | undefined) {
  return sql`SELECT e.program_id, e.id AS enrolment_id, r.village_code, r.id AS resident_id, r.nik, r.family_id
      FROM assistance_enrolment e JOIN resident r ON r.village_code = e.village_code AND r.id = e.resident_id
      WHERE ${open(area, program)}
    UNION ALL SELECT e.program_id, e.id, r.village_code, r.id, r.nik, r.family_id
      FROM assistance_enrolment e JOIN resident r ON r.village_code = e.village_code AND r.family_id = e.family_id AND r.status_code = 1
      WHERE ${open(area, program)}
    UNION ALL SELECT e.program_id, e.id, r.village_code, r.id, r.nik, r.family_id
      FROM assistance_enrolment e
      JOIN family f ON f.village_code = e.village_code AND f.household_id = e.household_id AND f.active
      JOIN resident r ON r.village_code = f.village_code AND r.family_id = f.id AND r.status_code = 1
      WHERE ${open(area, program)}`;
}

/** The columns every kind answers: where, which programs, who (a resident, family or household), and why. */
const KIND_SQL: Record<DuplicateKind, (area: string, program: string | undefined) => RawBuilder<unknown>> = {
  shared_person: (
    area,
    program,
  ) => sql`SELECT 'shared_person'::text AS kind, min(x.village_code) AS village_code,
      ARRAY[x.program_id] AS program_ids, NULL::uuid AS household_id, NULL::uuid AS family_id,
      (array_agg(x.resident_id ORDER BY x.village_code, x.resident_id))[1] AS resident_id,
      CASE WHEN count(DISTINCT x.family_id) > 1 THEN 'two_families' ELSE 'reached_twice' END AS detail,
      count(DISTINCT x.enrolment_id)::int AS enrolments
    FROM (${reached(area, program)}) x GROUP BY x.program_id, x.nik HAVING count(DISTINCT x.enrolment_id) > 1`,

  exclusive_programs: (area, program) => sql`SELECT 'exclusive_programs'::text AS kind, a.village_code,
      ARRAY[x.program_id, x.other_program_id] AS program_ids, a.household_id, NULL::uuid AS family_id,
      NULL::uuid AS resident_id, 'exclusive'::text AS detail, 2 AS enrolments
    FROM assistance_program_exclusion x
    JOIN (SELECT DISTINCT e.program_id, e.village_code, COALESCE(e.household_id, f.household_id, rf.household_id) AS household_id
      FROM assistance_enrolment e
      LEFT JOIN family f ON f.village_code = e.village_code AND f.id = e.family_id
      LEFT JOIN resident r ON r.village_code = e.village_code AND r.id = e.resident_id
      LEFT JOIN family rf ON rf.village_code = r.village_code AND rf.id = r.family_id
      WHERE ${open(area, undefined)}) a ON a.program_id = x.program_id AND a.household_id IS NOT NULL
    JOIN (SELECT DISTINCT e.program_id, e.village_code, COALESCE(e.household_id, f.household_id, rf.household_id) AS household_id
      FROM assistance_enrolment e
      LEFT JOIN family f ON f.village_code = e.village_code AND f.id = e.family_id
      LEFT JOIN resident r ON r.village_code = e.village_code AND r.id = e.resident_id
      LEFT JOIN family rf ON rf.village_code = r.village_code AND rf.id = r.family_id
      WHERE ${open(area, undefined)}) b
      ON b.program_id = x.other_program_id AND b.village_code = a.village_code AND b.household_id = a.household_id
    ${program ? sql`WHERE ${program} IN (x.program_id, x.other_program_id)` : sql``}`,

  gone: (
    area,
    program,
  ) => sql`SELECT 'gone'::text AS kind, e.village_code, ARRAY[e.program_id] AS program_ids,
      e.household_id, e.family_id, e.resident_id,
      CASE WHEN r.status_code = 2 THEN 'died' WHEN r.status_code = 3 THEN 'moved' ELSE 'no_members' END AS detail,
      1 AS enrolments
    FROM assistance_enrolment e
    LEFT JOIN resident r ON r.village_code = e.village_code AND r.id = e.resident_id
    WHERE ${open(area, program)} AND (
      (e.unit_type = 'resident' AND r.status_code IN (2, 3))
      OR (e.unit_type = 'family' AND NOT EXISTS (SELECT 1 FROM family f JOIN resident m ON m.village_code = f.village_code
        AND m.family_id = f.id AND m.status_code = 1 WHERE f.village_code = e.village_code AND f.id = e.family_id AND f.active))
      OR (e.unit_type = 'household' AND NOT EXISTS (SELECT 1 FROM family f JOIN resident m ON m.village_code = f.village_code
        AND m.family_id = f.id AND m.status_code = 1 WHERE f.village_code = e.village_code AND f.household_id = e.household_id AND f.active)))`,
};

/** How many of each kind the area holds: one statement. */
export async function duplicateCounts(db: Db, area: string, program: string | undefined) {
  const { rows } = await sql<Record<DuplicateKind, number>>`SELECT
      (SELECT count(*) FROM (${KIND_SQL.shared_person(area, program)}) k)::int AS shared_person,
      (SELECT count(*) FROM (${KIND_SQL.exclusive_programs(area, program)}) k)::int AS exclusive_programs,
      (SELECT count(*) FROM (${KIND_SQL.gone(area, program)}) k)::int AS gone`.execute(db);
  return rows[0]!;
}

export interface DuplicateRow {
  kind: DuplicateKind;
  village_code: string;
  village_name: string;
  program_codes: string[];
  program_names: string[];
  household_id: string | null;
  family_id: string | null;
  resident_id: string | null;
  detail: string;
  enrolments: number;
  name: string | null;
  identifier: string | null;
  household_no: string | null;
}

/** A page of one kind, with who each row is about (a resident's NIK, else the family's KK number). */
export async function duplicatePage(
  db: Db,
  area: string,
  kind: DuplicateKind,
  program: string | undefined,
  paging: { limit: number; offset: number },
) {
  const { rows } = await sql<DuplicateRow>`
    WITH k AS (${KIND_SQL[kind](area, program)}),
    p AS (SELECT * FROM k ORDER BY k.village_code, k.program_ids, k.resident_id, k.family_id, k.household_id
      LIMIT ${paging.limit} OFFSET ${paging.offset})
    SELECT p.*, v.name AS village_name,
      (SELECT array_agg(ap.code ORDER BY ap.code) FROM assistance_program ap WHERE ap.id = ANY(p.program_ids)) AS program_codes,
      (SELECT array_agg(ap.name ORDER BY ap.code) FROM assistance_program ap WHERE ap.id = ANY(p.program_ids)) AS program_names,
      COALESCE(r.full_name, fh.full_name, hh.full_name) AS name,
      COALESCE(r.nik, f.kk_number) AS identifier, h.household_no
    FROM p JOIN region v ON v.code = p.village_code
    LEFT JOIN resident r ON r.village_code = p.village_code AND r.id = p.resident_id
    LEFT JOIN family f ON f.village_code = p.village_code AND f.id = p.family_id
    LEFT JOIN LATERAL (SELECT m.full_name FROM resident m WHERE m.village_code = f.village_code AND m.family_id = f.id
      ORDER BY m.relationship NULLS LAST LIMIT 1) fh ON true
    LEFT JOIN household h ON h.village_code = p.village_code AND h.id = p.household_id
    LEFT JOIN resident hh ON hh.village_code = h.village_code AND hh.id = h.head_resident_id
    ORDER BY p.village_code, p.program_ids, p.resident_id, p.family_id, p.household_id`.execute(db);
  return rows;
}
