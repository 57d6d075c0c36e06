// The COPY paths (PostgreSQL only) write exactly what the unnest path writes, name dictionary included (every
// path fills it from the loaded rows, no trigger), and bulk mode gives back every key, index and foreign key
// (other tables' too) it deferred. Two small villages keep it quick.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { openPostgres, type Database, type Db } from '../../db/database.ts';
import { createTestDatabase } from '../../../test/test-database.ts';
import { databaseUrl } from '../../../test/global-setup.ts';
import { copyLine, RESIDENT_TABLE } from './columns.ts';
import type { ResidentRow } from './generate-village.ts';
import { seedPopulation } from './seed-population.ts';
import { dropScratchDatabase } from '../../../test/drop-database.ts';

const template = inject('dbTemplate');
const VILLAGES = ['35.10.01.2001', '35.10.01.2002'];
const small = { scale: 'regency' as const, villageCodes: VILLAGES, residentsPerVillage: 300 };

async function fingerprint(db: Db) {
  const rows = await sql<{
    digest: string;
    residents: number;
    stats: number;
    words: string;
    missingWords: number;
  }>`
    SELECT md5(string_agg(concat_ws('|', r.nik, r.full_name, r.birth_date, r.family_id, f.kk_number, h.latitude,
                 r.verification_flags::text), ',' ORDER BY r.nik)) AS digest,
           count(*)::int AS residents,
           (SELECT count(*)::int FROM population_stat) AS stats,
           (SELECT md5(string_agg(word, ',' ORDER BY word)) FROM name_word) AS words,
           (SELECT count(DISTINCT w)::int FROM resident, unnest(name_words) w
            WHERE NOT EXISTS (SELECT 1 FROM name_word nw WHERE nw.word = w)) AS "missingWords"
    FROM resident r JOIN family f ON f.village_code = r.village_code AND f.id = r.family_id
    JOIN household h ON h.village_code = f.village_code AND h.id = f.household_id`.execute(db);
  return rows.rows[0]!;
}

const schemaObjects = (db: Db) =>
  sql<{ name: string }>`
    SELECT indexname AS name FROM pg_indexes WHERE tablename IN ('household', 'family', 'resident', 'resident_nik')
    UNION ALL SELECT conrelid::regclass::text || '.' || conname FROM pg_constraint
    WHERE conrelid IN ('household'::regclass, 'family'::regclass, 'resident'::regclass, 'resident_nik'::regclass)
       OR confrelid IN ('household'::regclass, 'family'::regclass, 'resident'::regclass)
    UNION ALL SELECT tgname || ' ' || tgenabled::text FROM pg_trigger WHERE tgrelid = 'resident'::regclass AND NOT tgisinternal
    ORDER BY 1`
    .execute(db)
    .then((r) => r.rows.map((row) => row.name));

describe('COPY text', () => {
  it('escapes tabs, newlines and backslashes and writes nulls as \\N', () => {
    const row = {
      village_code: '35.10.01.2001',
      full_name: 'A\tB\\C\nD',
      nik: '1',
      verification_flags: ['X', 'Y'],
    };
    const line = copyLine(RESIDENT_TABLE, row as unknown as ResidentRow);
    expect(line.startsWith('35.10.01.2001\t\\N\t1\t\\N\t\\N\tA\\tB\\\\C\\nD\t')).toBe(true);
    expect(line.endsWith('\t{X,Y}\n')).toBe(true);
  });
});

describe.skipIf(template.kind !== 'postgres')('COPY load paths on PostgreSQL', () => {
  let reference: Database;
  const extra: { name: string; database: Database }[] = [];
  let admin: pg.Client;

  async function scratchDatabase() {
    if (template.kind !== 'postgres') throw new Error('PostgreSQL only');
    const name = `sk_test_copy_${randomBytes(5).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template.template}`);
    const url = databaseUrl(template.adminUrl, name);
    const database = openPostgres(url, 2);
    extra.push({ name, database });
    return { url, database };
  }

  beforeAll(async () => {
    if (template.kind !== 'postgres') return;
    admin = new pg.Client({ connectionString: template.adminUrl });
    await admin.connect();
    reference = await createTestDatabase();
    await seedPopulation(reference.db, '35.10', { ...small, method: 'unnest' });
  });
  afterAll(async () => {
    for (const { name, database } of extra) {
      await database.close();
      await dropScratchDatabase(admin, name);
    }
    await reference?.close();
    await admin?.end();
  });

  it.each(['copy', 'copy-bulk'] as const)(
    '%s writes the same rows and statistics as unnest',
    async (method) => {
      const { url, database } = await scratchDatabase();
      const before = await schemaObjects(database.db);
      const result = await seedPopulation(database.db, '35.10', { ...small, method, databaseUrl: url });
      expect(result.method).toBe(method);
      const loaded = await fingerprint(database.db);
      expect(loaded).toEqual(await fingerprint(reference.db));
      expect(loaded.missingWords).toBe(0);
      expect(await schemaObjects(database.db)).toEqual(before);
    },
  );

  it('rolls a failed bulk load back, indexes included', async () => {
    const { url, database } = await scratchDatabase();
    const before = await schemaObjects(database.db);
    // A NIK already claimed elsewhere makes the load fail at the resident_nik primary key.
    const { rows } = await sql<{ nik: string }>`SELECT nik FROM resident ORDER BY nik LIMIT 1`.execute(
      reference.db,
    );
    await sql`INSERT INTO resident_nik (nik, village_code, resident_id)
              VALUES (${rows[0]!.nik}, '35.10.02.2001', gen_random_uuid())`.execute(database.db);
    await expect(
      seedPopulation(database.db, '35.10', { ...small, method: 'copy-bulk', databaseUrl: url }),
    ).rejects.toThrow();
    expect(await schemaObjects(database.db)).toEqual(before);
    const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM resident`.execute(database.db);
    expect(count.rows[0]!.n).toBe(0);
  });
});
