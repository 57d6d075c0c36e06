import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PGliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-database.ts';
import type { Database } from './database.ts';
import type { DB } from './schema.ts';
import { listMigrations, migrate } from './migrate.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** Every object a migration can make, one line each: what the schema is, whatever sent it. */
const SCHEMA_SIGNATURE = `
  SELECT line FROM (
    SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
           || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
           || coalesce(' = ' || pg_get_expr(d.adbin, d.adrelid), '')
           || coalesce(' -- ' || col_description(c.oid, a.attnum), '') AS line
    FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
    WHERE c.relnamespace = $1::text::regnamespace AND c.relkind = 'r'
    UNION ALL SELECT 'table ' || relname || coalesce(' -- ' || obj_description(oid, 'pg_class'), '')
    FROM pg_class WHERE relnamespace = $1::text::regnamespace AND relkind = 'r'
    UNION ALL SELECT 'constraint ' || conrelid::regclass::text || '.' || conname || ' ' || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = $1::text::regnamespace
    UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = $1::text
    UNION ALL SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE NOT t.tgisinternal AND c.relnamespace = $1::text::regnamespace
    UNION ALL SELECT 'function ' || pg_get_functiondef(p.oid) FROM pg_proc p
    WHERE p.pronamespace = $1::text::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  ) s WHERE line NOT LIKE '%schema_migration%' ORDER BY line`;

describe('migrate', () => {
  it('applies nothing twice', async () => {
    expect(await migrate(database)).toEqual([]);
  });

  it('refuses a landed migration whose text changed', async () => {
    const edited = listMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
    await expect(migrate(database, edited)).rejects.toThrow(/0001_regions\.sql was edited/);
  });

  it('applies a new migration and its bookkeeping together, and rolls back a failing one whole', async () => {
    const good = { name: '9998_probe.sql', sql: 'CREATE TABLE probe (id int);', checksum: 'a' };
    const bad = {
      name: '9999_broken.sql',
      sql: 'CREATE TABLE probe_two (id int);\n\nSELECT no_such_column FROM probe;',
      checksum: 'b',
    };
    expect(await migrate(database, [...listMigrations(), good])).toEqual(['9998_probe.sql']);
    await expect(migrate(database, [...listMigrations(), good, bad])).rejects.toThrow(
      /Migration 9999_broken\.sql failed at line 3: column "no_such_column" does not exist/,
    );
    const tables = await database.db.introspection.getTables();
    expect(tables.map((t) => t.name)).toContain('probe');
    expect(tables.map((t) => t.name)).not.toContain('probe_two');
  });

  it('refuses a migration with a syntax error before running any of it', async () => {
    const typo = {
      name: '9997_typo.sql',
      sql: 'CREATE TABLE typo_probe (id int);\nCREAT TABLE x ();',
      checksum: 'c',
    };
    await expect(migrate(database, [...listMigrations(), typo])).rejects.toThrow(
      /Migration 9997_typo\.sql: SQL syntax error \(line 2\)/,
    );
    const tables = await database.db.introspection.getTables();
    expect(tables.map((t) => t.name)).not.toContain('typo_probe');
  });

  it('sends each statement on its own, as Citus needs, inside the one transaction', async () => {
    const probe = {
      name: '9996_statements.sql',
      sql: `-- what the server received as the current query, statement by statement
        CREATE TABLE statement_probe AS SELECT current_query() AS seen, txid_current() AS tx;
        INSERT INTO statement_probe SELECT current_query(), txid_current();`,
      checksum: 'd',
    };
    expect(await migrate(database, [...listMigrations(), probe])).toEqual(['9996_statements.sql']);
    const { rows } = await sql<{
      seen: string;
      tx: string;
    }>`SELECT seen, tx::text FROM statement_probe`.execute(database.db);
    expect(rows.map((r) => r.seen)).toEqual([
      'CREATE TABLE statement_probe AS SELECT current_query() AS seen, txid_current() AS tx',
      'INSERT INTO statement_probe SELECT current_query(), txid_current()',
    ]);
    expect(new Set(rows.map((r) => r.tx)).size).toBe(1);
  });

  it('applies a migration once when two servers start at the same moment', async () => {
    const race = { name: '9995_race.sql', sql: 'CREATE TABLE race_probe (id int);', checksum: 'e' };
    const outcomes = await Promise.allSettled([
      migrate(database, [...listMigrations(), race]),
      migrate(database, [...listMigrations(), race]),
    ]);
    // The later one either saw the migration recorded, or waited on the lock and failed whole on it.
    const applied = outcomes.filter((o) => o.status === 'fulfilled' && o.value.includes(race.name));
    expect(applied).toHaveLength(1);
    for (const outcome of outcomes)
      if (outcome.status === 'rejected')
        expect(String(outcome.reason)).toMatch(/already exists|duplicate key/);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM schema_migration WHERE name = '9995_race.sql'`.execute(database.db);
    expect(rows[0]!.n).toBe(1);
  });
});

describe('the landed migrations, statement by statement', () => {
  it('build exactly the schema the whole files built', async () => {
    // One PGlite, two schemas: each file sent whole (as 0001-0009 landed) into one, split into the other.
    const pglite = await PGlite.create({ extensions: { pg_trgm } });
    const split: Database = {
      db: new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) }),
      kind: 'pglite',
      close: () => pglite.close(),
    };
    try {
      await pglite.exec(
        'CREATE EXTENSION pg_trgm; CREATE SCHEMA whole_files; CREATE SCHEMA split_statements;',
      );
      await pglite.exec('SET search_path TO whole_files, public');
      for (const migration of listMigrations()) await pglite.exec(migration.sql);
      await pglite.exec('SET search_path TO split_statements, public');
      await migrate(split);
      const signature = async (schema: string) =>
        (await pglite.query<{ line: string }>(SCHEMA_SIGNATURE, [schema])).rows.map((r) =>
          r.line.replaceAll(`${schema}.`, ''),
        );
      const whole = await signature('whole_files');
      expect(whole.length).toBeGreaterThan(150);
      expect(await signature('split_statements')).toEqual(whole);
    } finally {
      await split.close();
    }
  }, 60_000);
});
