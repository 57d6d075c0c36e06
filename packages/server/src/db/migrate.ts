// Applies the numbered SQL files in ./migrations once each, in order, each in its own transaction.
// Landed migrations are frozen: a changed file is refused by checksum (over the whole file) rather than
// silently skipped. A migration is sent statement by statement (split by PostgreSQL's own parser): Citus
// refuses many DDL statements arriving as one multi-statement string (docs/ARCHITECTURE.md, Scale-out).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Database } from './database.ts';
import { allowLongStatements } from './statement-timeout.ts';
import { splitStatements } from './sql-statements.ts';

const migrationsDir = path.join(import.meta.dirname, 'migrations');

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

export async function migrate(database: Database, migrations = listMigrations()): Promise<string[]> {
  const { db } = database;
  await sql`CREATE TABLE IF NOT EXISTS schema_migration (
    name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
    db,
  );
  const applied = new Map(
    (
      await sql<{ name: string; checksum: string }>`SELECT name, checksum FROM schema_migration`.execute(db)
    ).rows.map((row) => [row.name, row.checksum]),
  );
  const ran: string[] = [];
  for (const migration of migrations) {
    const known = applied.get(migration.name);
    if (known !== undefined) {
      if (known !== migration.checksum) {
        throw new Error(
          `Migration ${migration.name} was edited after it was applied; add a new migration instead`,
        );
      }
      continue;
    }
    await applyMigration(database, migration);
    ran.push(migration.name);
  }
  return ran;
}

/**
 * One transaction on one connection (Kysely pins it, on the pool as on PGlite): its statements and its
 * bookkeeping row commit together or not at all. The advisory lock makes a second server starting at the
 * same moment wait, then fail on the bookkeeping row's primary key instead of applying the migration twice.
 */
async function applyMigration(database: Database, migration: Migration) {
  const statements = await splitStatements(migration.sql).catch((error: unknown) => {
    throw new Error(`Migration ${migration.name}: ${(error as Error).message}`, { cause: error });
  });
  await database.db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(727001)`.execute(trx);
    // Migrations build indexes over whole tables: no statement limit for them.
    await allowLongStatements(trx, 0);
    for (const statement of statements) {
      try {
        await sql.raw(statement.sql).execute(trx);
      } catch (error) {
        throw new Error(
          `Migration ${migration.name} failed at line ${statement.line}: ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
    await sql`INSERT INTO schema_migration (name, checksum) VALUES (${migration.name}, ${migration.checksum})`.execute(
      trx,
    );
  });
}
