-- The regency at a glance (issue 11, section 4): per village, how far its registry is filled in and when it
-- last changed, for the district and regency pages, read from small precomputed rows instead of counting
-- 1.7 million residents per request.
--
-- The counts join the village's other figures in population_stat (dimension 'totals', recomputed in every
-- write transaction by modules/population/registry/stats-refresh-queries.ts). What is not a count, the time
-- of the village's last registry write, gets its own one-row-per-village table.
COMMENT ON COLUMN population_stat.dimension IS 'age_band, religion, education_kk, occupation, marital_status (present residents by sex) or totals: residents, families, households, flagged (present residents awaiting verification, by sex), households_unpinned (no map pin), households_housing_incomplete (a housing fact unanswered)';

CREATE TABLE village_change (
  village_code  text NOT NULL REFERENCES region (code),
  changed_at    timestamptz NOT NULL,
  PRIMARY KEY (village_code)
);
COMMENT ON TABLE village_change IS 'When a village''s population registry was last written (residents, families, households, their events and imports); the daily re-ageing of statistics is not a change';

-- The villages of an area are read from region by prefix (inArea: code LIKE '35.10.%'). With the database's
-- collation a plain btree cannot serve LIKE, and the planner, misjudging the prefix, read all 91,599 regions
-- of Indonesia per request (60 ms); the pattern index makes it a range scan of the area's own rows (1 ms).
CREATE INDEX region_code_pattern_idx ON region (code text_pattern_ops);

-- Villages that already hold data: their latest written row, so the page does not say "never" for them.
INSERT INTO village_change (village_code, changed_at)
SELECT village_code, max(changed_at) FROM (
  SELECT village_code, max(updated_at) AS changed_at FROM resident GROUP BY village_code
  UNION ALL SELECT village_code, max(updated_at) FROM family GROUP BY village_code
  UNION ALL SELECT village_code, max(updated_at) FROM household GROUP BY village_code
  UNION ALL SELECT village_code, max(recorded_at) FROM resident_event GROUP BY village_code
) latest
GROUP BY village_code;

-- The new totals exist only once a village is recomputed: marking every figure stale makes the start-up
-- refresh (refreshAllStaleStats) recompute them all before the first request.
UPDATE population_stat SET refreshed_at = '-infinity';
