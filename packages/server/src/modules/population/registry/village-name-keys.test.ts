// The look-up's village-keyed name words must be the index's expression exactly (or the planner would not use
// resident_village_name_keys_idx and every look-up would read the regency's word lists again), and must hold
// the same words as name_words, which the rest of the name search uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/database.ts';
import { createTestDatabase } from '../../../../test/test-database.ts';
import { villageNameKeys } from './name-match.ts';

const migration = readFileSync(
  path.join(import.meta.dirname, '../../../db/migrations/0033_resident_village_name_keys.sql'),
  'utf8',
);
const squeeze = (text: string) => text.replace(/\s+/g, '').replaceAll('r.', '');

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('the village-keyed name words', () => {
  it('are written as the index is', () => {
    const indexed = /USING gin \(\(([\s\S]+?)\)\);/.exec(migration)?.[1];
    expect(indexed).toBeDefined();
    const compiled = villageNameKeys.compile(database.db).sql;
    expect(squeeze(compiled)).toBe(squeeze(indexed!));
  });

  it('hold the words of name_words, each after its village code', async () => {
    for (const name of [
      'Siti Aminah',
      '  SITI-aminah ',
      "Ni'mah binti H. Abdul",
      'Nur  Él Hüda',
      '1234',
      'A',
    ]) {
      const { rows } = await sql<{ keys: string[]; words: string[] }>`
          SELECT ${villageNameKeys} AS keys,
                 array_remove(regexp_split_to_array(lower(r.full_name), '[^[:alpha:]]+'), '') AS words
          FROM (SELECT ${name}::text AS full_name, '35.10.03.2006'::text AS village_code) r`.execute(
        database.db,
      );
      const expected = rows[0]!.words.map((word) => `35.10.03.2006:${word}`);
      // Other characters at either end key the village with no word, which no typed word asks for.
      const keys = rows[0]!.keys.filter((key) => key !== '35.10.03.2006:');
      expect(keys, name).toEqual(expected);
    }
  });
});
