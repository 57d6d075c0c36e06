// Every statement of the by-name-by-address export: the program, and its enrolments in an area with the
// person each is listed under (the resident; a family's head; a household's head), their card, and the
// address (dusun/RW/RT) of the household or family card, in one statement ordered as the list prints.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { inArea } from '../../../platform/area/in-area.ts';

export function findProgram(db: Db, id: string) {
  return db
    .selectFrom('assistance_program')
    .select(['id', 'code', 'name', 'level', 'owner_area_code', 'target_unit'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findRegionName(db: Db, code: string) {
  return db.selectFrom('region').select(['code', 'name']).where('code', '=', code).executeTakeFirst();
}

export interface BnbaRow {
  id: string;
  village_code: string;
  village_name: string;
  unit_type: string;
  status: string;
  card_number: string | null;
  start_date: string | null;
  group_code: string | null;
  full_name: string | null;
  nik: string | null;
  kk_number: string | null;
  dusun: string | null;
  rw: string | null;
  rt: string | null;
  address: string | null;
}

export async function bnbaRows(
  db: Db,
  programId: string,
  area: string,
  status: string | undefined,
  limit: number,
): Promise<BnbaRow[]> {
  const statusFilter = status === undefined ? sql`e.status <> 'exited'` : sql`e.status = ${status}`;
  const result = await sql<BnbaRow>`
    WITH listed AS (
      SELECT e.*, h.head_resident_id, h.dusun AS h_dusun, h.rw AS h_rw, h.rt AS h_rt, h.address AS h_address,
        COALESCE(e.resident_id, h.head_resident_id,
          (SELECT r.id FROM resident r
            WHERE r.village_code = e.village_code AND r.family_id = e.family_id AND r.relationship = 1
            ORDER BY r.status_code LIMIT 1)) AS person_id
      FROM assistance_enrolment e
      LEFT JOIN household h ON h.village_code = e.village_code AND h.id = e.household_id
      WHERE e.program_id = ${programId} AND ${statusFilter} AND ${inArea('e.village_code', area)}
    )
    SELECT l.id, l.village_code, v.name AS village_name, l.unit_type, l.status, l.card_number,
      to_char(l.start_date, 'YYYY-MM-DD') AS start_date, l.group_code, p.full_name, p.nik, f.kk_number,
      COALESCE(l.h_dusun, f.dusun) AS dusun, COALESCE(l.h_rw, f.rw) AS rw, COALESCE(l.h_rt, f.rt) AS rt,
      COALESCE(l.h_address, f.address) AS address
    FROM listed l
    JOIN region v ON v.code = l.village_code
    LEFT JOIN resident p ON p.village_code = l.village_code AND p.id = l.person_id
    LEFT JOIN family f ON f.village_code = l.village_code AND f.id = COALESCE(l.family_id, p.family_id)
    ORDER BY l.village_code, dusun NULLS LAST, rw NULLS LAST, rt NULLS LAST, p.full_name, l.id
    LIMIT ${limit}`.execute(db);
  return result.rows;
}
