-- Where each table lives on a Citus cluster (docs/ARCHITECTURE.md, "Scale-out"). EVERY table of the schema
-- is listed here once, one line each: a migration that adds a table adds its line. The schema test
-- (citus/schema-rules.test.ts, both engines, every `npm test`) fails on a table missing here or breaking the
-- rules of its placement; distribute.sql reads this list on the coordinator.
--
-- village      distributed by village_code, all colocated: village_code first in the primary key and in
--              every unique constraint, foreign keys to other village tables carry it, no triggers.
-- reference    copied whole to every node (small, read everywhere, or unique on a value that is not a
--              village code): foreign keys only to other reference tables, no triggers.
-- directory    distributed by the one value it keeps unique across villages (resident_nik by NIK): that
--              column first in its keys, foreign keys only to reference tables, no triggers.
-- coordinator  a plain table on the coordinator only, never distributed (triggers allowed): the audit
--              trail and the migrator's bookkeeping.
CREATE TEMPORARY TABLE citus_placement (
  table_name          text PRIMARY KEY,
  placement           text NOT NULL CHECK (placement IN ('village', 'reference', 'directory', 'coordinator')),
  distribution_column text,
  CHECK ((placement IN ('village', 'directory')) = (distribution_column IS NOT NULL))
) ON COMMIT DROP;

INSERT INTO citus_placement (table_name, placement, distribution_column) VALUES
  ('region',          'reference',   NULL),
  ('region_source',   'reference',   NULL),
  ('code_list_entry', 'reference',   NULL),
  ('name_word',       'reference',   NULL),
  -- every distinct spelling of a name, as its words (migration 0019)
  ('name_spelling',   'reference',   NULL),
  ('deployment',      'reference',   NULL),
  ('app_user',        'reference',   NULL),
  ('user_session',    'reference',   NULL),
  -- unique on user_id and on the NIK digest; points at its resident without a foreign key (migration 0010)
  ('citizen_login',   'reference',   NULL),
  ('village_profile', 'village',     'village_code'),
  ('household',       'village',     'village_code'),
  ('family',          'village',     'village_code'),
  ('resident',        'village',     'village_code'),
  ('resident_event',  'village',     'village_code'),
  -- birth facts for the birth certificate letter (migration 0013)
  ('resident_birth',  'village',     'village_code'),
  ('import_job',      'village',     'village_code'),
  ('import_job_row',  'village',     'village_code'),
  ('population_stat', 'village',     'village_code'),
  -- when the village's registry was last written (migration 0016)
  ('village_change',  'village',     'village_code'),
  -- village letters (migration 0020): the catalogue and the regency's delegations are reference tables
  ('letter_type',            'reference',   NULL),
  ('letter_delegation',      'reference',   NULL),
  ('village_letter_type',    'village',     'village_code'),
  ('letter_village_setting', 'village',     'village_code'),
  ('village_official',       'village',     'village_code'),
  ('letter_sequence',        'village',     'village_code'),
  ('letter_signing_key',     'village',     'village_code'),
  ('letter_request',         'village',     'village_code'),
  ('letter',                 'village',     'village_code'),
  -- social assistance (migration 0021): programs, cycles, quotas, scoring models and ranking runs are the regency's
  ('assistance_program',           'reference', NULL),
  ('assistance_program_exclusion', 'reference', NULL),
  ('assistance_program_quota',     'reference', NULL),
  ('assistance_cycle',             'reference', NULL),
  ('welfare_model',                'reference', NULL),
  ('welfare_ranking_run',          'reference', NULL),
  ('assistance_enrolment',         'village',   'village_code'),
  ('assistance_enrolment_change',  'village',   'village_code'),
  ('assistance_distribution',      'village',   'village_code'),
  ('resident_welfare',             'village',   'village_code'),
  ('family_welfare',               'village',   'village_code'),
  ('household_welfare_score',      'village',   'village_code'),
  ('family_welfare_score',         'village',   'village_code'),
  ('household_decile',             'village',   'village_code'),
  -- usul and sanggah (migration 0030): the regency's step deadlines; items, their steps, visits, photos, meetings
  ('assistance_proposal_deadline', 'reference', NULL),
  ('assistance_deliberation',      'village',   'village_code'),
  ('assistance_proposal',          'village',   'village_code'),
  ('assistance_proposal_step',     'village',   'village_code'),
  ('assistance_proposal_visit',    'village',   'village_code'),
  ('assistance_proposal_photo',    'village',   'village_code'),
  -- stored targeting counts per program and village, and the version that says they are stale (migration 0031)
  ('targeting_village_version',    'village',   'village_code'),
  ('targeting_village_count',      'village',   'village_code'),
  -- stored poverty-map figures per village, stale by the same version (migration 0032)
  ('map_village_figures',          'village',   'village_code'),
  ('map_village_recipients',       'village',   'village_code'),
  -- Cek Bansos look-ups counted per village and day (migration 0029)
  ('public_lookup_stat',           'village',   'village_code'),
  -- the letterhead's logo, every version (migration 0023)
  ('letter_logo',            'village',     'village_code'),
  -- letter requests (migration 0022): the workflow setting and the requirement photos
  ('letter_workflow_setting',   'village', 'village_code'),
  ('letter_request_attachment', 'village', 'village_code'),
  -- NIK unique across the regency; routes a NIK look-up to the village that holds the resident
  ('resident_nik',    'directory',   'nik'),
  -- append-only by its trigger and hash chain; written in the same transaction as the village tables
  ('audit_log',       'coordinator', NULL),
  -- sign-in back-off (migration 0011): written on every failed sign-in, read on the coordinator only
  ('login_throttle',  'coordinator', NULL),
  ('schema_migration', 'coordinator', NULL);
