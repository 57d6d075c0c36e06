// What targeting needs at regency scale and the demo generator does not give yet (issue 12 §5 is another
// helper's): a finished ranking run with a decile for 92% of households, section V for 70% of families and
// section IV for 40% of residents, enrolments that follow the deciles with some targeting errors, and an
// eligibility for every program. All set-based, deterministic from each row's id (hashtext), in one transaction.
import { markAllTargetingChanged } from '../packages/server/src/modules/assistance/targeting/stored/village-version.ts';
import { sql } from 'kysely';
import type { Eligibility } from '@smart-kampung/domain';
import type { Db } from '../packages/server/src/db/database.ts';
import { allowLongStatements } from '../packages/server/src/db/statement-timeout.ts';
import { DEMO_ELIGIBILITIES } from '../packages/server/src/seed/assistance/eligibility-and-ranking.ts';

/** The bench judges the demo's eligibilities (the published rule of thumb of each catalogue program). */
export const BENCH_ELIGIBILITIES: Record<string, Eligibility> = DEMO_ELIGIBILITIES;

const MODEL = 'bench-penargetan@1';
const h = (column: string, salt: string) => sql`abs(hashtext(${sql.ref(column)}::text || ${salt}))`;

/** Enrolments of one program for units chosen by their household's decile (`rule` over d.decile and the hash `x`). */
function enrol(program: string, unit: 'household' | 'family' | 'resident', rule: ReturnType<typeof sql>) {
  const id = sql`(SELECT id FROM assistance_program WHERE code = ${program})`;
  const base = (from: ReturnType<typeof sql>, unitId: string) => sql`
    INSERT INTO assistance_enrolment (village_code, id, program_id, unit_type, household_id, family_id, resident_id, status, source)
    SELECT u.village_code, gen_random_uuid(), ${id}, ${unit},
      ${unit === 'household' ? sql`u.id` : sql`NULL::uuid`}, ${unit === 'family' ? sql`u.id` : sql`NULL::uuid`},
      ${unit === 'resident' ? sql`u.id` : sql`NULL::uuid`}, 'active', 'file'
    FROM ${from} WHERE ${rule} ${sql.raw(unitId)}`;
  const run = sql`(SELECT id FROM welfare_ranking_run WHERE model_id = ${MODEL})`;
  if (unit === 'household')
    return base(
      sql`household u LEFT JOIN household_decile d ON d.village_code = u.village_code AND d.run_id = ${run} AND d.household_id = u.id
        CROSS JOIN LATERAL (SELECT ${h('u.id', program)} % 100 AS x) k`,
      '',
    );
  if (unit === 'family')
    return base(
      sql`family u LEFT JOIN household_decile d ON d.village_code = u.village_code AND d.run_id = ${run} AND d.household_id = u.household_id
        CROSS JOIN LATERAL (SELECT ${h('u.id', program)} % 100 AS x) k`,
      'AND u.active',
    );
  return base(
    sql`resident u JOIN family f ON f.village_code = u.village_code AND f.id = u.family_id
      LEFT JOIN household_decile d ON d.village_code = u.village_code AND d.run_id = ${run} AND d.household_id = f.household_id
      CROSS JOIN LATERAL (SELECT ${h('u.id', program)} % 100 AS x, date_part('year', age(u.birth_date)) AS age) k`,
    'AND u.status_code = 1',
  );
}

