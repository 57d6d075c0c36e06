// Targeting counts at regency scale (issue 12 §3): for every program, the stored counts per village (migration
// 0031) as the poverty map reads them, when all are current and right after a write in one village, and what
// keeping them costs (the whole regency counted in one statement, one village recounted), against a bare
// GROUP BY of the same units per village in the same run (what merely counting the rows costs).
import { sql } from 'kysely';
import type { EligibilityUnit } from '@smart-kampung/domain';
import type { Db } from '../packages/server/src/db/database.ts';
import { cpus, loadavg } from 'node:os';
import { allowLongStatements } from '../packages/server/src/db/statement-timeout.ts';
import { targetingCountsByVillage } from '../packages/server/src/modules/assistance/targeting/counts.ts';
import {
  programsToKeep,
  storeVillageCounts,
} from '../packages/server/src/modules/assistance/targeting/stored/queries.ts';
import { keptInputs } from '../packages/server/src/modules/assistance/targeting/stored/refresher.ts';
import { markTargetingChanged } from '../packages/server/src/modules/assistance/targeting/stored/village-version.ts';
import { today } from '../packages/server/src/modules/population/registry/nik-check.ts';
import { measure, type Latency } from './measure.ts';
import { prepareTargetingFacts } from './targeting-setup.ts';

export interface ProgramTiming {
  code: string;
  unit: EligibilityUnit;
  units: number;
  excluded: number;
  included: number;
  incomplete: number;
  /** Counting every village afresh in one statement and storing the rows (the refresher's whole-area pass,
   * and the statement the regency read ran before the counts were stored), timed once. */
  fill: number;
  /** The regency read when every village's stored counts are current. */
  regency: Latency;
  /** The regency read right after a write in one village if it counted that village afresh inline (the
   * default read answers the stored counts at once, the village flagged not current). */
  afterWrite: Latency;
  /** The village's recount alone (what the refresher spends per changed village). */
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
  const programs = await programsToKeep(db);
  const villages = (
    await sql<{
      code: string;
    }>`SELECT code FROM region WHERE code LIKE '35.10.%' AND level = 'village' ORDER BY code`.execute(db)
  ).rows.map((r) => r.code);
  const sample = villages.filter((_, i) => i % 22 === 0);
  const asOf = today();
  const timings: ProgramTiming[] = [];
  for (const program of programs) {
    const inputs = keptInputs(program, '35.10', asOf);
    if (!inputs) continue;
    const unit = inputs.query.unit;
    const started = performance.now();
    await db.transaction().execute(async (trx) => {
      await allowLongStatements(trx);
      await storeVillageCounts(trx, inputs);
    });
    const fill = performance.now() - started;
    const regency = await measure(
      [0, 1, 2, 3, 4],
      () => targetingCountsByVillage(db, program.id, '35.10'),
      1,
    );
    // A write in a village of the sample raises its version (as an enrolment would), then the map reads.
    const afterWrite = await measure(
      sample,
      async (code) => {
        await markTargetingChanged(db, [code]);
        await targetingCountsByVillage(db, program.id, '35.10', { inlineVillages: 1 });
      },
      1,
    );
    const village = await measure(
      sample,
      (code) => storeVillageCounts(db, { ...inputs, query: { ...inputs.query, area: code } }),
      1,
    );
    const bare = await measure([0, 1, 2], () => UNIT_ROWS[unit].execute(db), 1);
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
      fill,
      regency,
      afterWrite,
      village,
      bare,
    });
    log(
      `targeting ${program.code} (${unit}): whole regency counted and stored ${fill.toFixed(0)} ms; regency read p95 ${regency.p95.toFixed(1)} ms, after a write in one village p95 ${afterWrite.p95.toFixed(0)} ms, one village recount p95 ${village.p95.toFixed(0)} ms, bare GROUP BY p95 ${bare.p95.toFixed(0)} ms`,
    );
  }
  return { timings, villages: sample.length, load: loadavg() };
}

export function targetingReport(label: string, result: Awaited<ReturnType<typeof targetingBench>>) {
  const ms = (n: number) => `${n.toLocaleString('en', { maximumFractionDigits: n < 10 ? 1 : 0 })} ms`;
  const rows = result.timings.map(
    (t) =>
      `| ${t.code} | ${t.unit} | ${t.units.toLocaleString('en')} | ${t.excluded.toLocaleString('en')} | ${t.included.toLocaleString('en')} | ${ms(t.fill)} | ${ms(t.regency.p95)} | ${ms(t.afterWrite.p95)} | ${ms(t.village.p95)} | ${ms(t.bare.p95)} | ${(t.fill / t.bare.p95).toFixed(1)} / ${(t.regency.p95 / t.bare.p95).toFixed(2)} / ${(t.afterWrite.p95 / t.bare.p95).toFixed(2)} | ${t.regency.p95 <= 1000 ? 'yes' : '**no**'} |`,
  );
  return `### Targeting counts (${label})

Load average at the end: ${result.load.map((n) => n.toFixed(1)).join(', ')} (1, 5, 15 min) on ${cpus().length} cores.
Per program: every village of the regency counted afresh in one statement and stored (the refresher's
whole-area pass; the statement the regency read ran before), timed once; the regency read of the stored counts
(targetingCountsByVillage, 5 runs, all villages current); the regency read right after a write in one village
(its version raised) had it counted that village afresh inline, which the default read does not (it flags it; ${result.villages} villages across the regency); the
recount of one village alone; a bare \`GROUP BY village_code\` of the same units (3 runs). Ratios against the
bare GROUP BY p95: whole-regency statement / stored read / read after a write.

| program | unit | units | excluded | included | whole regency, one statement | stored read p95 | read after a write, counted inline p95 | one village recount p95 | bare GROUP BY p95 | ratios | stored read ≤ 1 s |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}
