-- Exact full-name look-up for the bounded name search (modules/population/records/search-queries.ts).
-- A name search no longer reads every resident who shares a word with the query ("siti" alone is 90,000
-- residents of the regency): it counts at most 1,000 matches and ranks a bounded candidate set. Residents
-- named exactly as asked (the query's words, spelling corrected against the name_word dictionary) must
-- always be in that set, since they rank first; this index finds them directly however common the name is.
-- It keys a hash of the words, not the words: 13 MB instead of 137 MB for a btree on the arrays at regency
-- scale (81,000 distinct names among 1.7 million residents deduplicate well as integers; arrays are never
-- deduplicated), and the query re-checks the words themselves.
CREATE INDEX resident_name_exact_idx ON resident (hash_array(name_words));
COMMENT ON INDEX resident_name_exact_idx IS 'Residents by the hash of their name words: the exact-name tier of the bounded name search';
