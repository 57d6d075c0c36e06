// Writes current scores: one statement per batch of units and model, rows passed as one JSON array
// (jsonb_to_recordset) so a village's thousands of scores are a handful of statements on both engines; a
// score that comes out as stored is not rewritten.
// targeting-version: current scores are what the poverty map's stored figures count as complete, so their
// writers raise the village's version: facts and registry writes in their own transaction, before they rescore;
// the ranking run right after each village's rescoring commits (ranking/runner.ts says why not inside it).
import { sql } from 'kysely';
import type { Db } from '../../../../db/database.ts';

export interface ScoreRow {
  unit_id: string;
  score: number;
  complete: boolean;
  missing: string[];
  reasons: { variable: string; points: number }[];
}

const BATCH = 2000;

/**
 * One statement per batch: the rows as a JSON array (`missing` read straight into text[]), written in the order
 * of the key (the index pages in turn, not at random); a unit whose score, completeness, missing facts and
 * reasons are what is stored already is left as it is (its `computed_at` stays the time that score was first
 * computed). A regency ranking run recomputes every score and most come out the same; rewriting them was most
 * of the run's time (docs/BENCHMARKS.md, "Welfare ranking run").
 */
function upsertScores(table: 'household_welfare_score' | 'family_welfare_score') {
  const unit = table === 'household_welfare_score' ? 'household_id' : 'family_id';
  return async (trx: Db, villageCode: string, modelId: string, rows: readonly ScoreRow[]) => {
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = JSON.stringify(rows.slice(start, start + BATCH));
      await sql`
        INSERT INTO ${sql.table(table)} AS s (village_code, ${sql.ref(unit)}, model_id, score, complete, missing,
          reasons, computed_at)
        SELECT ${villageCode}, x.unit_id, ${modelId}, x.score, x.complete, x.missing, x.reasons, now()
        FROM jsonb_to_recordset(${batch}::jsonb)
          AS x(unit_id uuid, score numeric, complete boolean, missing text[], reasons jsonb)
        ORDER BY x.unit_id
        ON CONFLICT (village_code, ${sql.ref(unit)}, model_id) DO UPDATE SET
          score = excluded.score, complete = excluded.complete, missing = excluded.missing,
          reasons = excluded.reasons, computed_at = excluded.computed_at
        WHERE (s.score, s.complete, s.missing, s.reasons)
          IS DISTINCT FROM (excluded.score, excluded.complete, excluded.missing, excluded.reasons)`.execute(
        trx,
      );
    }
  };
}

export const upsertHouseholdScores = upsertScores('household_welfare_score');
export const upsertFamilyScores = upsertScores('family_welfare_score');

/**
 * A score as one line of text, the same whether made here from a computed row or by storedScoreSignatures from
 * a stored one: "12.00|true|<missing>|floor_earth:6,no_toilet:5". Equal lines mean an equal score,
 * completeness, missing facts and reasons (in order), so the row need not be sent to be compared.
 */
export function scoreSignature(row: ScoreRow): string {
  const reasons = row.reasons.map((r) => `${r.variable}:${r.points}`).join(',');
  return `${row.score.toFixed(2)}|${row.complete}|${row.missing.join(',')}|${reasons}`;
}

/**
 * The stored scores of a village (the units given, or all of them) as `unit|model` → scoreSignature, so that a
 * recompute sends only the scores that changed: reading a line per score costs the database far less than
 * receiving, parsing and comparing every score again (a regency ranking run mostly finds them unchanged).
 */
export async function storedScoreSignatures(
  trx: Db,
  table: 'household_welfare_score' | 'family_welfare_score',
  villageCode: string,
  unitIds: readonly string[] | null,
): Promise<Map<string, string>> {
  const unit = table === 'household_welfare_score' ? 'household_id' : 'family_id';
  const { rows } = await sql<{ key: string; signature: string }>`
    SELECT ${sql.ref(unit)}::text || '|' || model_id AS key,
      score::text || '|' || complete::text || '|' || array_to_string(missing, ',') || '|' ||
      COALESCE((SELECT string_agg((r ->> 'variable') || ':' || (r ->> 'points'), ',' ORDER BY n)
        FROM jsonb_array_elements(reasons) WITH ORDINALITY AS e(r, n)), '') AS signature
    FROM ${sql.table(table)}
    WHERE village_code = ${villageCode}
      AND (${unitIds === null} OR ${sql.ref(unit)} = ANY(${unitIds ?? []}::uuid[]))`.execute(trx);
  return new Map(rows.map((row) => [row.key, row.signature]));
}

/** A household's current score per kind: under the active model, or (until its next recompute after a
 * weight change) under the version it was last computed with; the model id says which. */
export async function householdScores(db: Db, villageCode: string, householdId: string) {
  const result = await sql<{
    model_id: string;
    kind: string;
    score: string;
    complete: boolean;
    missing: string[];
    reasons: { variable: string; points: number }[];
    computed_at: Date;
  }>`
    SELECT DISTINCT ON (m.kind) s.model_id, m.kind, s.score, s.complete, s.missing, s.reasons, s.computed_at
    FROM household_welfare_score s JOIN welfare_model m ON m.id = s.model_id
    WHERE s.village_code = ${villageCode} AND s.household_id = ${householdId}
    ORDER BY m.kind DESC, m.active DESC, s.computed_at DESC`.execute(db);
  return result.rows;
}

export async function householdExists(db: Db, villageCode: string, householdId: string) {
  const row = await db
    .selectFrom('household')
    .select('id')
    .where('village_code', '=', villageCode)
    .where('id', '=', householdId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The household's place in every done ranking run, newest first. */
export async function householdDeciles(db: Db, villageCode: string, householdId: string) {
  return db
    .selectFrom('household_decile as d')
    .innerJoin('welfare_ranking_run as r', 'r.id', 'd.run_id')
    .select(['d.run_id', 'r.model_id', 'r.finished_at', 'd.decile', 'd.score'])
    .where('d.village_code', '=', villageCode)
    .where('d.household_id', '=', householdId)
    .where('r.status', '=', 'done')
    .orderBy('r.finished_at', 'desc')
    .execute();
}

/** A household deleted as registered by mistake takes its current scores with it (its deciles in past runs
 * stay: a run is a record of its day). */
export async function deleteHouseholdScores(trx: Db, villageCode: string, householdId: string) {
  await trx
    .deleteFrom('household_welfare_score')
    .where('village_code', '=', villageCode)
    .where('household_id', '=', householdId)
    .execute();
}
