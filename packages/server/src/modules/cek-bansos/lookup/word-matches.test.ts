// The look-up's memory of dictionary matches: the registry's rule for a typed word, asked of the database once
// per word and then for TTL_MS; a word added to the dictionary meanwhile is matched when the memory expires.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/database.ts';
import { createTestDatabase } from '../../../../test/test-database.ts';
import { TTL_MS, wordMatches } from './word-matches.ts';

let database: Database;
let clock = 0;
const now = () => clock;
const addWords = (...words: string[]) =>
  sql`INSERT INTO name_word (word) SELECT unnest(${words}::text[]) ON CONFLICT DO NOTHING`.execute(
    database.db,
  );

beforeAll(async () => {
  database = await createTestDatabase();
  await addWords('aminah', 'aminatun', 'siti', 'slamet');
});
afterAll(() => database.close());

describe('the dictionary matches of typed words', () => {
  it('matches each word typo-tolerantly, in the order typed, and a word like no name word to nothing', async () => {
    const matches = await wordMatches(database.db, { now }).of(['aminnah', 'zzqxw', 'siti']);
    expect(matches[0]).toEqual(expect.arrayContaining(['aminah']));
    expect(matches[0]).not.toContain('slamet');
    expect(matches[1]).toEqual([]);
    expect(matches[2]).toEqual(['siti']);
  });

  it('finds a word added to the dictionary once the remembered match expires, however often it is asked', async () => {
    const dictionary = wordMatches(database.db, { now });
    clock = 1_000;
    expect(await dictionary.of(['sulastri'])).toEqual([[]]);
    await addWords('sulastri');
    // Asked again and again within the time: remembered, and asking does not push the deadline back.
    for (const at of [2_000, TTL_MS / 2, TTL_MS])
      expect(((clock = at), await dictionary.of(['sulastri']))).toEqual([[]]);
    clock = 1_000 + TTL_MS + 1;
    expect(await dictionary.of(['sulastri'])).toEqual([['sulastri']]);
  });

  it('forgets the words unused longest past its bound, and asks for them again', async () => {
    clock = 0;
    const dictionary = wordMatches(database.db, { now, most: 2 });
    await dictionary.of(['siti']);
    await dictionary.of(['slamet']);
    await dictionary.of(['siti']); // used again: "slamet" is now the stalest
    await dictionary.of(['aminah']);
    await addWords('slametan');
    // "slamet" was forgotten, so it is matched afresh and finds the new word.
    expect((await dictionary.of(['slamet']))[0]).toEqual(expect.arrayContaining(['slamet', 'slametan']));
  });
});
