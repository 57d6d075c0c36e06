// The "changed since" marker of stored targeting counts (migration 0031) and stored map figures (0032): every
// transaction that writes what a village's targeting verdicts or map figures read (its residents, families and
// households, their welfare facts, the enrolments of any program) raises the village's version before it
// commits; the ranking run raises it right after each village's rescoring commits (ranking/runner.ts). There
// are no triggers on village tables (the Citus rule), so writers call this, as they call the population_stat
// refresh; a source test (village-version.test.ts) finds writers that do not.
import { sql } from 'kysely';
import type { Db } from '../../../../db/database.ts';

/**
 * Raises the version of each village, in the caller's transaction. Villages are taken in code order, so two
 * transactions marking the same villages wait for each other instead of deadlocking.
 */
export async function markTargetingChanged(db: Db, villageCodes: Iterable<string>): Promise<void> {
  const codes = [...new Set(villageCodes)].sort();
  if (codes.length === 0) return;
  await sql`
    INSERT INTO targeting_village_version AS v (village_code, version, changed_at)
    SELECT code, 1, now() FROM unnest(${codes}::text[]) AS code ORDER BY code
    ON CONFLICT (village_code) DO UPDATE SET version = v.version + 1, changed_at = excluded.changed_at
  `.execute(db);
}

/**
 * Every village with stored targeting counts or map figures is stale (a bulk load that wrote the tables
 * directly, a ranking run cut short).
 */
export async function markAllTargetingChanged(db: Db): Promise<void> {
  await sql`
    INSERT INTO targeting_village_version AS v (village_code, version, changed_at)
    SELECT village_code, 1, now()
    FROM (SELECT village_code FROM targeting_village_count UNION SELECT village_code FROM map_village_figures) kept
    ORDER BY village_code
    ON CONFLICT (village_code) DO UPDATE SET version = v.version + 1, changed_at = excluded.changed_at
  `.execute(db);
}
