// How a generated village reaches the database. Every path claims the NIKs in the regency-wide index
// (resident_nik), adds the name words to the search dictionary (set-based, from the loaded rows, in the load's
// transaction) and refreshes the village's statistics, as insertResidents and refreshVillageStats do for
// single writes:
// - unnest: multi-row INSERT … SELECT FROM unnest($1::text[], …), 5,000 rows per statement, one transaction
//   per village; PGlite and PostgreSQL through Kysely (what `npm start` uses on a fresh install).
// - copy: COPY … FROM STDIN (pg-copy-streams) on a dedicated PostgreSQL connection, one transaction per village.
// - copy-bulk: COPY in one transaction for the whole load, indexes deferred to the end (deferred-indexes.ts).
// The COPY paths take villages already serialised as COPY text by the generation worker (prepared-village.ts).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect, sql, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { addNameWordsOfVillages } from '../../modules/population/registry/name-word-queries.ts';
import {
  refreshStatsAfterChange,
  refreshVillageStats,
} from '../../modules/population/registry/stats-refresh-queries.ts';
import {
  arrayLiteral,
  FAMILY_TABLE,
  HOUSEHOLD_TABLE,
  NIK_TABLE,
  nikRows,
  RESIDENT_TABLE,
  type TableSpec,
} from './columns.ts';
import { deferIndexes, POPULATION_TABLES, restoreIndexes } from './deferred-indexes.ts';
import type { VillageBatch } from './generate-village.ts';
import { COPY_TABLES, type PreparedVillage } from './prepared-village.ts';

interface WriterLifecycle {
  /** Completes the load (bulk mode: rebuilds indexes, refreshes statistics and commits). */
  finish(log: (line: string) => void): Promise<void>;
  close(): Promise<void>;
}

/** Per-village writers also claim NIKs and refresh the village's statistics in that village's transaction. */
export interface UnnestWriter extends WriterLifecycle {
  readonly method: 'unnest';
  writeVillage(batch: VillageBatch): Promise<void>;
}

export interface CopyWriter extends WriterLifecycle {
  readonly method: 'copy' | 'copy-bulk';
  writeVillage(village: PreparedVillage): Promise<void>;
}

export type PopulationWriter = UnnestWriter | CopyWriter;

async function insertUnnest<R>(db: Db, spec: TableSpec<R>, rows: readonly R[], chunk: number) {
  const names = sql.join(spec.columns.map((c) => sql.ref(c.name)));
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    // text[] columns travel as array literals in a text[] parameter (unnest of a 2-D array would flatten it).
    const arrays = spec.columns.map(({ name, type }) =>
      type === 'text[]'
        ? sql`${part.map((row) => arrayLiteral(row[name]))}::text[]`
        : sql`${part.map((row) => row[name] ?? null)}::${sql.raw(type)}[]`,
    );
    const selected = sql.join(
      spec.columns.map(({ name, type }) =>
        type === 'text[]' ? sql`u.${sql.ref(name)}::text[]` : sql`u.${sql.ref(name)}`,
      ),
    );
    await sql`INSERT INTO ${sql.table(spec.table)} (${names})
      SELECT ${selected} FROM unnest(${sql.join(arrays)}) AS u (${names})`.execute(db);
  }
}

/**
 * Statistics of a village written in this very transaction. The planner's statistics do not know the new
 * village yet and estimate one row for it, which sends the per-family EXISTS of refreshVillageStats into a
 * nested loop over the whole village (seconds for a village of 12,000 people). Hash joins are right here.
 */
async function refreshFreshVillage(trx: Db, villageCode: string) {
  await sql`SET LOCAL enable_nestloop = off`.execute(trx);
  await refreshVillageStats(trx, villageCode);
  await sql`SET LOCAL enable_nestloop = on`.execute(trx);
}

