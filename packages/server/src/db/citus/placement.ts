// The Citus placement of every table, as placement.sql lists it. The list is read by running that very file
// (into a temporary table, inside a transaction), so the schema test checks what the distribution step runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { splitStatements, type SqlStatement } from '../sql-statements.ts';

export const PLACEMENT_FILE = path.join(import.meta.dirname, 'placement.sql');
export const DISTRIBUTE_FILE = path.join(import.meta.dirname, 'distribute.sql');

export type PlacementKind = 'village' | 'reference' | 'directory' | 'coordinator';

export interface TablePlacement {
  table: string;
  placement: PlacementKind;
  /** village_code for village tables, the directory's own key for a directory, null otherwise. */
  distributionColumn: string | null;
}

export function fileStatements(file: string): Promise<SqlStatement[]> {
  return splitStatements(readFileSync(file, 'utf8'));
}

/** Runs placement.sql in the caller's transaction (its temporary table lives until the commit). */
export async function createPlacementTable(trx: Db) {
  for (const statement of await fileStatements(PLACEMENT_FILE)) await sql.raw(statement.sql).execute(trx);
}

export async function readPlacement(db: Db): Promise<TablePlacement[]> {
  return db.transaction().execute(async (trx) => {
    await createPlacementTable(trx);
    const { rows } = await sql<TablePlacement>`
      SELECT table_name AS "table", placement, distribution_column AS "distributionColumn"
      FROM citus_placement ORDER BY table_name`.execute(trx);
    return rows;
  });
}

/** The installed Citus version, or null on plain PostgreSQL and PGlite. */
export async function citusVersion(db: Db): Promise<string | null> {
  const { rows } = await sql<{ version: string }>`
    SELECT extversion AS version FROM pg_extension WHERE extname = 'citus'`.execute(db);
  return rows[0]?.version ?? null;
}
