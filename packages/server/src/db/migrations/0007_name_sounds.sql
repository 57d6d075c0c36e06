-- Spelling variants of Indonesian names. Trigram similarity misses names spelt by a different convention:
-- "riski" and "RIZKY" share too few trigrams, "Djoko" is "Joko" in today's spelling, "Soekarno" "Sukarno",
-- "Tjahjono" "Cahyono", "Achmad" "Ahmad". Each dictionary word gets a sound key that folds these together,
-- and a query word also matches the words with its key. Only the small name_word dictionary carries it.
--
-- The key, in this order: old (pre-1972) spelling to today's (oe -> u, dj -> j, tj -> c); ch/kh -> h,
-- ph -> f, th -> t, dh -> d; j and y -> i (old j is today's y), z -> s, v -> f, q -> k; doubled letters once;
-- a final d or b as t or p (Ahmad/Ahmat, Ayub/Ayup).
CREATE FUNCTION name_sound(word text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(regexp_replace(
    regexp_replace(
      translate(
        replace(replace(replace(replace(replace(replace(replace(replace(
          lower(word), 'oe', 'u'), 'dj', 'j'), 'tj', 'c'), 'ch', 'h'), 'kh', 'h'), 'ph', 'f'), 'th', 't'), 'dh', 'd'),
        'jyzvq', 'iisfk'),
      '(.)\1+', '\1', 'g'),
    'd$', 't'), 'b$', 'p')
$$;

ALTER TABLE name_word ADD COLUMN sound text GENERATED ALWAYS AS (name_sound(word)) STORED;
COMMENT ON COLUMN name_word.sound IS 'Spelling-variant key (name_sound): words with equal keys match each other';
CREATE INDEX name_word_sound_idx ON name_word (sound);
