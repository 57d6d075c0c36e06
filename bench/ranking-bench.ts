// The regency ranking run at scale: every village's welfare scores recomputed (facts read set-based, scored by
// the domain, written in batches) and every household with a complete score ranked into deciles in one SQL
// statement, exactly as POST /api/assistance/ranking/runs runs it (RankingRunner), twice: the first run writes
// every score (none stored yet on a freshly loaded regency), the repeat finds the same facts (what a regency's
// later runs mostly do). Against bare set-based passes over the same rows in the same run: the joined facts
// grouped per household, and ntile(10) over the plain score column. The facts are the demo generator's
// (sections IV and V, seeded by importBench), or those of the loaded database given with --database.
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { sql } from 'kysely';
import pino from 'pino';
import type { Database, Db } from '../packages/server/src/db/database.ts';
import { cpuDelta, databaseCpuMs } from './http-load.ts';
import { insertRun, runById } from '../packages/server/src/modules/assistance/ranking/queries.ts';
import { RankingRunner } from '../packages/server/src/modules/assistance/ranking/runner.ts';
import { activeModels } from '../packages/server/src/modules/assistance/welfare/scores/model-queries.ts';

export interface RankingResult {
  households: number;
  families: number;
  residents: number;
  ranked: number;
  incomplete: number;
  decileCounts: number[];
  /** Score rows stored before the first run (0 on a freshly loaded regency: every score is written). */
  scoresBefore: number;
  runSeconds: number;
  runCpu: RunCpu;
  /** The same run again at once: the same facts, so the same scores and deciles. */
  repeatSeconds: number;
  repeatCpu: RunCpu;
  villagesAtOnce: number;
  factsPassSeconds: number;
  ntileSeconds: number;
}

const BENCH_USER = '00000000-0000-4000-8000-00000000b003';

/** Fresh planner statistics on the rows the run reads (the import and the welfare seed just wrote them). */
async function analyseFacts(db: Db) {
  await sql`VACUUM ANALYZE family_welfare, resident_welfare, household, family, resident`.execute(db);
}

async function count(db: Db, table: 'household' | 'family' | 'resident') {
  const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(db);
  return row.rows[0]!.n;
}

async function scoreRows(db: Db) {
  const row = await sql<{ n: number }>`
    SELECT (SELECT count(*) FROM household_welfare_score) + (SELECT count(*) FROM family_welfare_score) AS n`.execute(
    db,
  );
  return Number(row.rows[0]!.n);
}

