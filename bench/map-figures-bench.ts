// The poverty map at regency scale (issue 12 §4: every map metric p95 ≤ 1 s). The welfare and recipients
// figures were counted live for every village on each read (welfareCounts + recipientCounts); they are now kept
// per village (migration 0032). Timed in the same run: that live pass (once more, as the refresher's whole-regency
// recount that stores it); the stored read of those figures for the regency, all current; the map's whole
// answer for the regency (mapFigures: every metric, the targeting ones from their own stored counts); the
// read right after a write in one village had it recounted that village inline (a village's read does; a wider
// read flags it instead); one village's recount alone; and a bare GROUP BY village of the same rows (the
// ranking run's deciles, the active model's scores, the open enrolments).
import { cpus, loadavg } from 'node:os';
import { sql } from 'kysely';
import type { Db } from '../packages/server/src/db/database.ts';
import { allowLongStatements } from '../packages/server/src/db/statement-timeout.ts';
import type { Actor } from '../packages/server/src/access/roles.ts';
import {
  mapPrograms,
  recipientCounts,
  welfareCounts,
} from '../packages/server/src/modules/assistance/map/figures-queries.ts';
import { mapFigures } from '../packages/server/src/modules/assistance/map/service.ts';
import { keptMapFigures } from '../packages/server/src/modules/assistance/map/stored/kept-figures.ts';
import { storeMapFigures } from '../packages/server/src/modules/assistance/map/stored/queries.ts';
import { markTargetingChanged } from '../packages/server/src/modules/assistance/targeting/stored/village-version.ts';
import { measure, type Latency } from './measure.ts';

const REGENCY = '35.10';

/** Dinas Sosial reading the whole regency, as the map page asks. */
const DINSOS: Actor = {
  id: '00000000-0000-4000-8000-00000000b004',
  username: 'bench.map',
  role: 'agency_staff',
  agency: 'social_affairs',
  areaCode: REGENCY,
};

/** The same rows the figures count, merely counted per village: what reading them at all costs. */
const BARE = sql`
  SELECT (SELECT count(*) FROM (
      SELECT village_code, count(*) FROM household_decile
      WHERE run_id = (SELECT id FROM welfare_ranking_run WHERE status = 'done'
        ORDER BY finished_at DESC NULLS LAST, started_at DESC, id LIMIT 1)
      GROUP BY 1) d)
    + (SELECT count(*) FROM (
      SELECT village_code, count(*) FILTER (WHERE complete) FROM household_welfare_score
      WHERE model_id = (SELECT id FROM welfare_model WHERE kind = 'score' AND active) GROUP BY 1) s)
    + (SELECT count(*) FROM (
      SELECT village_code, program_id, count(*) FROM assistance_enrolment WHERE status <> 'exited'
      GROUP BY 1, 2) e) AS groups`;

export interface MapFiguresResult {
  households: number;
  enrolments: number;
  scores: number;
  deciles: number;
  /** The live pass the map ran on every read before (welfareCounts + recipientCounts), timed once. */
  live: number;
  /** The whole regency counted afresh and stored in one statement (the refresher's pass), timed once. */
  store: number;
  stored: Latency;
  whole: Latency;
  afterWrite: Latency;
  village: Latency;
  bare: Latency;
  load: number[];
}

