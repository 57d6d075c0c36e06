// The name-word dictionary (name_word) and the distinct spellings of names (name_spelling, migration 0019)
// behind the typo-tolerant name search. Every resident insert, and every
// update that may change a full_name, must add the new words in the SAME transaction, after the write: the
// application does it, not a trigger, because Citus distributes no table with triggers (migration 0010).
// The words are read back from resident.name_words, the generated column the search matches against, so the
// dictionary splits names exactly as the column does.
//
// Which call fits which write:
// - rows of known ids (a birth, a correction, an import's inserts and updates): addNameWordsOfResidents;
// - a set-based write (COPY, INSERT … SELECT from a staging table, a whole village): addNameWordsOfVillages
//   for the villages written, after the last statement that wrote residents, or RETURNING id from the
//   INSERT … SELECT and addNameWordsOfResidents with those ids.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/database.ts';

/**
 * Only words not in the dictionary yet are inserted (on Citus an insert into a reference table reaches every
 * node), in word order, so two transactions adding overlapping words wait for each other instead of
 * deadlocking; ON CONFLICT covers the one that waited.
 */
async function insertMissingWords(db: Db, from: RawBuilder<unknown>) {
  await sql`
    INSERT INTO name_word (word)
    SELECT DISTINCT found.word FROM (${from}) AS found (word)
    WHERE NOT EXISTS (SELECT 1 FROM name_word nw WHERE nw.word = found.word)
    ORDER BY found.word
    ON CONFLICT (word) DO NOTHING`.execute(db);
}

/** The spellings (whole name_words arrays) not known yet, in the same order for the same reason. */
async function insertMissingSpellings(db: Db, from: RawBuilder<unknown>) {
  await sql`
    INSERT INTO name_spelling (words)
    SELECT DISTINCT found.words FROM (${from}) AS found (words)
    WHERE cardinality(found.words) > 0
      AND NOT EXISTS (SELECT 1 FROM name_spelling ns WHERE ns.words = found.words)
    ORDER BY found.words
    ON CONFLICT (words) DO NOTHING`.execute(db);
}

/** Adds the name words of these residents of one village (just inserted or updated, same transaction). */
export async function addNameWordsOfResidents(db: Db, villageCode: string, residentIds: readonly string[]) {
  if (residentIds.length === 0) return;
  const ofResidents = (column: RawBuilder<unknown>) =>
    sql`SELECT ${column} FROM resident r
        WHERE r.village_code = ${villageCode} AND r.id = ANY(${[...residentIds]}::uuid[])`;
  await insertMissingWords(db, ofResidents(sql`unnest(r.name_words)`));
  await insertMissingSpellings(db, ofResidents(sql`r.name_words`));
}

/** Adds the name words of every resident of these villages: the set-based form for bulk writes. */
export async function addNameWordsOfVillages(db: Db, villageCodes: readonly string[]) {
  if (villageCodes.length === 0) return;
  const ofVillages = (column: RawBuilder<unknown>) =>
    sql`SELECT ${column} FROM resident r WHERE r.village_code = ANY(${[...villageCodes]}::text[])`;
  await insertMissingWords(db, ofVillages(sql`unnest(r.name_words)`));
  await insertMissingSpellings(db, ofVillages(sql`r.name_words`));
}
