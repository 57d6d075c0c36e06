// The parent's side of the HTTP load benchmarks: starts load processes (http-load-driver.ts) and reads the CPU
// time PostgreSQL's backends of the measured database used, so each route's cost per request can be split
// into the server's, PostgreSQL's and the load process's share.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { Database } from '../packages/server/src/db/database.ts';
import type { LoadPlan, LoadResult } from './http-load-driver.ts';

/** USER_HZ, 100 on every Linux build in use. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (ms) used so far by PostgreSQL's backends of this database, read from /proc (a local server;
 * 0 when the server runs elsewhere, and for PGlite). Backends that appear later count from their start. Only
 * the backends with this pool's application_name (benchDatabaseUrl) count: other work on the same database
 * (another session's bench) is no cost of the measured routes. */
export async function databaseCpuMs(database: Database): Promise<Map<number, number>> {
  // PGlite runs inside this process (its CPU is the server's); its backend pid is no process of this machine.
  if (database.kind !== 'postgres') return new Map();
  const { rows } = await sql<{ pid: number }>`
    SELECT pid FROM pg_stat_activity
    WHERE datname = current_database() AND application_name = current_setting('application_name')`.execute(
    database.db,
  );
  const ticks = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
      ticks.set(pid, (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS_PER_SECOND));
    } catch {
      // Not on this machine, or gone.
    }
  }
  return ticks;
}

/** The URL with an application_name of this bench process, so databaseCpuMs tells its backends apart. */
export function benchDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('application_name', `sk-bench-${process.pid}`);
  return parsed.toString();
}

export function cpuDelta(before: Map<number, number>, after: Map<number, number>) {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

export interface RunningDriver {
  result: Promise<LoadResult>;
  /** Ends an `untilStopped` plan (closes the driver's stdin). */
  stop(): void;
}

/** Starts a load process on `plan`; its result arrives when the plan ends (or `stop()` for a probe). */
export function startDriver(plan: LoadPlan): RunningDriver {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'http-load-driver.ts')],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stdin.write(`${JSON.stringify(plan)}\n`);
  if (!plan.untilStopped) child.stdin.end();
  const result = new Promise<LoadResult>((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as LoadResult)
        : reject(new Error(`load driver exited with ${code}`)),
    ),
  );
  return { result, stop: () => child.stdin.end() };
}

export const drive = (plan: LoadPlan): Promise<LoadResult> => startDriver(plan).result;
