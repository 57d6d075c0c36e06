// Bulk-load mode for PostgreSQL: building an index once over 1.7 million rows is several times cheaper than
// updating it row by row (the trigram index most of all), and checking a foreign key once with a join is far
// cheaper than a trigger per row. So a large load drops the keys, secondary indexes and foreign keys of the
// population tables (incoming ones too, which depend on the keys) and recreates them from their own catalogue
// definitions afterwards, all inside the load's transaction: if anything fails, the rollback brings every
// index and constraint back. A duplicate (a NIK claimed twice) then fails the load when its key is rebuilt
// rather than at its row: the outcome, a rollback, is the same.
import type pg from 'pg';

export const POPULATION_TABLES = ['household', 'family', 'resident', 'resident_nik'];

interface Constraint {
  table: string;
  name: string;
  definition: string;
}

export interface DeferredSchema {
  /** Primary keys and unique constraints, restored first: the foreign keys need them. */
  keys: Constraint[];
  indexes: { name: string; definition: string }[];
  /** Foreign keys from, and to, the population tables. */
  foreignKeys: Constraint[];
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

async function constraints(client: pg.ClientBase, where: string): Promise<Constraint[]> {
  const result = await client.query<Constraint>(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c WHERE ${where} ORDER BY c.conrelid::regclass::text, c.conname`,
    [POPULATION_TABLES],
  );
  return result.rows;
}

/** Drops the keys, secondary indexes and foreign keys; call inside a transaction. */
export async function deferIndexes(client: pg.ClientBase): Promise<DeferredSchema> {
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition
     FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
     ORDER BY i.indexname`,
    [POPULATION_TABLES],
  );
  const foreignKeys = await constraints(
    client,
    `c.contype = 'f' AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[]))`,
  );
  const keys = await constraints(client, `c.contype IN ('p', 'u') AND c.conrelid = ANY($1::regclass[])`);
  for (const { table, name } of [...foreignKeys, ...keys])
    await client.query(`ALTER TABLE ${table} DROP CONSTRAINT ${quote(name)}`);
  for (const index of indexes.rows) await client.query(`DROP INDEX ${quote(index.name)}`);
  return { keys, indexes: indexes.rows, foreignKeys };
}

/** Recreates what deferIndexes dropped, exactly as the catalogue described it. */
export async function restoreIndexes(client: pg.ClientBase, deferred: DeferredSchema) {
  // Sorting and trigram extraction want memory; only for this transaction.
  await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
  const add = ({ table, name, definition }: Constraint) =>
    client.query(`ALTER TABLE ${table} ADD CONSTRAINT ${quote(name)} ${definition}`);
  for (const key of deferred.keys) await add(key);
  for (const index of deferred.indexes) await client.query(index.definition);
  for (const fk of deferred.foreignKeys) await add(fk);
}
