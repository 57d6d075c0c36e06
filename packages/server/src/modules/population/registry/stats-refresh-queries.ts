// Recomputes villages' statistics. Called inside every transaction that changes a village's residents,
// families or households (which also records the time of the change), so the figures are never stale by more
// than a day of ageing (refreshAllStaleStats at start-up and every few
// hours moves people into their new age band). Set-based within a village, one village per statement: on
// Citus a statement confined to one village runs whole on that village's shard, while GROUPING across
// shards is refused ("could not run distributed query with GROUPING").
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { allowLongStatements } from '../../../db/statement-timeout.ts';
import { EXPECTED_HOUSING_COLUMNS } from '@smart-kampung/domain';
import { housingAnswered } from '../households/list/queries.ts';
import { markTargetingChanged } from '../../assistance/targeting/stored/village-version.ts';

/**
 * The first birth date of each age band from 75 down to 5, ascending: someone born before
 * (today - N years + 1 day) is N or older. width_bucket over these gives 0 for 75+, 1 for 70-74 ... 15 for 0-4.
 */
const AGE_BAND_BOUNDARIES = sql`
  SELECT array_agg((current_date - make_interval(years => n))::date + 1 ORDER BY n DESC) AS boundaries
  FROM generate_series(5, 75, 5) AS n`;

/** The label of a width_bucket band, as the statistics API and charts know them ('0-4' ... '70-74', '75+'). */
const ageBandLabel = (band: RawBuilder<unknown>) =>
  sql`CASE WHEN ${band} = 0 THEN '75+' ELSE (75 - 5 * ${band})::text || '-' || (79 - 5 * ${band})::text END`;

export async function refreshStats(db: Db, villageCodes: readonly string[]) {
  for (const villageCode of villageCodes) await refreshOneVillage(db, villageCode);
}

async function refreshOneVillage(db: Db, villageCode: string) {
  const codes = sql`${[villageCode]}::text[]`;
  await sql`DELETE FROM population_stat WHERE village_code = ANY(${codes})`.execute(db);
  // One pass over the residents: each is counted once per dimension through grouping sets, instead of fanning
  // every resident out into six rows first (five times faster at scale). The age band is found by comparing the
  // birth date with the 15 band boundaries computed once (born before today minus N years plus a day means
  // aged N or more), not by age() per person, which cost more than all the counting; village codes group
  // byte-wise, as codes should.
  await sql`
    INSERT INTO population_stat (village_code, dimension, key, male, female, total)
    SELECT village_code, dimension, key, male, female, total FROM (
      SELECT p.village_code,
        CASE WHEN grouping(p.band) = 0 THEN 'age_band' WHEN grouping(p.religion) = 0 THEN 'religion'
             WHEN grouping(p.education_kk) = 0 THEN 'education_kk' WHEN grouping(p.occupation) = 0 THEN 'occupation'
             WHEN grouping(p.marital_status) = 0 THEN 'marital_status' ELSE 'totals' END AS dimension,
        CASE WHEN grouping(p.band) = 0 THEN ${ageBandLabel(sql`p.band`)}
             WHEN grouping(p.religion) = 0 THEN p.religion::text
             WHEN grouping(p.education_kk) = 0 THEN p.education_kk::text
             WHEN grouping(p.occupation) = 0 THEN p.occupation::text
             WHEN grouping(p.marital_status) = 0 THEN p.marital_status::text ELSE 'residents' END AS key,
        count(*) FILTER (WHERE p.sex = 1) AS male, count(*) FILTER (WHERE p.sex = 2) AS female, count(*) AS total
      FROM (
        SELECT r.village_code COLLATE "C" AS village_code, r.sex, r.religion, r.education_kk, r.occupation,
          r.marital_status, width_bucket(r.birth_date, b.boundaries) AS band
        FROM resident r CROSS JOIN (${AGE_BAND_BOUNDARIES}) b
        WHERE r.village_code = ANY(${codes}) AND r.status_code = 1
      ) p
      GROUP BY GROUPING SETS ((p.village_code, p.band), (p.village_code, p.religion),
        (p.village_code, p.education_kk), (p.village_code, p.occupation), (p.village_code, p.marital_status),
        (p.village_code))
    ) counted
    WHERE key IS NOT NULL
  `.execute(db);
  // Families with at least one present member, counted by a join rather than a per-family EXISTS: right
  // after a bulk load the planner has no statistics for the village and would pick a nested loop.
  await sql`
    INSERT INTO population_stat (village_code, dimension, key, total)
    SELECT r.village_code, 'totals', 'families', count(DISTINCT r.family_id)
    FROM resident r JOIN family f ON f.village_code = r.village_code AND f.id = r.family_id
    WHERE r.village_code = ANY(${codes}) AND r.status_code = 1 AND f.active
    GROUP BY r.village_code
  `.execute(db);
  await sql`
    INSERT INTO population_stat (village_code, dimension, key, total)
    SELECT f.village_code, 'totals', 'households', count(DISTINCT f.household_id) FROM family f
    WHERE f.village_code = ANY(${codes}) AND f.active AND f.household_id IS NOT NULL
    GROUP BY f.village_code
  `.execute(db);
  await refreshGaps(db, codes);
}

