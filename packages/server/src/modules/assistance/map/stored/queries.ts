// SQL of the stored poverty-map figures (migration 0032). A village's row is written by wrapping the very
// statements that count afresh (welfareCountsQuery, recipientCountsQuery) and reading, in that same statement, the
// inputs they depend on: the village's version, the latest finished ranking run and the active score model. One
// statement sees one snapshot, so the stored inputs are exactly those the counts were computed from; a write
// committed meanwhile raised the version after it.
import { sql } from 'kysely';
import type { Db } from '../../../../db/database.ts';
import { inArea } from '../../../../platform/area/in-area.ts';
import { inMemory } from '../../targeting/queries.ts';
import { latestRun } from '../../targeting/units.ts';
import { ACTIVE_SCORE_MODEL, recipientCountsQuery, welfareCountsQuery } from '../figures-queries.ts';

/**
 * Counts every village of `area` afresh (one village, or a whole area in one statement) and stores the counts
 * with their inputs; recipients of programs no longer reaching anyone there are removed. Returns how many
 * villages were stored.
 */
export async function storeMapFigures(db: Db, area: string): Promise<number> {
  const { rows } = await inMemory(db, (trx) =>
    sql<{ villages: number }>`
    WITH w AS (${welfareCountsQuery(trx, area)}),
    r AS (${recipientCountsQuery(trx, area)}),
    stored AS (
      INSERT INTO map_village_figures AS f (village_code, village_version, run_id, score_model_id, ranked,
        target_deciles, complete_scores, computed_at)
      SELECT w.village_code, COALESCE(v.version, 0), w.run_id, w.score_model_id, w.ranked, w.target_deciles,
        w.complete, now()
      FROM w LEFT JOIN targeting_village_version v ON v.village_code = w.village_code
      ON CONFLICT (village_code) DO UPDATE SET village_version = excluded.village_version,
        run_id = excluded.run_id, score_model_id = excluded.score_model_id, ranked = excluded.ranked,
        target_deciles = excluded.target_deciles, complete_scores = excluded.complete_scores,
        computed_at = excluded.computed_at
      RETURNING f.village_code),
    gone AS (
      DELETE FROM map_village_recipients m
      WHERE ${inArea('m.village_code', area)}
        AND NOT EXISTS (SELECT 1 FROM r WHERE r.village_code = m.village_code AND r.program_id = m.program_id)
      RETURNING m.village_code),
    reached AS (
      INSERT INTO map_village_recipients AS m (village_code, program_id, households)
      SELECT village_code, program_id, households FROM r
      ON CONFLICT (village_code, program_id) DO UPDATE SET households = excluded.households
      RETURNING m.village_code)
    SELECT (SELECT count(*) FROM stored)::int AS villages`.execute(trx),
  );
  return rows[0]?.villages ?? 0;
}

export interface StoredFiguresRow {
  village_code: string;
  /** Null: never counted. */
  computed_at: Date | null;
  /** The stored row's inputs are all today's: its counts are what a fresh count would answer. */
  current: boolean;
  ranked: number | null;
  target_deciles: number | null;
  complete_scores: number | null;
  /** Households reached per program id (the programs asked for; a program missing reaches none). */
  recipients: Record<string, number>;
}

/**
 * Every village of the area with its stored figures, if any, whether they are current, and the recipients of
 * the programs given: one statement, so the flag and the counts come from one snapshot.
 */
export async function storedMapFigures(
  db: Db,
  area: string,
  programIds: readonly string[],
): Promise<StoredFiguresRow[]> {
  const { rows } = await sql<StoredFiguresRow>`
    SELECT a.code AS village_code, f.computed_at,
      COALESCE(f.village_version = COALESCE(v.version, 0) AND f.run_id IS NOT DISTINCT FROM ${latestRun}
        AND f.score_model_id IS NOT DISTINCT FROM ${ACTIVE_SCORE_MODEL}, false) AS current,
      f.ranked, f.target_deciles, f.complete_scores,
      COALESCE((SELECT jsonb_object_agg(m.program_id, m.households) FROM map_village_recipients m
        WHERE m.village_code = a.code AND m.program_id = ANY(${[...programIds]}::uuid[])), '{}'::jsonb) AS recipients
    FROM region a
    LEFT JOIN map_village_figures f ON f.village_code = a.code
    LEFT JOIN targeting_village_version v ON v.village_code = a.code
    WHERE a.level = 'village' AND ${inArea('a.code', area)}
    ORDER BY a.code`.execute(db);
  return rows;
}
