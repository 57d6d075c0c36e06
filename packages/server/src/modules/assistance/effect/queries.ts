// A program's effect: how its recipients' households sat in the deciles of each done ranking run, and its
// exits by reason per year. A recipient is an enrolment that was active, suspended or exited; it counts in a
// run when it had started by the run's day and had not yet ended. Its household is the household it belongs
// to now (a household enrolment's own; a family's or a resident's family's household).
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { inArea } from '../../../platform/area/in-area.ts';

export async function programOwner(db: Db, programId: string) {
  return db
    .selectFrom('assistance_program')
    .select(['id', 'code', 'name', 'level', 'owner_area_code'])
    .where('id', '=', programId)
    .executeTakeFirst();
}

export interface RunDecileRow {
  run_id: string;
  model_id: string;
  finished_at: Date;
  decile: number | null;
  households: number;
  score_sum: string | null;
}

export async function recipientDecilesPerRun(db: Db, programId: string, area: string) {
  const result = await sql<RunDecileRow>`
    WITH recipient AS (
      SELECT e.village_code, e.start_date, e.status,
             coalesce(e.end_date, e.status_changed_at::date) AS ended_on,
             coalesce(e.household_id, f.household_id, rf.household_id) AS household_id,
             e.id AS enrolment_id
      FROM assistance_enrolment e
      LEFT JOIN family f ON f.village_code = e.village_code AND f.id = e.family_id
      LEFT JOIN resident r ON r.village_code = e.village_code AND r.id = e.resident_id
      LEFT JOIN family rf ON rf.village_code = r.village_code AND rf.id = r.family_id
      WHERE e.program_id = ${programId} AND e.status IN ('active', 'suspended', 'exited')
        AND ${inArea('e.village_code', area)}
    ), unit AS (
      SELECT DISTINCT run.id AS run_id, rc.village_code,
             coalesce(rc.household_id::text, rc.enrolment_id::text) AS unit_key, rc.household_id
      FROM welfare_ranking_run run
      JOIN recipient rc
        ON (rc.start_date IS NULL OR rc.start_date <= run.finished_at::date)
       AND (rc.status <> 'exited' OR rc.ended_on > run.finished_at::date)
      WHERE run.status = 'done'
    )
    SELECT run.id AS run_id, run.model_id, run.finished_at, d.decile, count(u.unit_key)::int AS households,
           sum(d.score)::text AS score_sum
    FROM welfare_ranking_run run
    LEFT JOIN unit u ON u.run_id = run.id
    LEFT JOIN household_decile d
      ON d.run_id = run.id AND d.village_code = u.village_code AND d.household_id = u.household_id
    WHERE run.status = 'done'
    GROUP BY run.id, run.model_id, run.finished_at, d.decile
    ORDER BY run.finished_at DESC, run.id, d.decile`.execute(db);
  return result.rows;
}

export async function exitsPerYear(db: Db, programId: string, area: string) {
  const result = await sql<{ year: number; reason: string; enrolments: number }>`
    SELECT extract(year FROM coalesce(end_date, status_changed_at::date))::int AS year,
           exit_reason AS reason, count(*)::int AS enrolments
    FROM assistance_enrolment
    WHERE program_id = ${programId} AND status = 'exited' AND ${inArea('village_code', area)}
    GROUP BY 1, 2 ORDER BY 1 DESC, 2`.execute(db);
  return result.rows;
}
