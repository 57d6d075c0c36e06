// What the schema rules read from the PostgreSQL catalogue: the application's tables (the current schema,
// without extension-owned tables), their unique keys, foreign keys and triggers. Plain SQL over pg_catalog,
// the same on PGlite, PostgreSQL and a Citus coordinator.
import { sql } from 'kysely';
import type { Db } from '../database.ts';

export interface CatalogTable {
  name: string;
  hasVillageCode: boolean;
}

/** A primary key, unique constraint or unique index (a constraint is backed by its index). */
export interface CatalogUniqueKey {
  table: string;
  name: string;
  primary: boolean;
  /** Key columns in order; an expression column reads '(expression)'. INCLUDE columns are left out. */
  columns: string[];
}

export interface CatalogForeignKey {
  table: string;
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  /** pg_constraint codes: a no action, r restrict, c cascade, n set null, d set default. */
  onUpdate: string;
  onDelete: string;
}

export interface CatalogTrigger {
  table: string;
  name: string;
}

export interface SchemaCatalog {
  tables: CatalogTable[];
  uniqueKeys: CatalogUniqueKey[];
  foreignKeys: CatalogForeignKey[];
  triggers: CatalogTrigger[];
}

const appTables = sql`
  SELECT c.oid, c.relname FROM pg_class c
  WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    AND NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`;

export async function readSchemaCatalog(db: Db): Promise<SchemaCatalog> {
  const tables = await sql<CatalogTable>`
    SELECT t.relname::text AS name,
           EXISTS (SELECT 1 FROM pg_attribute a
                   WHERE a.attrelid = t.oid AND a.attname = 'village_code' AND NOT a.attisdropped) AS "hasVillageCode"
    FROM (${appTables}) t ORDER BY 1`.execute(db);
  const uniqueKeys = await sql<CatalogUniqueKey>`
    SELECT t.relname::text AS "table", ic.relname::text AS name, i.indisprimary AS "primary",
           ARRAY(SELECT coalesce(a.attname::text, '(expression)')
                 FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k (attnum, position)
                 LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                 WHERE k.position <= i.indnkeyatts ORDER BY k.position) AS columns
    FROM pg_index i JOIN (${appTables}) t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
    WHERE i.indisunique ORDER BY 1, 2`.execute(db);
  const foreignKeys = await sql<CatalogForeignKey>`
    SELECT t.relname::text AS "table", c.conname::text AS name, r.relname::text AS "referencedTable",
           ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k (attnum, position)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.position) AS columns,
           ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k (attnum, position)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.position)
             AS "referencedColumns",
           c.confupdtype::text AS "onUpdate", c.confdeltype::text AS "onDelete"
    FROM pg_constraint c JOIN (${appTables}) t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
    WHERE c.contype = 'f' ORDER BY 1, 2`.execute(db);
  const triggers = await sql<CatalogTrigger>`
    SELECT t.relname::text AS "table", g.tgname::text AS name
    FROM pg_trigger g JOIN (${appTables}) t ON t.oid = g.tgrelid
    WHERE NOT g.tgisinternal ORDER BY 1, 2`.execute(db);
  return {
    tables: tables.rows,
    uniqueKeys: uniqueKeys.rows,
    foreignKeys: foreignKeys.rows,
    triggers: triggers.rows,
  };
}
