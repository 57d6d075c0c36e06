-- The public look-up (Cek Bansos, issue 13) asks for a name within one village. Through resident_name_words_idx
-- (migration 0006) PostgreSQL read the posting list of every matching word in the whole regency ("siti": about
-- 100,000 residents) before keeping the village's few: about 10 ms of a look-up's 12 ms. This index keys each
-- name word by its village ("35.10.03.2006:siti"), so a name in one village reads only that village's matches.
-- The words are name_words' (lower-case runs of letters), built from full_name with built-in immutable
-- functions only; the look-up repeats this exact expression (cek-bansos/lookup/queries.ts villageNameKeys) so the
-- planner matches it to the index. A multi-column GIN index (btree_gin) would have done the same without an
-- expression, but PGlite cannot load btree_gin beside pg_trgm: pg_trgm's similarity stops answering.
CREATE INDEX resident_village_name_keys_idx ON resident USING gin ((
  array_remove(regexp_split_to_array(regexp_replace(lower(full_name),
    '[^[:alpha:]]*([[:alpha:]]+)[^[:alpha:]]*', village_code || ':\1 ', 'g'), ' '), '')
));
COMMENT ON INDEX resident_village_name_keys_idx IS 'Each name word keyed by its village (village_code:word): a name in one village reads only that village''s matches';