/**
 * What the village still has to fill in, for the regency at a glance: present residents whose record awaits
 * verification (the resident list's "needs verification", by the partial index on flagged rows), households
 * without a map pin and households with a housing fact unanswered (the household list's "incomplete"
 * filters, the same SQL), so a figure and the list it opens always agree.
 */
async function refreshGaps(db: Db, codes: RawBuilder<unknown>) {
  await sql`
    INSERT INTO population_stat (village_code, dimension, key, male, female, total)
    SELECT r.village_code, 'totals', 'flagged',
      count(*) FILTER (WHERE r.sex = 1), count(*) FILTER (WHERE r.sex = 2), count(*)
    FROM resident r
    WHERE r.village_code = ANY(${codes}) AND r.status_code = 1 AND cardinality(r.verification_flags) > 0
    GROUP BY r.village_code
  `.execute(db);
  await sql`
    INSERT INTO population_stat (village_code, dimension, key, total)
    SELECT counted.village_code, 'totals', gap.key, gap.total
    FROM (
      SELECT h.village_code, count(*) FILTER (WHERE h.latitude IS NULL) AS unpinned,
        count(*) FILTER (WHERE ${housingAnswered} < ${EXPECTED_HOUSING_COLUMNS.length}) AS housing_incomplete
      FROM household h WHERE h.village_code = ANY(${codes})
      GROUP BY h.village_code
    ) counted
    CROSS JOIN LATERAL (VALUES ('households_unpinned', counted.unpinned),
      ('households_housing_incomplete', counted.housing_incomplete)) AS gap (key, total)
    WHERE gap.total > 0
  `.execute(db);
}

/**
 * The villages' registries were written in this transaction: their figures, the time of the change, and the
 * version that makes their stored targeting counts stale (a birth, death or move changes who is eligible).
 */
export async function refreshStatsAfterChange(db: Db, villageCodes: readonly string[]) {
  // The version row first: a transaction that wrote an enrolment has locked it already, and taking it before
  // the statistics rows here too keeps one lock order (otherwise two writers of a village could deadlock).
  await markTargetingChanged(db, villageCodes);
  await refreshStats(db, villageCodes);
  await sql`
    INSERT INTO village_change (village_code, changed_at)
    SELECT code, now() FROM unnest(${sql`${[...villageCodes]}::text[]`}) AS code
    ON CONFLICT (village_code) DO UPDATE SET changed_at = excluded.changed_at
  `.execute(db);
}

/** Called in every transaction that writes a village's residents, families or households. */
export function refreshVillageStats(db: Db, villageCode: string) {
  return refreshStatsAfterChange(db, [villageCode]);
}

/** Villages whose figures were computed before today (age bands move with the calendar). */
export async function refreshAllStaleStats(db: Db): Promise<number> {
  const stale = await sql<{ village_code: string }>`
    SELECT DISTINCT village_code FROM population_stat WHERE refreshed_at < date_trunc('day', now())
  `.execute(db);
  const codes = stale.rows.map((row) => row.village_code);
  await db.transaction().execute(async (trx) => {
    // Every village's residents in one statement: at regency scale more than a request's statement limit.
    await allowLongStatements(trx);
    await refreshStats(trx, codes);
  });
  return codes.length;
}
