// Ranking runs: the run rows, their progress, and the one statement that ranks a regency's households.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { inArea } from '../../../platform/area/in-area.ts';

export const runColumns = [
  'id',
  'model_id',
  'area_code',
  'status',
  'progress_done',
  'progress_total',
  'households_ranked',
  'households_incomplete',
  'decile_counts',
  'decile_cutoffs',
  'error',
  'started_at',
  'finished_at',
] as const;

export async function busyRun(db: Db) {
  return db
    .selectFrom('welfare_ranking_run')
    .select('id')
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
}

export async function insertRun(
  trx: Db,
  run: { id: string; modelId: string; areaCode: string; startedBy: string },
) {
  await trx
    .insertInto('welfare_ranking_run')
    .values({
      id: run.id,
      model_id: run.modelId,
      area_code: run.areaCode,
      status: 'running',
      started_by: run.startedBy,
    })
    .execute();
}

/** Villages of the area that have households, in code order (the run's steps). */
export async function villagesWithHouseholds(db: Db, areaCode: string) {
  const result = await sql<{ village_code: string }>`
    SELECT DISTINCT village_code FROM household
    WHERE ${inArea('village_code', areaCode)}
    ORDER BY village_code`.execute(db);
  return result.rows.map((row) => row.village_code);
}

export async function setProgress(db: Db, runId: string, done: number, total: number) {
  await db
    .updateTable('welfare_ranking_run')
    .set({ progress_done: done, progress_total: total })
    .where('id', '=', runId)
    .execute();
}

/**
 * Ranks every household of the area with a complete score under the model into deciles, in one set-based
 * statement: decile = 1 + floor(10 × (households scoring strictly higher) / n), as the domain's
 * rankIntoDeciles does, so equal scores share a decile. The rows go in in the order of the table's keys (both
 * indexes begin with village and household): half a million inserts in score order touched index pages at
 * random and took a third longer at regency scale.
 */
export async function insertDeciles(trx: Db, runId: string, modelId: string, areaCode: string) {
  await sql`
    INSERT INTO household_decile (village_code, run_id, household_id, score, decile)
    SELECT village_code, ${runId}::uuid, household_id, score, decile FROM (
      SELECT village_code, household_id, score,
             1 + floor(10.0 * (rank() OVER (ORDER BY score DESC) - 1) / count(*) OVER ())::int AS decile
      FROM household_welfare_score
      WHERE model_id = ${modelId} AND complete
        AND ${inArea('village_code', areaCode)}) ranked
    ORDER BY village_code, household_id`.execute(trx);
}

export async function decileSummary(trx: Db, runId: string) {
  const result = await sql<{ decile: number; households: number; lowest: string }>`
    SELECT decile, count(*)::int AS households, min(score)::text AS lowest
    FROM household_decile WHERE run_id = ${runId} GROUP BY decile ORDER BY decile`.execute(trx);
  return result.rows;
}

export async function countIncomplete(trx: Db, modelId: string, areaCode: string) {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM household_welfare_score
    WHERE model_id = ${modelId} AND NOT complete
      AND ${inArea('village_code', areaCode)}`.execute(trx);
  return result.rows[0]!.n;
}

export async function finishRun(
  trx: Db,
  runId: string,
  summary: {
    ranked: number;
    incomplete: number;
    counts: number[];
    cutoffs: (string | null)[];
    total: number;
  },
) {
  await trx
    .updateTable('welfare_ranking_run')
    .set({
      status: 'done',
      progress_done: summary.total,
      progress_total: summary.total,
      households_ranked: summary.ranked,
      households_incomplete: summary.incomplete,
      decile_counts: summary.counts,
      decile_cutoffs: summary.cutoffs as unknown as string[],
      finished_at: new Date(),
    })
    .where('id', '=', runId)
    .execute();
}

export async function failRun(db: Db, runId: string, error: string) {
  await db
    .updateTable('welfare_ranking_run')
    .set({ status: 'failed', error, finished_at: new Date() })
    .where('id', '=', runId)
    .execute();
}

/** At start-up: a run a stopped process left running will never finish. Returns how many there were. */
export async function failInterruptedRuns(db: Db, error: string): Promise<number> {
  const result = await db
    .updateTable('welfare_ranking_run')
    .set({ status: 'failed', error, finished_at: new Date() })
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listRuns(db: Db, limit: number) {
  return db
    .selectFrom('welfare_ranking_run')
    .select(runColumns)
    .orderBy('started_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function runById(db: Db, runId: string) {
  return db.selectFrom('welfare_ranking_run').select(runColumns).where('id', '=', runId).executeTakeFirst();
}
