// Recomputes villages' statistics. Called inside every transaction that changes a village's residents, so
// the figures are never stale by more than a day of ageing (refreshAllStaleStats at start-up and every few
// hours moves people into their new age band). Set-based: one statement covers any number of villages.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

const ageYears = sql`extract(year FROM age(current_date, r.birth_date))::int`;

export async function refreshStats(db: Db, villageCodes: readonly string[]) {
  if (villageCodes.length === 0) return;
  const codes = sql`${[...villageCodes]}::text[]`;
  await sql`DELETE FROM population_stat WHERE village_code = ANY(${codes})`.execute(db);
  await sql`
    INSERT INTO population_stat (village_code, dimension, key, male, female, total)
    SELECT r.village_code, d.dimension, d.key,
           count(*) FILTER (WHERE r.sex = 1), count(*) FILTER (WHERE r.sex = 2), count(*)
    FROM resident r
    CROSS JOIN LATERAL (VALUES
      ('age_band', CASE WHEN ${ageYears} >= 75 THEN '75+'
                        ELSE (${ageYears} / 5 * 5)::text || '-' || (${ageYears} / 5 * 5 + 4)::text END),
      ('religion', r.religion::text),
      ('education_kk', r.education_kk::text),
      ('occupation', r.occupation::text),
      ('marital_status', r.marital_status::text),
      ('totals', 'residents')
    ) AS d (dimension, key)
    WHERE r.village_code = ANY(${codes}) AND r.status_code = 1 AND d.key IS NOT NULL
    GROUP BY r.village_code, d.dimension, d.key
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
}

export function refreshVillageStats(db: Db, villageCode: string) {
  return refreshStats(db, [villageCode]);
}

/** Villages whose figures were computed before today (age bands move with the calendar). */
export async function refreshAllStaleStats(db: Db): Promise<number> {
  const stale = await sql<{ village_code: string }>`
    SELECT DISTINCT village_code FROM population_stat WHERE refreshed_at < date_trunc('day', now())
  `.execute(db);
  const codes = stale.rows.map((row) => row.village_code);
  await db.transaction().execute((trx) => refreshStats(trx, codes));
  return codes.length;
}
