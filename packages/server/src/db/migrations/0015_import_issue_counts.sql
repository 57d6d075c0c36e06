-- The report of a checked import counts its lines per issue code, so the operator reads "12 residents with a
-- NIK from outside the regency" without paging through every line (issue 11: migrants are imported with a
-- warning and counted).
ALTER TABLE import_job ADD COLUMN issue_counts jsonb NOT NULL DEFAULT '{}';
COMMENT ON COLUMN import_job.issue_counts IS 'Staged lines per issue code, errors and warnings together, e.g. {"NIK_OUTSIDE_REGENCY": 12, "DATE_INVALID": 3}';
