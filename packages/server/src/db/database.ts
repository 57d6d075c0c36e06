// Opens the one database the app talks to: embedded PGlite by default, a PostgreSQL pool when a URL is
// given. Both speak the same SQL, so nothing above this file knows which it is.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';

export type DbKind = 'pglite' | 'postgres';
export type Db = Kysely<DB>;

export interface Database {
  db: Db;
  kind: DbKind;
  /** PGlite only: the whole data directory as a tarball (test templates, backups of demo installs). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

// bigint and numeric come back as strings by default; counts are small, so parse int8 as a number.
// Calendar dates stay ISO strings (a JS Date would shift them by the server's time zone).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export function openPostgres(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server drops (restart, admin termination) is reported here; without a listener
  // the process would crash. The pool discards the client and the next query opens a fresh one.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm },
    parsers: { 20: (value: string) => Number(value), 1082: (value: string) => value },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    kind: 'pglite',
    dumpDataDir: () => pglite.dumpDataDir('none'),
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

export async function openDatabase(config: { databaseUrl: string | undefined; dataDir: string }) {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite({ dataDir: config.dataDir });
}
