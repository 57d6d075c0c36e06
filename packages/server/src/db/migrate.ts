// Applies the numbered SQL files in ./migrations once each, in order, each in its own transaction.
// Landed migrations are frozen: a changed file is refused by checksum rather than silently skipped.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Database } from './database.ts';

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
    // One script per migration: its statements and its bookkeeping row commit together or not at all.
    // The advisory lock makes a second server starting at the same moment wait, then fail on the primary key
    // instead of applying the same migration twice.
    await database.runScript(
      `BEGIN;\nSELECT pg_advisory_xact_lock(727001);\n${migration.sql}\n;` +
        `INSERT INTO schema_migration (name, checksum) VALUES ('${migration.name}', '${migration.checksum}');\nCOMMIT;`,
    );
    ran.push(migration.name);
  }
  return ran;
}