/** Loads the facts once per database (a second run finds the bench's ranking run and only resets eligibilities). */
export async function prepareTargetingFacts(db: Db, log: (line: string) => void) {
  const started = performance.now();
  const existing = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM welfare_ranking_run WHERE model_id = ${MODEL}`.execute(db);
  if (existing.rows[0]!.n === 0) {
    await db.transaction().execute(async (trx) => {
      await allowLongStatements(trx);
      await sql`INSERT INTO welfare_model (id, kind, name, definition) VALUES (${MODEL}, 'score', 'Bench', '{}') ON CONFLICT DO NOTHING`.execute(
        trx,
      );
      await sql`INSERT INTO welfare_ranking_run (id, model_id, area_code, status, finished_at) VALUES (gen_random_uuid(), ${MODEL}, '35.10', 'done', now())`.execute(
        trx,
      );
      await sql`INSERT INTO household_decile (village_code, run_id, household_id, score, decile)
        SELECT village_code, (SELECT id FROM welfare_ranking_run WHERE model_id = ${MODEL}), id, score,
          ntile(10) OVER (ORDER BY score DESC, id)
        FROM (SELECT village_code, id, (${h('id', 's')} % 10000) / 100.0 AS score FROM household
          WHERE ${h('id', 'r')} % 100 >= 8) ranked`.execute(trx);
      await sql`INSERT INTO family_welfare (village_code, family_id, lost_livelihood, has_car, source)
        SELECT village_code, id, ${h('id', 'l')} % 20 = 0, false, 'file' FROM family WHERE active AND ${h('id', 'f')} % 10 < 7`.execute(
        trx,
      );
      await sql`INSERT INTO resident_welfare (village_code, resident_id, chronic_illness, health_insurance, difficulty, source)
        SELECT village_code, id,
          CASE WHEN ${h('id', 'c')} % 10 = 0 THEN 1 + ${h('id', 'k')} % 17 ELSE 18 END,
          CASE WHEN ${h('id', 'j')} % 5 = 0 THEN 0 ELSE 1 END,
          ARRAY[4, 4, CASE WHEN ${h('id', 'd')} % 50 = 0 THEN 2 ELSE 4 END, 4, 4, 4, 4, 4, 4, 4]::int2[], 'file'
        FROM resident WHERE status_code = 1 AND ${h('id', 'w')} % 10 < 4`.execute(trx);
      // Coverage below desil 4 with misses (exclusion errors) and some better-off units enrolled (inclusion errors).
      await enrol(
        'PKH',
        'family',
        sql`((d.decile <= 4 AND k.x < 70) OR (d.decile >= 7 AND k.x < 5))`,
      ).execute(trx);
      await enrol(
        'SEMBAKO',
        'family',
        sql`((d.decile <= 4 AND k.x < 80) OR (d.decile BETWEEN 5 AND 6 AND k.x < 10))`,
      ).execute(trx);
      await enrol('BLT-DD', 'family', sql`(d.decile <= 3 AND k.x < 30)`).execute(trx);
      await enrol('BANSOS-PEMDA', 'family', sql`(d.decile <= 2 AND k.x < 20)`).execute(trx);
      await enrol('SUBSIDI-LISTRIK', 'household', sql`((d.decile <= 4 AND k.x < 75) OR k.x < 3)`).execute(
        trx,
      );
      await enrol('LPG-3KG', 'household', sql`(d.decile <= 6 AND k.x < 85)`).execute(trx);
      await enrol('RTLH', 'household', sql`(d.decile <= 2 AND k.x < 4)`).execute(trx);
      await enrol('PBI-JK', 'resident', sql`(d.decile <= 5 AND k.x < 60)`).execute(trx);
      await enrol('PIP', 'resident', sql`(d.decile <= 4 AND k.age BETWEEN 7 AND 18 AND k.x < 60)`).execute(
        trx,
      );
      await enrol('PERMAKANAN-LANSIA', 'resident', sql`(d.decile <= 3 AND k.age >= 60 AND k.x < 20)`).execute(
        trx,
      ); // Written set-based past the services: counts already stored for these villages are stale now.
      await markAllTargetingChanged(trx);
    });
  }
  for (const [code, eligibility] of Object.entries(BENCH_ELIGIBILITIES))
    await db
      .updateTable('assistance_program')
      .set({ eligibility: JSON.stringify(eligibility) })
      .where('code', '=', code)
      .execute();
  await sql`ANALYZE household_decile, family_welfare, resident_welfare, assistance_enrolment, assistance_program, welfare_ranking_run`.execute(
    db,
  );
  log(`targeting facts ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
