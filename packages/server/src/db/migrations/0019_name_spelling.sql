-- Search that holds under load (issue 11, section 3): every distinct spelling of a resident's name, as its
-- words. A name search matched residents through the GIN index on resident.name_words, whose word lists are
-- as long as the residents who share a word: "siti" alone is 90,000 entries, and intersecting it with the
-- list of a second word read both lists whole (10-40 ms of CPU per search at regency scale). The regency's
-- 1.7 million residents have about 82,000 distinct spellings, so the same match on spellings reads lists
-- about twenty times shorter ("siti": 3,200 spellings); the residents of each matching spelling are then
-- found through the hash index of migration 0017, and the search stops reading them at its bound.
-- Like name_word, it only grows: the application adds the spellings of residents it writes, in the same
-- transaction (registry/name-word-queries.ts); a spelling nobody has any more simply finds no resident.
CREATE TABLE name_spelling (
  words text[] PRIMARY KEY
);
COMMENT ON TABLE name_spelling IS 'Every distinct resident.name_words (a name as its lower-case words): the name search matches spellings, then finds their residents';
CREATE INDEX name_spelling_words_idx ON name_spelling USING gin (words);

INSERT INTO name_spelling (words)
SELECT DISTINCT name_words FROM resident WHERE cardinality(name_words) > 0
ON CONFLICT (words) DO NOTHING;
