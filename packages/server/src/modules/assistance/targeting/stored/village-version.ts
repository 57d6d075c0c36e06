// The "changed since" marker of stored targeting counts (migration 0031): every transaction that writes what a
// village's targeting verdicts read (its residents, families and households, their welfare facts, the
// enrolments of any program) raises the village's version before it commits. There are no triggers on
// village tables (the Citus rule), so writers call this, as they call the population_stat refresh; a source
// test (village-version.test.ts) finds writers that do not.
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

/** Every village with stored counts is stale (a bulk load that wrote the tables directly, e.g. the seed). */
export async function markAllTargetingChanged(db: Db): Promise<void> {
  await sql`
    INSERT INTO targeting_village_version AS v (village_code, version, changed_at)
    SELECT DISTINCT village_code, 1, now() FROM targeting_village_count ORDER BY village_code
    ON CONFLICT (village_code) DO UPDATE SET version = v.version + 1, changed_at = excluded.changed_at
  `.execute(db);
}