async function timed(run: () => Promise<unknown>) {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

/** CPU seconds a run used: this process (scoring, and PGlite's work on the embedded engine) and PostgreSQL's
 * backends of this pool (databaseCpuMs), the cost a loaded machine's wall clock blurs. */
export interface RunCpu {
  node: number;
  database: number;
}

/** `villagesAtOnce`: as the app runs it on this engine (VILLAGES_AT_ONCE on PostgreSQL, 1 on PGlite). */
export async function rankingBench(
  database: Database,
  log: (line: string) => void,
  villagesAtOnce: number,
): Promise<RankingResult> {
  const db = database.db;
  await analyseFacts(db);
  await db
    .insertInto('app_user')
    .values({
      id: BENCH_USER,
      username: 'bench.ranking',
      display_name: 'Bench ranking',
      password_hash: 'not-a-hash',
      role: 'agency_staff',
      agency: 'social_affairs',
      area_code: '35.10',
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const model = (await activeModels(db)).find((m) => m.kind === 'score')!;
  const runner = RankingRunner.for(db, pino({ level: 'warn' }), { villagesAtOnce });
  const oneRun = async () => {
    const runId = randomUUID();
    await insertRun(db, { id: runId, modelId: model.id, areaCode: '35.10', startedBy: BENCH_USER });
    const nodeBefore = process.cpuUsage();
    const databaseBefore = await databaseCpuMs(database);
    const seconds = await timed(async () => {
      runner.start({ runId, modelId: model.id, areaCode: '35.10' });
      await runner.idle();
    });
    const node = process.cpuUsage(nodeBefore);
    const cpu: RunCpu = {
      node: (node.user + node.system) / 1e6,
      database: cpuDelta(databaseBefore, await databaseCpuMs(database)) / 1000,
    };
    const run = (await runById(db, runId))!;
    if (run.status !== 'done') throw new Error(`ranking run ${run.status}: ${run.error}`);
    return { seconds, run, cpu };
  };
  const scoresBefore = await scoreRows(db);
  log(`ranking: the run (recompute every village, rank into deciles; ${scoresBefore} score rows stored)`);
  const { seconds: runSeconds, run, cpu: runCpu } = await oneRun();
  log(`ranking: ${runSeconds.toFixed(1)} s (CPU ${JSON.stringify(runCpu)}); the same run again`);
  const { seconds: repeatSeconds, cpu: repeatCpu } = await oneRun();
  log(`ranking: repeat ${repeatSeconds.toFixed(1)} s (CPU ${JSON.stringify(repeatCpu)})`);

  log('ranking: bare passes over the same rows');
  // Every fact the run reads, joined and grouped per household in one statement (no scoring, no writing).
  const factsPassSeconds = await timed(() =>
    sql`
      SELECT h.village_code, h.id, count(r.id), max(h.floor_material), bool_or(fw.has_motorcycle),
             sum(fw.cattle), max(rw.chronic_illness), min(r.birth_date), max(r.occupation)
      FROM household h
      LEFT JOIN family f ON f.village_code = h.village_code AND f.household_id = h.id AND f.active
      LEFT JOIN family_welfare fw ON fw.village_code = f.village_code AND fw.family_id = f.id
      LEFT JOIN resident r ON r.village_code = f.village_code AND r.family_id = f.id AND r.status_code = 1
      LEFT JOIN resident_welfare rw ON rw.village_code = r.village_code AND rw.resident_id = r.id
      GROUP BY h.village_code, h.id`.execute(db),
  );
  const ntileSeconds = await timed(() =>
    sql`
      SELECT count(*) FROM (
        SELECT ntile(10) OVER (ORDER BY score DESC) FROM household_welfare_score
        WHERE model_id = ${model.id} AND complete) ranked`.execute(db),
  );
  return {
    households: await count(db, 'household'),
    families: await count(db, 'family'),
    residents: await count(db, 'resident'),
    ranked: run.households_ranked ?? 0,
    incomplete: run.households_incomplete ?? 0,
    decileCounts: run.decile_counts ?? [],
    scoresBefore,
    runSeconds,
    runCpu,
    repeatSeconds,
    repeatCpu,
    villagesAtOnce,
    factsPassSeconds,
    ntileSeconds,
  };
}

const cpu = (c: RunCpu) => `${c.node.toFixed(0)} s / ${c.database.toFixed(0)} s`;

export function rankingReport(engine: string, r: RankingResult) {
  const bare = r.factsPassSeconds + r.ntileSeconds;
  const n = (value: number) => value.toLocaleString('en');
  return `### Welfare ranking run (${engine}: ${n(r.households)} households, ${n(r.families)} families, ${n(r.residents)} residents)

Load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ', ',
    )} (1, 5, 15 min) on ${cpus().length} cores. Score rows stored before the first run: ${n(r.scoresBefore)}.

Villages rescored at once: ${r.villagesAtOnce}. CPU: this process (scoring) / PostgreSQL's backends of the run.

| measure | app | CPU | bare set-based pass, same rows, same run | ratio |
| --- | --- | --- | --- | --- |
| Ranking run: recompute every village's scores (2 models, households and families) + rank into deciles | ${r.runSeconds.toFixed(1)} s | ${cpu(r.runCpu)} | ${bare.toFixed(1)} s (facts joined and grouped per household ${r.factsPassSeconds.toFixed(1)} s + ntile(10) over the scores ${r.ntileSeconds.toFixed(1)} s) | ${(r.runSeconds / bare).toFixed(1)} |
| The same run again (same facts, same scores) | ${r.repeatSeconds.toFixed(1)} s | ${cpu(r.repeatCpu)} | | ${(r.repeatSeconds / bare).toFixed(1)} |

Ranked ${n(r.ranked)} households with complete facts, ${n(r.incomplete)} incomplete; per decile: ${r.decileCounts.map(n).join(', ')}.
`;
}
