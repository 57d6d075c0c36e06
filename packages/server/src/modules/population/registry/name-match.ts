// How one word of a name query matches the words of names: through the spelling-variant key (name_sound,
// migration 0007) on both sides. The dictionary's words are keyed when the app adds them (name_word.sound),
// the query word is keyed the same way here, and every comparison is between keys: the same key, a key that
// starts with the query's ("Qalbiy" finds "Qalbiyah"), or a similar key (pg_trgm `%`, index
// name_word_sound_trgm_idx of migration 0013, so "Aminnah" finds "Aminah"). Two spellings with one key
// ("kholik" and "holik", "Djoko" and "Joko") therefore find exactly the same names, typos around them
// included. Shared by the resident search and the household search (by the head's name).
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/** The words of a name query as the name_words column splits names: lower-case letters only, at most five. */
export function nameQueryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(0, 5);
}

/** Whether the dictionary word `w` (a `name_word w` row) matches a query word whose key is `key` (an SQL
 * expression): the word's key equals, starts with or is similar to it. */
function soundMatches(key: RawBuilder<string>): RawBuilder<SqlBool> {
  const prefix = sql`replace(replace(replace(${key}, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
  return sql<SqlBool>`(w.sound % ${key} OR w.sound LIKE ${prefix})`;
}

/** Whether the dictionary word `w` (a `name_word w` row) matches one query word: its key equals, starts with or
 * is similar to the query word's key. */
export function wordMatches(word: string): RawBuilder<SqlBool> {
  return soundMatches(sql<string>`name_sound(${word})`);
}

/** The dictionary words one query word matches, as an SQL array to test `name_words && …` against. */
export function wordsMatching(word: string): RawBuilder<string[]> {
  return sql<string[]>`ARRAY(SELECT w.word FROM name_word w WHERE ${wordMatches(word)})`;
}

/**
 * Every query word matched against the dictionary in one pass, each word keyed once: per word (`i`, from 1 in
 * query order), the dictionary words it matches and the closest of them (the word itself when it is one, else
 * the most similar; ties by spelling). A word that matches nothing has no row. The body of a CTE: the keys are
 * computed in a materialized sub-select first, so name_sound runs once per query word, not once per pair.
 */
export function queryWordMatches(
  words: string[],
): RawBuilder<{ i: number; words: string[]; closest: string }> {
  return sql`(SELECT q.i, array_agg(w.word) AS words,
      (array_agg(w.word ORDER BY w.word = q.word DESC, similarity(w.word, q.word) DESC, w.word))[1] AS closest
    FROM (SELECT t.word, t.i::int AS i, name_sound(t.word) AS sound
          FROM unnest(${words}::text[]) WITH ORDINALITY AS t(word, i) OFFSET 0) q
    JOIN name_word w ON ${soundMatches(sql<string>`q.sound`)}
    GROUP BY q.i)`;
}

/**
 * Each word of the resident `r`'s name keyed by its village ("35.10.03.2006:siti"): exactly the expression of
 * index resident_village_name_keys_idx (migration 0033; a name within one village: Cek Bansos and the
 * village's own search), written as SQL text, never as parameters, so that the planner matches it to the index. The words are name_words' (lower-case runs of letters); a name that starts
 * or ends with another character also keys "<village>:" alone, which no look-up asks for.
 */
export const villageNameKeys = sql<string[]>`string_to_array(r.village_code || ':' ||
    regexp_replace(lower(r.full_name), '[^[:alpha:]]+', ' ' || r.village_code || ':', 'g'), ' ')`;

/** One dictionary word keyed as villageNameKeys keys the names of `village` (for words known to the app). */
export const villageKey = (village: string, word: string) => `${village}:${word}`;

/** Dictionary words (an SQL array expression) keyed as villageNameKeys keys the names of `village`. */
export function keyedByVillage(village: string, words: RawBuilder<unknown>): RawBuilder<string[]> {
  return sql<string[]>`ARRAY(SELECT ${village}::text || ':' || w FROM unnest(${words}::text[]) w)`;
}
