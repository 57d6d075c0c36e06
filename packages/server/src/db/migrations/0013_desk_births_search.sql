-- The desk as operators work it (issue 11, section 2): a birth recorded before Dukcapil issues the baby's NIK,
-- the facts a birth certificate letter needs, and name matching that compares spelling-variant keys.

-- 1. A birth is reported to the village before Dukcapil issues the baby's NIK. The baby is registered under a
--    temporary number in OpenSID's convention ("0" + the village's 10-digit code + a 5-digit serial, see
--    docs/rules/NIK.md); the NIK is added later as its own event, so the history shows when it arrived.
ALTER TABLE resident_event DROP CONSTRAINT resident_event_event_type_check;
ALTER TABLE resident_event ADD CONSTRAINT resident_event_event_type_check
  CHECK (event_type IN ('birth', 'death', 'move_in', 'move_out', 'family_change', 'correction', 'void', 'import',
    'flags_cleared', 'nik_assigned'));
COMMENT ON COLUMN resident_event.event_type IS 'nik_assigned: the NIK Dukcapil issued replaced a temporary number';

-- 2. What a birth certificate letter (surat keterangan kelahiran) asks beyond the resident record, one row per
--    birth recorded at the village desk. Coded columns use OpenSID's lists (TEMPAT_DILAHIRKAN,
--    JENIS_KELAHIRAN, PENOLONG_KELAHIRAN), so a letter template written for OpenSID reads the same codes.
CREATE TABLE resident_birth (
  village_code   text NOT NULL,
  resident_id    uuid NOT NULL,
  birth_time     time,
  place_type     smallint CHECK (place_type BETWEEN 1 AND 5),
  birth_type     smallint CHECK (birth_type BETWEEN 1 AND 4),
  birth_order    smallint CHECK (birth_order BETWEEN 1 AND 30),
  attendant      smallint CHECK (attendant BETWEEN 1 AND 4),
  weight_grams   smallint CHECK (weight_grams BETWEEN 200 AND 9000),
  length_mm      smallint CHECK (length_mm BETWEEN 150 AND 800),
  temporary_nik  text CHECK (temporary_nik ~ '^0[0-9]{15}$'),
  PRIMARY KEY (village_code, resident_id),
  FOREIGN KEY (village_code, resident_id) REFERENCES resident (village_code, id)
);
COMMENT ON TABLE resident_birth IS 'Birth facts for the birth certificate letter, recorded with the birth event';
COMMENT ON COLUMN resident_birth.birth_time IS 'Local time of birth (WIB), OpenSID waktu_lahir';
COMMENT ON COLUMN resident_birth.place_type IS 'OpenSID tempat_dilahirkan: 1 RS/RB, 2 Puskesmas, 3 Polindes, 4 Rumah, 5 Lainnya';
COMMENT ON COLUMN resident_birth.birth_type IS 'OpenSID jenis_kelahiran: 1 Tunggal, 2 Kembar 2, 3 Kembar 3, 4 Kembar 4';
COMMENT ON COLUMN resident_birth.birth_order IS 'OpenSID kelahiran_anak_ke: the mother''s how-manieth child';
COMMENT ON COLUMN resident_birth.attendant IS 'OpenSID penolong_kelahiran: 1 Dokter, 2 Bidan Perawat, 3 Dukun, 4 Lainnya';
COMMENT ON COLUMN resident_birth.length_mm IS 'Body length at birth in millimetres (entered in centimetres, one decimal)';
COMMENT ON COLUMN resident_birth.temporary_nik IS 'The temporary number the baby was registered under, kept after the NIK arrives so it is never issued twice';

-- 3. Typo tolerance on the spelling-variant key. A query word matched the dictionary by trigram similarity of
--    the words as spelt, and by equal keys: "holik" is similar to "holil", but "kholik" (key "holik") is not,
--    so the two spellings of one name found different people. Comparing the keys by similarity as well makes
--    every spelling of a word find the same neighbours. The key itself (name_sound, migration 0007) stays.
CREATE INDEX name_word_sound_trgm_idx ON name_word USING gin (sound gin_trgm_ops);
