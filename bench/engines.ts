// The database a benchmark run uses: a scratch PostgreSQL database created and dropped by the run, or a PGlite
// instance in a temporary directory. Both are migrated with the app's own prepareDatabase. Each engine also
// offers the raw COPY the import benchmark compares against.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PGliteDialect } from 'kysely';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { openPostgres, type Database } from '../packages/server/src/db/database.ts';
import type { DB } from '../packages/server/src/db/schema.ts';
import { prepareDatabase } from '../packages/server/src/db/prepare.ts';
import { dropScratchDatabase } from '../packages/server/test/drop-database.ts';

export interface BenchEngine {
  name: 'postgres' | 'pglite';
  database: Database;
  /** For the app's COPY load path (PostgreSQL only). */
  url?: string;
  version: string;
  /** Writes a table to a temporary dump file of its own, as COPY text. */
  exportTable(table: string): Promise<void>;
  /** Raw COPY of the dump of `from` into another table; returns seconds. */
  copyDumpInto(from: string, table: string): Promise<number>;
  dispose(): Promise<void>;
}

function urlWithDatabase(adminUrl: string, name: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function postgresEngine(adminUrl: string): Promise<BenchEngine> {
  const name = `sk_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = urlWithDatabase(adminUrl, name);
  const database = openPostgres(url, 4);
  await prepareDatabase(database, '35.10');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const dumpDir = await mkdtemp(path.join(os.tmpdir(), 'sk-bench-'));
  const dumpFile = (table: string) => path.join(dumpDir, `${table}.copy`);
  const version = (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`))
    .rows[0]!.v;
  return {
    name: 'postgres',
    database,
    url,
    version: `PostgreSQL ${version}`,
    exportTable: async (table) => {
      await pipeline(client.query(copyTo(`COPY ${table} TO STDOUT`)), createWriteStream(dumpFile(table)));
    },
    copyDumpInto: async (from, table) => {
      const started = performance.now();
      await pipeline(createReadStream(dumpFile(from)), client.query(copyFrom(`COPY ${table} FROM STDIN`)));
      return (performance.now() - started) / 1000;
    },
    dispose: async () => {
      await client.end();
      await database.close();
      await dropScratchDatabase(admin, name);
      await admin.end();
      await rm(dumpDir, { recursive: true, force: true });
    },
  };
}

/** PGlite on disk (a 1.7 M-row registry does not fit comfortably in WASM memory), like a default install. */
export async function pgliteEngine(): Promise<BenchEngine> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sk-bench-pglite-'));
  const pglite = await PGlite.create({
    dataDir,
    extensions: { pg_trgm },
    parsers: { 20: (value: string) => Number(value), 1082: (value: string) => value },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  const database: Database = {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
  await prepareDatabase(database, '35.10');
  const dumpFile = (table: string) => path.join(dataDir, '..', `${path.basename(dataDir)}.${table}.copy`);
  const dumped: string[] = [];
  const version = (await pglite.query<{ v: string }>(`SELECT current_setting('server_version') AS v`))
    .rows[0]!.v;
  return {
    name: 'pglite',
    database,
    version: `PGlite (PostgreSQL ${version})`,
    exportTable: async (table) => {
      const result = await pglite.query(`COPY ${table} TO '/dev/blob'`);
      await writeFile(dumpFile(table), Buffer.from(await result.blob!.arrayBuffer()));
      dumped.push(table);
    },
    copyDumpInto: async (from, table) => {
      const blob = new Blob([await readFile(dumpFile(from))]);
      const started = performance.now();
      await pglite.query(`COPY ${table} FROM '/dev/blob'`, [], { blob });
      return (performance.now() - started) / 1000;
    },
    dispose: async () => {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
      for (const table of dumped) await rm(dumpFile(table), { force: true });
    },
  };
}
