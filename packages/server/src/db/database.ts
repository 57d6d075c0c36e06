// Opens the one database the app talks to: embedded PGlite by default, a PostgreSQL pool when a URL is
// given. Both speak the same SQL, so nothing above this file knows which it is.
import { mkdirSync } from 'node:fs';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PgliteHost } from './pglite-host.ts';
import { preparingPool } from './prepared-statements.ts';
import type { DB } from './schema.ts';

export type DbKind = 'pglite' | 'postgres';
export type Db = Kysely<DB>;

export interface Database {
  db: Db;
  kind: DbKind;
  /** PGlite only: the whole data directory as a tarball (test templates, backups of demo installs). */
  dumpDataDir?: () => Promise<Blob>;
  /**
   * Whether the database can be reached, for health checks. A server is asked (SELECT 1) by default; the
   * embedded database lives in this process, so it is reachable while its worker is up, even when a long
   * transaction (an import's commit) holds its only connection.
   */
  ping?: () => Promise<void>;
  close(): Promise<void>;
}

// bigint and numeric come back as strings by default; counts are small, so parse int8 as a number.
// Calendar dates stay ISO strings (a JS Date would shift them by the server's time zone).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface OpenOptions {
  /** Per statement, in milliseconds; 0 or unset: no limit (statement-timeout.ts). */
  statementTimeoutMs?: number;
}

export function openPostgres(url: string, poolSize = 10, options: OpenOptions = {}): Database {
  // statement_timeout is sent at connection start-up, so it is the session default of every pooled
  // connection; `SET LOCAL statement_timeout` raises it for one transaction, RESET returns to it.
  const timeout = options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {};
  // No JIT compilation: the app's statements are short, and PostgreSQL compiles any statement whose estimated
  // cost passes jit_above_cost, which costs 200-700 ms of CPU each time (a bounded name search that reads a
  // few hundred rows is estimated as if it read every spelling's residents, and took 0.35 s instead of 5 ms).
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c jit=off', ...timeout });
  // An idle connection the server drops (restart, admin termination) is reported here; without a listener
  // the process would crash. The pool discards the client and the next query opens a fresh one.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/** PGlite in a worker thread (pglite-host.ts): in `dataDir`, or in memory (optionally from a tarball). */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob } & OpenOptions = {},
): Promise<Database> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const pglite = new PgliteHost({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    statementTimeoutMs: options.statementTimeoutMs ?? 0,
  });
  await pglite.waitReady;
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    kind: 'pglite',
    dumpDataDir: () => pglite.dumpDataDir(),
    ping: () => (pglite.available ? Promise.resolve() : Promise.reject(new Error('PGlite is not available'))),
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

export async function openDatabase(config: {
  databaseUrl: string | undefined;
  dataDir: string;
  statementTimeoutMs: number;
}) {
  const options = { statementTimeoutMs: config.statementTimeoutMs };
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, 10, options)
    : openPglite({ dataDir: config.dataDir, ...options });
}