export function unnestWriter(db: Db, chunk = 5_000): UnnestWriter {
  return {
    method: 'unnest',
    writeVillage: (batch) =>
      db.transaction().execute(async (trx) => {
        await insertUnnest(trx, HOUSEHOLD_TABLE, batch.households, chunk);
        await insertUnnest(trx, FAMILY_TABLE, batch.families, chunk);
        await insertUnnest(trx, NIK_TABLE, nikRows(batch.residents), chunk);
        await insertUnnest(trx, RESIDENT_TABLE, batch.residents, chunk);
        await addNameWordsOfVillages(trx, [batch.villageCode]);
        await refreshFreshVillage(trx, batch.villageCode);
      }),
    finish: async () => {},
    close: async () => {},
  };
}

/** Slices of 256 KB, so the socket is fed steadily rather than handed a whole village at once. */
function* slices(bytes: Uint8Array) {
  for (let start = 0; start < bytes.length; start += 262_144)
    yield Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(262_144, bytes.length - start));
}

async function copyText(
  client: pg.ClientBase,
  spec: { table: string; columns: readonly { name: string }[] },
  bytes: Uint8Array,
) {
  const columns = spec.columns.map((c) => `"${c.name}"`).join(', ');
  const target = client.query(copyFrom(`COPY ${spec.table} (${columns}) FROM STDIN`));
  await pipeline(Readable.from(slices(bytes)), target);
}

/** A Kysely instance over one already-connected client, so statistics run inside the COPY transaction. */
function kyselyOnClient(client: pg.Client): Db {
  const pooled = { query: client.query.bind(client), release: () => {} } as unknown as PostgresPoolClient;
  return new Kysely<DB>({
    dialect: new PostgresDialect({
      pool: { connect: () => Promise.resolve(pooled), end: () => Promise.resolve(), options: {} },
    }),
  });
}

async function copyVillage(client: pg.ClientBase, village: PreparedVillage) {
  for (const spec of COPY_TABLES) await copyText(client, spec, village.copyText[spec.table]);
}

/**
 * COPY on a connection of its own. Per village (default): one transaction per village with its statistics.
 * Bulk (large loads): one transaction for the whole load with indexes deferred (see deferred-indexes.ts),
 * statistics refreshed per village at the end.
 */
export async function copyWriter(databaseUrl: string, options: { bulk: boolean }): Promise<CopyWriter> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const db = kyselyOnClient(client);
  if (!options.bulk) {
    return {
      method: 'copy',
      writeVillage: async (village) => {
        await client.query('BEGIN');
        try {
          await copyVillage(client, village);
          await addNameWordsOfVillages(db, [village.villageCode]);
          await refreshFreshVillage(db, village.villageCode);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      },
      finish: async () => {},
      close: () => client.end(),
    };
  }
  await client.query('BEGIN');
  const deferred = await deferIndexes(client);
  const loaded: string[] = [];
  let committed = false;
  return {
    method: 'copy-bulk',
    writeVillage: async (village) => {
      await copyVillage(client, village);
      loaded.push(village.villageCode);
    },
    finish: async (log) => {
      let started = performance.now();
      const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
      // Before the indexes come back: one pass over the loaded residents, their words sorted once.
      await addNameWordsOfVillages(db, loaded);
      log(`Added the name words of ${loaded.length} villages to the dictionary in ${seconds()} s.`);
      started = performance.now();
      await restoreIndexes(client, deferred);
      log(
        `Rebuilt ${deferred.keys.length} keys, ${deferred.indexes.length} indexes and ${deferred.foreignKeys.length} foreign keys in ${seconds()} s.`,
      );
      started = performance.now();
      await client.query(`ANALYZE ${POPULATION_TABLES.join(', ')}`);
      // Room to count every village's groups in hash tables instead of sorting 1.7 million rows first.
      await client.query(`SET LOCAL work_mem = '64MB'`);
      await refreshStatsAfterChange(db, loaded);
      await client.query('COMMIT');
      committed = true;
      log(`Refreshed statistics of ${loaded.length} villages and committed in ${seconds()} s.`);
    },
    close: async () => {
      if (!committed) await client.query('ROLLBACK');
      await client.end();
    },
  };
}
