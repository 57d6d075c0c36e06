// The distribution step, run on both engines against a stand-in for Citus (test-support/emulated-citus.sql)
// that records what would be distributed and refuses what Citus refuses. The real cluster run is described
// in docs/ARCHITECTURE.md ("Scale-out").
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-database.ts';
import type { Database } from '../database.ts';
import { distributedTables, distributeTables, SchemaRulesBroken } from './distribute.ts';
import { fileStatements, readPlacement } from './placement.ts';

// On a real cluster (CITUS_TEST_NODES) the test database is distributed by the real step already.
const onCitus = inject('dbTemplate').kind === 'citus';

let database: Database;
beforeAll(async () => {
  if (onCitus) return;
  database = await createTestDatabase();
  const emulation = await fileStatements(path.join(import.meta.dirname, 'test-support/emulated-citus.sql'));
  for (const statement of emulation) await sql.raw(statement.sql).execute(database.db);
});
afterAll(() => database?.close());

const foreignKeys = async () =>
  (
    await sql<{ key: string }>`
      SELECT conrelid::regclass::text || '.' || conname || ' ' || pg_get_constraintdef(oid) AS key
      FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY 1`.execute(
      database.db,
    )
  ).rows.map((r) => r.key);

const truncated = async () =>
  (
    await sql<{
      name: string;
    }>`SELECT relation::text AS name FROM citus_emulation.truncated ORDER BY 1`.execute(database.db)
  ).rows.map((r) => r.name);

describe.skipIf(onCitus)('the emulated coordinator', () => {
  it('refuses what Citus refuses: a table with a trigger, a key towards a table still local', async () => {
    await expect(sql`SELECT create_reference_table('audit_log')`.execute(database.db)).rejects.toThrow(
      /because it has triggers/,
    );
    await expect(
      sql`SELECT create_distributed_table('household', 'village_code', colocate_with => 'none')`.execute(
        database.db,
      ),
    ).rejects.toThrow(/foreign key .* not colocated or not referencing a reference table/);
  });
});

describe.skipIf(onCitus)('npm run citus:distribute', () => {
  let keysBefore: string[];

  it('places every table as placement.sql says: village tables together, the NIK directory apart', async () => {
    keysBefore = await foreignKeys();
    await distributeTables(database.db);
    const placed = await readPlacement(database.db);
    const distributed = new Map((await distributedTables(database.db)).map((t) => [t.table, t]));
    for (const { table, placement, distributionColumn } of placed) {
      const seen = distributed.get(table);
      if (placement === 'coordinator') expect(seen, table).toBeUndefined();
      else if (placement === 'reference') expect(seen, table).toMatchObject({ method: 'reference' });
      else expect(seen, table).toMatchObject({ method: 'hash', column: distributionColumn });
    }
    const groups = (kind: string) =>
      new Set(placed.filter((p) => p.placement === kind).map((p) => distributed.get(p.table)!.colocation));
    expect(groups('village').size).toBe(1);
    expect(groups('directory').size).toBe(1);
    expect([...groups('village')]).not.toEqual([...groups('directory')]);
  });

  it('gives back every foreign key, the population cycle included, and clears the local copies', async () => {
    expect(await foreignKeys()).toEqual(keysBefore);
    expect(keysBefore.join('\n')).toMatch(/household\.household_head_fkey .*REFERENCES resident/);
    const placed = await readPlacement(database.db);
    expect(await truncated()).toEqual(
      placed
        .filter((p) => p.placement !== 'coordinator')
        .map((p) => p.table)
        .sort(),
    );
  });

  it('distributes, on the next run, only a table that is not distributed yet, colocated with the village', async () => {
    const before = await distributedTables(database.db);
    await sql`DELETE FROM citus_emulation.partition WHERE logicalrelid = 'import_job_row'::regclass`.execute(
      database.db,
    );
    await sql`DELETE FROM citus_emulation.truncated`.execute(database.db);
    await distributeTables(database.db);
    expect(await distributedTables(database.db)).toEqual(before);
    expect(await truncated()).toEqual(['import_job_row']);
    expect(await foreignKeys()).toEqual(keysBefore);
  });

  it('refuses, touching nothing, a schema with a table placement.sql does not place', async () => {
    await sql`CREATE TABLE unplaced_probe (id int PRIMARY KEY)`.execute(database.db);
    const before = await distributedTables(database.db);
    const refusal = await distributeTables(database.db).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SchemaRulesBroken);
    expect((refusal as SchemaRulesBroken).messages).toEqual([
      expect.stringMatching(/^\[every-table-placed\] unplaced_probe: not listed in placement.sql/),
    ]);
    expect(await distributedTables(database.db)).toEqual(before);
    await sql`DROP TABLE unplaced_probe`.execute(database.db);
  });
});
