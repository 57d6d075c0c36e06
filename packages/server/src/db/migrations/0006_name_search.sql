-- Name search by words. A whole-name trigram search over 1.7 million residents has to recheck every row
-- that shares a common trigram ("siti", "nur"), which took ~400 ms. Instead each resident's name is split
-- into lower-case words (a generated column with a GIN index), and a small dictionary of distinct name words
-- carries the trigram index: each word of the query is matched, typo-tolerantly, against the dictionary
-- (a few thousand rows), and residents must have a matching word for every word of the query.
ALTER TABLE resident ADD COLUMN name_words text[]
  GENERATED ALWAYS AS (array_remove(regexp_split_to_array(lower(full_name), '[^[:alpha:]]+'), '')) STORED;
COMMENT ON COLUMN resident.name_words IS 'Lower-case words of full_name, for the word-by-word name search';
CREATE INDEX resident_name_words_idx ON resident USING gin (name_words);
DROP INDEX resident_name_trgm_idx;

CREATE TABLE name_word (
  word text PRIMARY KEY
);
COMMENT ON TABLE name_word IS 'Every distinct word of any resident name: the typo-tolerant look-up happens here';
CREATE INDEX name_word_trgm_idx ON name_word USING gin (word gin_trgm_ops);

-- Statement-level, so a bulk load adds its words in one set-based insert, not one per row.
CREATE FUNCTION resident_collect_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO name_word (word)
  SELECT DISTINCT unnest(name_words) FROM new_rows
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END;
$$;
CREATE TRIGGER resident_name_words_insert AFTER INSERT ON resident
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION resident_collect_name_words();
CREATE TRIGGER resident_name_words_update AFTER UPDATE ON resident
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION resident_collect_name_words();

INSERT INTO name_word (word) SELECT DISTINCT unnest(name_words) FROM resident ON CONFLICT (word) DO NOTHING;
