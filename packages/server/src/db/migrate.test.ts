import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-database.ts';
import type { Database } from './database.ts';
import { listMigrations, migrate } from './migrate.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

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
      sql: 'CREATE TABLE probe_two (id int); SELECT no_such_column FROM probe;',
      checksum: 'b',
    };
    expect(await migrate(database, [...listMigrations(), good])).toEqual(['9998_probe.sql']);
    await expect(migrate(database, [...listMigrations(), good, bad])).rejects.toThrow();
    const tables = await database.db.introspection.getTables();
    expect(tables.map((t) => t.name)).toContain('probe');
    expect(tables.map((t) => t.name)).not.toContain('probe_two');
  });
});
