// Targeting counts at regency scale: for every program, the figures of every village of the regency as the
// poverty map asks them (targetingCountsByVillage: one statement evaluating every unit against the program's
// eligibility), and one village's figures for villages across the regency, against a bare GROUP BY of the same
// units per village in the same run (what merely counting the rows costs).
import { sql } from 'kysely';
import type { EligibilityUnit } from '@smart-kampung/domain';
import type { Db } from '../packages/server/src/db/database.ts';
import { targetingCountsByVillage } from '../packages/server/src/modules/assistance/targeting/counts.ts';
import { evaluatedUnits } from '../packages/server/src/modules/assistance/targeting/units.ts';
import { storedEligibilityOf } from '../packages/server/src/modules/assistance/targeting/service.ts';
import { measure, type Latency } from './measure.ts';
import { prepareTargetingFacts } from './targeting-setup.ts';

export interface ProgramTiming {
  code: string;
  unit: EligibilityUnit;
  units: number;
  excluded: number;
  included: number;
  incomplete: number;
  regency: Latency;
  village: Latency;
  bare: Latency;
}

const UNIT_ROWS: Record<EligibilityUnit, ReturnType<typeof sql>> = {
  household: sql`SELECT village_code, count(*) FROM household WHERE village_code LIKE '35.10.%' GROUP BY 1`,
  family: sql`SELECT village_code, count(*) FROM family WHERE active AND village_code LIKE '35.10.%' GROUP BY 1`,
  resident: sql`SELECT village_code, count(*) FROM resident WHERE status_code = 1 AND village_code LIKE '35.10.%' GROUP BY 1`,
};

export async function targetingBench(db: Db, log: (line: string) => void) {
  await prepareTargetingFacts(db, log);
  const programs = await db
    .selectFrom('assistance_program')
    .select(['id', 'code', 'target_unit', 'eligibility'])
    .where('target_unit', '<>', 'group')
    .orderBy('code')
    .execute();
  const villages = (
    await sql<{
      code: string;
    }>`SELECT code FROM region WHERE code LIKE '35.10.%' AND level = 'village' ORDER BY code`.execute(db)
  ).rows.map((r) => r.code);
  const sample = villages.filter((_, i) => i % 22 === 0);
  const timings: ProgramTiming[] = [];
  for (const program of programs) {
    const unit = program.target_unit as EligibilityUnit;
    const rounds = [0, 1, 2];
    const regency = await measure(rounds, () => targetingCountsByVillage(db, program.id, '35.10'), 1);
    const village = await measure(sample, (code) => targetingCountsByVillage(db, program.id, code), 2);
    const bare = await measure(rounds, () => UNIT_ROWS[unit].execute(db), 1);
    const counts = [...(await targetingCountsByVillage(db, program.id, '35.10'))!.values()];
    const sum = (key: 'units' | 'excluded' | 'included' | 'incomplete') =>
      counts.reduce((s, c) => s + c[key], 0);
    timings.push({
      code: program.code,
      unit,
      units: sum('units'),
      excluded: sum('excluded'),
      included: sum('included'),
      incomplete: sum('incomplete'),
      regency,
      village,
      bare,
    });
    log(
      `targeting ${program.code} (${unit}): regency per village p95 ${regency.p95.toFixed(0)} ms, one village p95 ${village.p95.toFixed(1)} ms, bare GROUP BY p95 ${bare.p95.toFixed(0)} ms`,
    );
  }
  const pkh = programs.find((p) => p.code === 'PKH')!;
  const plan = await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${evaluatedUnits({
    programId: pkh.id,
    unit: 'family',
    eligibility: storedEligibilityOf(pkh),
    area: '35.10',
    asOf: new Date().toISOString().slice(0, 10),
  })}`.execute(db);
  return { timings, villages: sample.length, plan: plan.rows.map((r) => r['QUERY PLAN']).join('\n') };
}

export function targetingReport(label: string, result: Awaited<ReturnType<typeof targetingBench>>) {
  const rows = result.timings.map(
    (t) =>
      `| ${t.code} | ${t.unit} | ${t.units.toLocaleString('en')} | ${t.excluded.toLocaleString('en')} | ${t.included.toLocaleString('en')} | ${t.incomplete.toLocaleString('en')} | ${t.regency.p50.toFixed(0)} / ${t.regency.p95.toFixed(0)} ms | ${t.bare.p95.toFixed(0)} ms | ${(t.regency.p95 / t.bare.p95).toFixed(1)} | ${t.village.p95.toFixed(1)} ms | ${t.regency.p95 <= 1000 && t.village.p95 <= 1000 ? 'yes' : '**no**'} |`,
  );
  const worst = Math.max(...result.timings.map((t) => t.regency.p95));
  return `### Targeting counts (${label})

Every program's counts for the 217 villages of the regency in one statement (targetingCountsByVillage, as the
poverty map asks them), 3 timed runs after a warm-up; one village's counts for ${result.villages} villages
across the regency; against a bare \`GROUP BY village_code\` of the same units in the same run.

| program | unit | units | excluded | included | incomplete | regency, every village p50 / p95 | bare GROUP BY p95 | ratio | one village p95 | p95 ≤ 1 s |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Worst regency p95: ${worst.toFixed(0)} ms.

<details><summary>EXPLAIN ANALYZE of PKH over the regency</summary>

\`\`\`
${result.plan}
\`\`\`
</details>
`;
}
