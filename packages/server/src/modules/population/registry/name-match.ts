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

/** Whether the dictionary word `w` (a `name_word w` row) matches one query word: its key equals, starts with or
 * is similar to the query word's key. */
export function wordMatches(word: string): RawBuilder<SqlBool> {
  const prefix = sql`replace(replace(replace(name_sound(${word}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
  return sql<SqlBool>`(w.sound % name_sound(${word}) OR w.sound LIKE ${prefix})`;
}

/** The dictionary words one query word matches, as an SQL array to test `name_words && …` against. */
export function wordsMatching(word: string): RawBuilder<string[]> {
  return sql<string[]>`ARRAY(SELECT w.word FROM name_word w WHERE ${wordMatches(word)})`;
}
