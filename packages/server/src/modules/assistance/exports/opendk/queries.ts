// The open enrolments of an area with what OpenDK's exchange carries about each: the program, the unit's
// number (NIK, KK number, household number or group code) and the card holder (the resident; a family's or
// household's head) with birth data and address, in one statement ordered by village, program and line.
import { sql } from 'kysely';
import type { Db } from '../../../../db/database.ts';
import { inArea } from '../../../../platform/area/in-area.ts';

export interface OpendkExportRow {
  id: string;
  village_code: string;
  unit_type: string;
  card_number: string | null;
  group_code: string | null;
  household_no: string | null;
  program_id: string;
  program_name: string;
  description: string | null;
  target_unit: string;
  fund_source: string;
  period_start: string | null;
  period_end: string | null;
  active: boolean;
  opensid_id: string | null;
  level: string;
  nik: string | null;
  full_name: string | null;
  birth_place: string | null;
  birth_date: string | null;
  kk_number: string | null;
  dusun: string | null;
  rw: string | null;
  rt: string | null;
}

export async function opendkExportRows(db: Db, area: string, limit: number): Promise<OpendkExportRow[]> {
  const result = await sql<OpendkExportRow>`
    WITH listed AS (
      SELECT e.*, h.household_no, h.dusun AS h_dusun, h.rw AS h_rw, h.rt AS h_rt,
        COALESCE(e.resident_id, h.head_resident_id,
          (SELECT r.id FROM resident r
            WHERE r.village_code = e.village_code AND r.family_id = e.family_id AND r.relationship = 1
            ORDER BY r.status_code LIMIT 1)) AS person_id
      FROM assistance_enrolment e
      LEFT JOIN household h ON h.village_code = e.village_code AND h.id = e.household_id
      WHERE e.status <> 'exited' AND ${inArea('e.village_code', area)}
    )
    SELECT l.id, l.village_code, l.unit_type, l.card_number, l.group_code, l.household_no,
      pr.id AS program_id, pr.name AS program_name, pr.description, pr.target_unit, pr.fund_source,
      to_char(pr.period_start, 'YYYY-MM-DD') AS period_start, to_char(pr.period_end, 'YYYY-MM-DD') AS period_end,
      pr.active, pr.opensid_id, pr.level,
      p.nik, p.full_name, p.birth_place, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date,
      COALESCE(ef.kk_number, f.kk_number) AS kk_number,
      COALESCE(l.h_dusun, f.dusun) AS dusun, COALESCE(l.h_rw, f.rw) AS rw, COALESCE(l.h_rt, f.rt) AS rt
    FROM listed l
    JOIN assistance_program pr ON pr.id = l.program_id
    LEFT JOIN resident p ON p.village_code = l.village_code AND p.id = l.person_id
    LEFT JOIN family ef ON ef.village_code = l.village_code AND ef.id = l.family_id
    LEFT JOIN family f ON f.village_code = l.village_code AND f.id = p.family_id
    ORDER BY l.village_code, pr.code, l.card_number NULLS LAST, l.id
    LIMIT ${limit}`.execute(db);
  return result.rows;
}
