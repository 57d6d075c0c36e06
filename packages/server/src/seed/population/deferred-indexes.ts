// Bulk-load mode for PostgreSQL: building an index once over 1.7 million rows is several times cheaper than
// updating it row by row (the trigram index most of all), and checking a foreign key once with a join is far
// cheaper than a trigger per row. So a large load drops the secondary indexes and outgoing foreign keys of the
// population tables and recreates them from their own catalogue definitions afterwards, all inside the load's
// transaction: if anything fails, the rollback brings every index and constraint back. Primary keys stay,
// since other tables' foreign keys depend on them. The statement trigger that collects name words
// (migration 0006) is paused likewise: it would keep a copy of every inserted row for each COPY; one
// set-based insert over the loaded residents fills the dictionary at the end instead.
import type pg from 'pg';

export const POPULATION_TABLES = ['household', 'family', 'resident', 'resident_nik'];
const NAME_WORDS_TRIGGER = 'resident_name_words_insert';

export interface DeferredSchema {
  indexes: { name: string; definition: string }[];
  foreignKeys: { table: string; name: string; definition: string }[];
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** Drops the secondary indexes and outgoing foreign keys; call inside a transaction. */
export async function deferIndexes(client: pg.ClientBase): Promise<DeferredSchema> {
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition
     FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
     ORDER BY i.indexname`,
    [POPULATION_TABLES],
  );
  const foreignKeys = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c
     WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[])
     ORDER BY c.conname`,
    [POPULATION_TABLES],
  );
  for (const fk of foreignKeys.rows)
    await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${quote(fk.name)}`);
  for (const index of indexes.rows) await client.query(`DROP INDEX ${quote(index.name)}`);
  await client.query(`ALTER TABLE resident DISABLE TRIGGER ${NAME_WORDS_TRIGGER}`);
  return { indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

/** Recreates what deferIndexes dropped, exactly as the catalogue described it. */
export async function restoreIndexes(client: pg.ClientBase, deferred: DeferredSchema) {
  // Sorting and trigram extraction want memory; only for this transaction.
  await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
  await client.query(
    `INSERT INTO name_word (word) SELECT DISTINCT unnest(name_words) FROM resident ON CONFLICT (word) DO NOTHING`,
  );
  await client.query(`ALTER TABLE resident ENABLE TRIGGER ${NAME_WORDS_TRIGGER}`);
  for (const index of deferred.indexes) await client.query(index.definition);
  for (const fk of deferred.foreignKeys) {
    await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${quote(fk.name)} ${fk.definition}`);
  }
}
