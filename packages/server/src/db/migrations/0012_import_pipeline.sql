-- One staged import pipeline for every importer (residents, households, housing facts, and the modules to
-- come). A job now says which importer it belongs to, keeps the uploaded file until it is committed or
-- cancelled (so a check or a commit interrupted by a restart runs again instead of being lost), and counts
-- the importer's own actions in one object instead of resident-only columns.
ALTER TABLE import_job ADD COLUMN kind text NOT NULL DEFAULT 'population.residents';
ALTER TABLE import_job ALTER COLUMN kind DROP DEFAULT;
COMMENT ON COLUMN import_job.kind IS 'Importer of the job, e.g. population.residents, population.households, population.housing';

ALTER TABLE import_job ADD COLUMN file_content bytea;
COMMENT ON COLUMN import_job.file_content IS 'The uploaded file, kept while the job may still be checked or committed; cleared once it ends';

ALTER TABLE import_job ADD COLUMN phase text CHECK (phase IN ('queued', 'reading', 'checking', 'committing'));
COMMENT ON COLUMN import_job.phase IS 'Where a validating or committing job is; null once it is ready or has ended';

ALTER TABLE import_job ADD COLUMN sheet_name text;
ALTER TABLE import_job ADD COLUMN notes jsonb NOT NULL DEFAULT '[]';
COMMENT ON COLUMN import_job.notes IS 'How the file was read, for the operator: [{id, en}] (e.g. which sheet, when several fit)';

ALTER TABLE import_job ADD COLUMN action_counts jsonb NOT NULL DEFAULT '{}';
COMMENT ON COLUMN import_job.action_counts IS 'Staged rows per planned action of the importer, e.g. {"insert": 40, "update": 3}';

ALTER TABLE import_job ADD COLUMN commit_mode text CHECK (commit_mode IN ('all', 'valid_only'));
ALTER TABLE import_job ADD COLUMN committed_by uuid REFERENCES app_user (id);
COMMENT ON COLUMN import_job.committed_by IS 'Who decided to save the import: the actor of its writes, its events and its audit entry';
ALTER TABLE import_job ADD COLUMN result jsonb;
COMMENT ON COLUMN import_job.result IS 'What the commit wrote, as the importer counts it (e.g. {"inserted": 40, "updated": 3})';

UPDATE import_job SET action_counts = jsonb_build_object(
  'insert', insert_rows, 'update', update_rows, 'unchanged', unchanged_rows);
ALTER TABLE import_job DROP COLUMN insert_rows;
ALTER TABLE import_job DROP COLUMN update_rows;
ALTER TABLE import_job DROP COLUMN unchanged_rows;

ALTER TABLE import_job DROP CONSTRAINT import_job_file_format_check;
ALTER TABLE import_job ADD CONSTRAINT import_job_file_format_check
  CHECK (file_format IN ('xlsx', 'xlsm', 'xls', 'csv', 'zip'));

-- Actions are the importer's words (insert/update for residents, create/update for households …).
ALTER TABLE import_job_row DROP CONSTRAINT import_job_row_action_check;

CREATE INDEX import_job_open_idx ON import_job (village_code, status)
  WHERE status IN ('validating', 'committing');
