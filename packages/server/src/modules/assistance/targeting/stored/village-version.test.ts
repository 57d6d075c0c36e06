// Every writer of what a village's targeting verdicts read raises the village's version in its transaction
// (there is no trigger to do it: the Citus rule). Registry writes do it through the population_stat refresh
// (refreshStatsAfterChange; kept-counts.test.ts shows a death going stale); the assistance tables' writers
// call markTargetingChanged themselves, which this test finds in the source.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { markAllTargetingChanged, markTargetingChanged } from './village-version.ts';

const TABLES = 'assistance_enrolment|resident_welfare|family_welfare|household_welfare_score';
const writes = new RegExp(
  `(insertInto|updateTable|deleteFrom)\\(\\s*'(${TABLES})'\\s*\\)|\\b(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|COPY)\\s+(${TABLES})\\b`,
);
const forgetsVersion = (text: string) =>
  writes.test(text) && !/markTargetingChanged\(|markAllTargetingChanged\(|targeting-version:/.test(text);

describe('every write of enrolments and welfare facts in the source', () => {
  it('raises the village targeting version in its transaction', () => {
    expect(forgetsVersion(`await db.insertInto('assistance_enrolment').values(row).execute();`)).toBe(true);
    expect(
      forgetsVersion(`await sql\`UPDATE family_welfare SET lost_livelihood = true\`.execute(trx);`),
    ).toBe(true);
    const root = path.resolve(import.meta.dirname, '../../../..');
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('test-support'),
    );
    expect(sources.length).toBeGreaterThan(50);
    expect(
      sources.filter((file) => writes.test(readFileSync(path.join(root, file), 'utf8'))).length,
    ).toBeGreaterThan(5);
    expect(sources.filter((file) => forgetsVersion(readFileSync(path.join(root, file), 'utf8')))).toEqual([]);
  });
});

describe('the village targeting version', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const versions = async () =>
    Object.fromEntries(
      (
        await sql<{ village_code: string; version: string }>`
          SELECT village_code, version::text FROM targeting_village_version ORDER BY village_code`.execute(
          t.database.db,
        )
      ).rows.map((row) => [row.village_code, Number(row.version)]),
    );

  it('starts at 1 and rises once per call for each village named (twice named is once)', async () => {
    await markTargetingChanged(t.database.db, ['35.10.01.2002', '35.10.01.2001', '35.10.01.2002']);
    await markTargetingChanged(t.database.db, ['35.10.01.2001']);
    await markTargetingChanged(t.database.db, []);
    expect(await versions()).toEqual({ '35.10.01.2001': 2, '35.10.01.2002': 1 });
  });

  it('rolls back with the write it belongs to', async () => {
    await t.database.db
      .transaction()
      .execute(async (trx) => {
        await markTargetingChanged(trx, ['35.10.01.2001']);
        throw new Error('the write failed');
      })
      .catch(() => undefined);
    expect((await versions())['35.10.01.2001']).toBe(2);
  });

  it('rises for every village holding stored counts after a bulk load', async () => {
    await sql`INSERT INTO targeting_village_count (village_code, program_id, village_version, target_unit,
      eligibility, as_of, units, households, eligible, enrolled, excluded, included, incomplete, unranked)
      SELECT '35.10.02.2001', id, 0, 'household', '{}', '2026-12-03', 0, 0, 0, 0, 0, 0, 0, 0
      FROM assistance_program WHERE code = 'RTLH'`.execute(t.database.db);
    await markAllTargetingChanged(t.database.db);
    expect(await versions()).toEqual({ '35.10.01.2001': 2, '35.10.01.2002': 1, '35.10.02.2001': 1 });
  });
});
