-- The public look-up (Cek Bansos, issue 13) asks for a name within one village. Through resident_name_words_idx
-- (migration 0006) PostgreSQL read the posting list of every matching word in the whole regency ("siti": about
-- 100,000 residents) before keeping the village's few: about 10 ms of a look-up's 12 ms. This index keys each
-- name word by its village ("35.10.03.2006:siti"), so a name in one village reads only that village's matches.
-- The words are name_words' (lower-case runs of letters), built from full_name with built-in immutable
-- functions only: every run of other characters becomes " <village>:", so a name that starts or ends with one
-- also keys "<village>:" alone, which no look-up asks for (a typed word is never empty). One regexp without a
-- capture: 3.1 s over the regency's 1.7 million names where a capture-and-split form took 10.4 s, and a bulk
-- load rebuilds this index. Queries repeat this exact expression (population/registry/name-match.ts
-- villageNameKeys) so the planner matches it to the index. A multi-column GIN index (btree_gin) would have done
-- the same without an expression, but PGlite cannot load btree_gin beside pg_trgm: similarity stops answering.
CREATE INDEX resident_village_name_keys_idx ON resident USING gin ((
  string_to_array(village_code || ':' ||
    regexp_replace(lower(full_name), '[^[:alpha:]]+', ' ' || village_code || ':', 'g'), ' ')
));
COMMENT ON INDEX resident_village_name_keys_idx IS 'Each name word keyed by its village (village_code:word): a name in one village reads only that village''s matches';
