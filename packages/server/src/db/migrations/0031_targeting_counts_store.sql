-- Stored targeting counts (issue 12 §3, "counts for every program and village p95 ≤ 1 s"): evaluating every
-- unit of the regency against a program's eligibility takes 5.7–68 s in one statement, one village 0.1–0.9 s.
-- So each (program, village)'s counts are kept with everything they were computed from, and a regency read
-- takes the rows whose inputs are still the current ones (modules/assistance/targeting/stored/).
--
-- What a village's verdicts read lives in the village (its units, members, welfare facts, enrolments of every
-- program) except three regency-wide inputs: the latest finished ranking run (the deciles), the program's
-- eligibility and target unit, and the date ages are counted on. The village part is a version number that
-- every write to those rows raises in its own transaction (no triggers on village tables: the writers call
-- markTargetingChanged, as they call the population_stat refresh). A stored row is current when all four equal
-- today's: its version was read in the same statement as its counts, so no write can fall between them.

CREATE TABLE targeting_village_version (
  village_code  text NOT NULL REFERENCES region (code),
  version       bigint NOT NULL DEFAULT 0,
  changed_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_code)
);
COMMENT ON TABLE targeting_village_version IS 'Raised by every write that can change a targeting verdict in the village (residents, families, households, welfare facts, enrolments), in the write''s own transaction; a village without a row is at version 0';
COMMENT ON COLUMN targeting_village_version.version IS 'Compared with targeting_village_count.village_version: different means the stored counts are stale';

CREATE TABLE targeting_village_count (
  village_code     text NOT NULL REFERENCES region (code),
  program_id       uuid NOT NULL REFERENCES assistance_program (id),
  village_version  bigint NOT NULL,
  run_id           uuid REFERENCES welfare_ranking_run (id),
  target_unit      text NOT NULL,
  eligibility      jsonb NOT NULL,
  as_of            date NOT NULL,
  units            integer NOT NULL,
  households       integer NOT NULL,
  eligible         integer NOT NULL,
  enrolled         integer NOT NULL,
  excluded         integer NOT NULL,
  included         integer NOT NULL,
  incomplete       integer NOT NULL,
  unranked         integer NOT NULL,
  computed_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_code, program_id)
);
COMMENT ON TABLE targeting_village_count IS 'A program''s targeting counts in one village, with the inputs they were computed from (village version, ranking run, target unit, eligibility, reference date); current only while all of them are today''s';
COMMENT ON COLUMN targeting_village_count.run_id IS 'The latest finished ranking run when computed (its deciles); null: none had finished';
COMMENT ON COLUMN targeting_village_count.eligibility IS 'The program''s eligibility exactly as stored when computed; a saved change makes the row stale';
COMMENT ON COLUMN targeting_village_count.as_of IS 'The date ages were counted on: a row of an earlier day is stale (people age)';
