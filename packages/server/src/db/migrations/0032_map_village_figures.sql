-- Stored poverty-map figures per village (issue 12 §4: every map metric at regency scale p95 ≤ 1 s). The share
-- in desil 1–4, the households with incomplete data and the recipients of each program per 100 households were
-- counted live for every village at once (about 9 s at regency scale: 1.3 million enrolments joined to their
-- families and members). They are kept per village with what they were computed from, the way migration 0031
-- keeps the targeting counts (modules/assistance/map/stored/):
--
-- - the village's version (targeting_village_version, migration 0031), which every write of the village's
--   residents, families, households, welfare facts, current welfare scores and enrolments raises in its own
--   transaction (no triggers on village tables: the writers call markTargetingChanged);
-- - the latest finished ranking run (whose deciles the share counts) and the active score model (whose scores
--   say which households are complete), both regency-wide.
--
-- A stored row is current while all three equal today's; the counts and the version were read in one statement,
-- so no write can fall between them.

CREATE TABLE map_village_figures (
  village_code     text NOT NULL REFERENCES region (code),
  village_version  bigint NOT NULL,
  run_id           uuid REFERENCES welfare_ranking_run (id),
  score_model_id   text REFERENCES welfare_model (id),
  ranked           integer NOT NULL,
  target_deciles   integer NOT NULL,
  complete_scores  integer NOT NULL,
  computed_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_code)
);
COMMENT ON TABLE map_village_figures IS 'A village''s poverty-map welfare counts with the inputs they were computed from (village version, ranking run, active score model); current only while all of them are today''s';
COMMENT ON COLUMN map_village_figures.village_version IS 'targeting_village_version.version when counted (0: the village had none)';
COMMENT ON COLUMN map_village_figures.run_id IS 'The latest finished ranking run when counted; null: none had finished';
COMMENT ON COLUMN map_village_figures.score_model_id IS 'The active score model when counted; null: none was active';
COMMENT ON COLUMN map_village_figures.ranked IS 'Households with a decile in run_id';
COMMENT ON COLUMN map_village_figures.target_deciles IS 'Households in deciles 1–4 of run_id (the map''s desil-1-4 share)';
COMMENT ON COLUMN map_village_figures.complete_scores IS 'Households with a complete score under score_model_id (the others have incomplete data)';

CREATE TABLE map_village_recipients (
  village_code  text NOT NULL REFERENCES map_village_figures (village_code) ON DELETE CASCADE,
  program_id    uuid NOT NULL REFERENCES assistance_program (id),
  households    integer NOT NULL,
  PRIMARY KEY (village_code, program_id)
);
COMMENT ON TABLE map_village_recipients IS 'Households an open enrolment of the program reaches in the village (the household, its family''s or its member''s), counted with the village''s map_village_figures row; no row: none';