async function timed(run: () => Promise<unknown>) {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function rowCount(db: Db, query: ReturnType<typeof sql>) {
  const { rows } = await sql<{ n: number }>`SELECT (${query})::int AS n`.execute(db);
  return rows[0]!.n;
}

export async function mapFiguresBench(db: Db, log: (line: string) => void): Promise<MapFiguresResult> {
  await sql`VACUUM ANALYZE household_decile, household_welfare_score, assistance_enrolment`.execute(db);
  const programs = (await mapPrograms(db, REGENCY)).map((p) => p.id);
  const villages = (
    await sql<{ code: string }>`
      SELECT code FROM region WHERE code LIKE '35.10.%' AND level = 'village' ORDER BY code`.execute(db)
  ).rows.map((r) => r.code);
  const sample = villages.filter((_, i) => i % 22 === 0);

  log('map: the live pass (welfare and recipients for every village of the regency)');
  const live = await timed(() =>
    db.transaction().execute(async (trx) => {
      await allowLongStatements(trx);
      await welfareCounts(trx, REGENCY);
      await recipientCounts(trx, REGENCY, programs);
    }),
  );
  log(`map: live ${live.toFixed(0)} ms; the same counted and stored in one statement`);
  const store = await timed(() =>
    db.transaction().execute(async (trx) => {
      await allowLongStatements(trx);
      await storeMapFigures(trx, REGENCY);
    }),
  );
  const stored = await measure(
    [...Array(10).keys()],
    async () => {
      const kept = await keptMapFigures(db, REGENCY, programs);
      if (kept.pending > 0) throw new Error(`${kept.pending} villages not current`);
    },
    2,
  );
  log(`map: stored ${store.toFixed(0)} ms; stored read p95 ${stored.p95.toFixed(1)} ms; the whole map`);
  const whole = await measure([...Array(10).keys()], () => mapFigures(db, DINSOS, REGENCY), 2);
  // A write in a village of the sample raises its version (as an enrolment would); had the regency read
  // recounted it inline, this is what it would take (the village's recount, then the read).
  const afterWrite = await measure(
    sample,
    async (code) => {
      await markTargetingChanged(db, [code]);
      await storeMapFigures(db, code);
      await keptMapFigures(db, REGENCY, programs);
    },
    1,
  );
  const village = await measure(sample, (code) => storeMapFigures(db, code), 1);
  const bare = await measure([0, 1, 2, 3, 4], () => BARE.execute(db), 1);
  log(
    `map: whole map p95 ${whole.p95.toFixed(0)} ms, after a write p95 ${afterWrite.p95.toFixed(0)} ms, one village p95 ${village.p95.toFixed(0)} ms, bare GROUP BY p95 ${bare.p95.toFixed(0)} ms`,
  );
  return {
    households: await rowCount(db, sql`SELECT count(*) FROM household`),
    enrolments: await rowCount(db, sql`SELECT count(*) FROM assistance_enrolment WHERE status <> 'exited'`),
    scores: await rowCount(db, sql`SELECT count(*) FROM household_welfare_score`),
    deciles: await rowCount(db, sql`SELECT count(*) FROM household_decile`),
    live,
    store,
    stored,
    whole,
    afterWrite,
    village,
    bare,
    load: loadavg(),
  };
}

export function mapFiguresReport(label: string, r: MapFiguresResult) {
  const ms = (n: number) => `${n.toLocaleString('en', { maximumFractionDigits: n < 10 ? 1 : 0 })} ms`;
  const ratio = (n: number) => (n / r.bare.p95).toFixed(2);
  const n = (x: number) => x.toLocaleString('en');
  return `### Poverty map figures (${label})

Load average at the end: ${r.load.map((l) => l.toFixed(1)).join(', ')} (1, 5, 15 min) on ${cpus().length} cores.
${n(r.households)} households, ${n(r.enrolments)} open enrolments, ${n(r.scores)} household scores, ${n(r.deciles)} deciles.
Ratios against the bare GROUP BY village of the same rows (deciles of the latest run, scores of the active model,
open enrolments per program), p95 of 5 runs.

| measure | time | ÷ bare GROUP BY | ≤ 1 s |
| --- | --- | --- | --- |
| Welfare and recipients counted live for every village (what every map read ran before), once | ${ms(r.live)} | ${ratio(r.live)} | ${r.live <= 1000 ? 'yes' : '**no**'} |
| The same counted and stored in one statement (the refresher's whole-regency pass), once | ${ms(r.store)} | ${ratio(r.store)} | (background) |
| Stored welfare and recipients figures, regency read, p95 | ${ms(r.stored.p95)} | ${ratio(r.stored.p95)} | ${r.stored.p95 <= 1000 ? 'yes' : '**no**'} |
| The whole map answer for the regency (every metric, targeting ones from their stored counts), p95 | ${ms(r.whole.p95)} | ${ratio(r.whole.p95)} | ${r.whole.p95 <= 1000 ? 'yes' : '**no**'} |
| Regency read right after a write in one village, had it recounted that village inline, p95 | ${ms(r.afterWrite.p95)} | ${ratio(r.afterWrite.p95)} | ${r.afterWrite.p95 <= 1000 ? 'yes' : '**no**'} |
| One village recounted and stored (the refresher's step per changed village), p95 | ${ms(r.village.p95)} | ${ratio(r.village.p95)} | |
| Bare GROUP BY village of the same rows, p95 | ${ms(r.bare.p95)} | 1 | |
`;
}
