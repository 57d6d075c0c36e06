// The dictionary words each typed word of a look-up matches (the registry's typo-tolerant rule,
// registry/name-match.ts), kept in memory for a while. Matching a word is a trigram search of the whole
// name_word dictionary: at peak it was a third of a name look-up's PostgreSQL time, spent again and again on
// the same few thousand words people type ("siti", "slamet", "sri"). The dictionary only grows, and a word
// added to it is a new resident's name: the look-up finds her by that spelling at most TTL_MS later, long
// before any program could enrol her. Bounded: past MOST_WORDS the words unused longest are forgotten.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { queryWordMatches } from '../../population/registry/name-match.ts';

export const TTL_MS = 10 * 60_000;
export const MOST_WORDS = 20_000;

export interface WordMatches {
  /** Per typed word (already split by nameQueryWords), the dictionary words it matches; [] when none. */
  of(words: readonly string[]): Promise<string[][]>;
}

export function wordMatches(
  db: Db,
  { now = Date.now, most = MOST_WORDS }: { now?: () => number; most?: number } = {},
): WordMatches {
  // A Map keeps insertion order: a word used again is moved to the end, so the first key is the stalest.
  const known = new Map<string, { words: string[]; until: number }>();
  const remember = (word: string, entry: { words: string[]; until: number }) => {
    known.delete(word);
    known.set(word, entry);
    while (known.size > most) known.delete(known.keys().next().value!);
  };
  return {
    async of(words) {
      // This question's entries, whatever the bound forgets meanwhile.
      const entries = new Map<string, { words: string[]; until: number }>();
      for (const word of words) {
        const entry = known.get(word);
        if (entry && entry.until > now()) entries.set(word, entry);
      }
      const missing = [...new Set(words.filter((word) => !entries.has(word)))];
      if (missing.length > 0) {
        const { rows } = await sql<{ i: number; words: string[] }>`
          SELECT m.i, m.words FROM ${queryWordMatches(missing)} m`.execute(db);
        const found = new Map(rows.map((row) => [missing[row.i - 1]!, row.words]));
        const until = now() + TTL_MS;
        for (const word of missing) entries.set(word, { words: found.get(word) ?? [], until });
      }
      // A word used again moves to the end (forgotten last) but keeps its deadline: a word typed all day long
      // is still matched afresh every TTL_MS.
      for (const [word, entry] of entries) remember(word, entry);
      return words.map((word) => entries.get(word)!.words);
    },
  };
}
