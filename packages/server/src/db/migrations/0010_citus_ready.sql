-- A schema Citus can distribute (docs/ARCHITECTURE.md, "Scale-out"; the table lists live in
-- src/db/citus/distribution.sql and src/db/citus/schema-rules.ts keeps every table to them).
--
-- 1. Citus refuses to distribute a table with triggers, and with citus.enable_unsafe_triggers the
--    statement-level name-word trigger fails on the shards (no transition table there). The application now
--    writes name_word in the same transaction as every resident insert or update
--    (modules/population/name-words.ts), so the trigger goes.
DROP TRIGGER resident_name_words_insert ON resident;
DROP TRIGGER resident_name_words_update ON resident;
DROP FUNCTION resident_collect_name_words();
COMMENT ON TABLE name_word IS 'Every distinct word of any resident name, written by the application with each resident insert or update (name-words.ts): the typo-tolerant look-up happens here';

-- 2. citizen_login must stay unique on user_id and on nik_digest, neither of which is a village code, so it
--    is a reference table (copied whole to every node). A reference table cannot hold a foreign key to a
--    distributed table: the link to the resident is checked by the application when the PIN is issued
--    (residents are never deleted, only marked as gone or voided).
ALTER TABLE citizen_login DROP CONSTRAINT citizen_login_village_code_resident_id_fkey;
COMMENT ON COLUMN citizen_login.resident_id IS 'The resident this citizen is (with village_code); checked by the application, no foreign key (reference table)';
