-- Population registry: households, families (KK) and residents, their life-event history, the import
-- staging area and precomputed statistics. Every village-scoped table carries village_code and has it
-- first in its primary key: the Citus distribution column. Coded columns hold OpenSID "Kode Data" codes
-- (see code_list_entry), so OpenSID files map one to one.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Reference code lists (religion, education, SHDK, Regsosek housing codes …), synchronised at start-up
-- from packages/domain so labels live in one place. A reference table in Citus terms.
CREATE TABLE code_list_entry (
  list      text NOT NULL,
  code      smallint NOT NULL,
  label_id  text NOT NULL,
  label_en  text NOT NULL,
  PRIMARY KEY (list, code)
);

CREATE TABLE household (
  village_code           text NOT NULL REFERENCES region (code),
  id                     uuid NOT NULL,
  household_no           text,
  dusun                  text,
  rw                     text,
  rt                     text,
  address                text,
  latitude               double precision CHECK (latitude BETWEEN -11.5 AND 6.5),
  longitude              double precision CHECK (longitude BETWEEN 94 AND 141.5),
  floor_area_m2          smallint CHECK (floor_area_m2 BETWEEN 1 AND 999),
  floor_material         smallint,
  wall_material          smallint,
  roof_material          smallint,
  drinking_water_source  smallint,
  lighting_source        smallint,
  electricity_power      smallint,
  toilet_facility        smallint,
  toilet_type            smallint,
  faeces_disposal        smallint,
  cooking_fuel           smallint,
  house_ownership        smallint,
  land_title             smallint,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_code, id)
);
COMMENT ON TABLE household IS 'Rumah tangga: one or more families under one roof; housing facts coded as Regsosek 2022 section III';
COMMENT ON COLUMN household.household_no IS 'Nomor rumah tangga as the village numbers it (OpenSID id_rtm)';

CREATE TABLE family (
  village_code  text NOT NULL REFERENCES region (code),
  id            uuid NOT NULL,
  kk_number     text NOT NULL CHECK (kk_number ~ '^[0-9]{16}$'),
  household_id  uuid,
  dusun         text,
  rw            text,
  rt            text,
  address       text,
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_code, id),
  FOREIGN KEY (village_code, household_id) REFERENCES household (village_code, id)
);
CREATE UNIQUE INDEX family_kk_active_idx ON family (village_code, kk_number) WHERE active;
CREATE INDEX family_address_idx ON family (village_code, dusun, rw, rt);
CREATE INDEX family_household_idx ON family (village_code, household_id);
COMMENT ON COLUMN family.active IS 'false once the KK is replaced (split, merge) or all members left; kept for history';

CREATE TABLE resident (
  village_code            text NOT NULL REFERENCES region (code),
  id                      uuid NOT NULL,
  nik                     text NOT NULL CHECK (nik ~ '^[0-9]{16}$'),
  family_id               uuid,
  relationship            smallint,
  full_name               text NOT NULL CHECK (length(trim(full_name)) > 0),
  sex                     smallint NOT NULL CHECK (sex IN (1, 2)),
  birth_place             text,
  birth_date              date NOT NULL,
  religion                smallint,
  education_kk            smallint,
  education_current       smallint,
  occupation              smallint,
  marital_status          smallint,
  citizenship             smallint,
  blood_type              smallint,
  disability              smallint,
  contraception           smallint,
  pregnant                smallint,
  ktp_el                  smallint,
  ktp_record_status       smallint,
  insurance               smallint,
  insurance_no            text,
  father_nik              text CHECK (father_nik ~ '^[0-9]{16}$'),
  father_name             text,
  mother_nik              text CHECK (mother_nik ~ '^[0-9]{16}$'),
  mother_name             text,
  birth_certificate_no    text,
  passport_no             text,
  passport_expiry         date,
  kitas_no                text,
  marriage_certificate_no text,
  marriage_date           date,
  divorce_certificate_no  text,
  divorce_date            date,
  current_address         text,
  ethnicity               text,
  id_card_tag             text,
  phone                   text,
  status_code             smallint NOT NULL DEFAULT 1,
  status_date             date,
  voided_reason           text,
  verification_flags      text[] NOT NULL DEFAULT '{}',
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_code, id),
  FOREIGN KEY (village_code, family_id) REFERENCES family (village_code, id)
);
COMMENT ON COLUMN resident.status_code IS 'OpenSID status_dasar: 1 present (HIDUP), 2 died, 3 moved out, 4 missing, 6 gone, 9 voided';
COMMENT ON COLUMN resident.verification_flags IS 'Warning codes from the NIK/KK rules (e.g. NIK_BIRTHDATE_MISMATCH) awaiting verification';
COMMENT ON COLUMN resident.relationship IS 'SHDK (kk_level) code: 1 = head of family';
CREATE UNIQUE INDEX resident_nik_idx ON resident (village_code, nik);
CREATE INDEX resident_family_idx ON resident (village_code, family_id);
CREATE INDEX resident_name_trgm_idx ON resident USING gin (full_name gin_trgm_ops);
CREATE INDEX resident_status_birth_idx ON resident (village_code, status_code, birth_date);
CREATE INDEX resident_flagged_idx ON resident (village_code) WHERE cardinality(verification_flags) > 0;

-- NIK is unique across the whole regency, but a Citus unique index must contain the distribution column.
-- This index table is distributed by NIK instead: it enforces uniqueness and routes an exact NIK look-up
-- to the one village that holds the resident.
CREATE TABLE resident_nik (
  nik           text PRIMARY KEY,
  village_code  text NOT NULL,
  resident_id   uuid NOT NULL
);

-- Life events and corrections: who did what, when, with the record before and after.
CREATE TABLE resident_event (
  village_code  text NOT NULL REFERENCES region (code),
  id            uuid NOT NULL,
  resident_id   uuid,
  family_id     uuid,
  event_type    text NOT NULL CHECK (event_type IN ('birth', 'death', 'move_in', 'move_out', 'family_change',
                  'correction', 'void', 'import', 'flags_cleared')),
  event_date    date NOT NULL,
  details       jsonb NOT NULL DEFAULT '{}',
  before        jsonb,
  after         jsonb,
  actor_id      uuid REFERENCES app_user (id),
  recorded_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_code, id)
);
CREATE INDEX resident_event_resident_idx ON resident_event (village_code, resident_id, recorded_at);

-- Uploaded import files, validated row by row before anything touches the registry.
CREATE TABLE import_job (
  village_code    text NOT NULL REFERENCES region (code),
  id              uuid NOT NULL,
  created_by      uuid NOT NULL REFERENCES app_user (id),
  file_name       text NOT NULL,
  file_format     text NOT NULL CHECK (file_format IN ('xlsx', 'xlsm', 'csv')),
  status          text NOT NULL CHECK (status IN ('validating', 'ready', 'committing', 'committed', 'failed', 'cancelled')),
  total_rows      integer NOT NULL DEFAULT 0,
  processed_rows  integer NOT NULL DEFAULT 0,
  error_rows      integer NOT NULL DEFAULT 0,
  warning_rows    integer NOT NULL DEFAULT 0,
  insert_rows     integer NOT NULL DEFAULT 0,
  update_rows     integer NOT NULL DEFAULT 0,
  unchanged_rows  integer NOT NULL DEFAULT 0,
  failure         text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  finished_at     timestamptz,
  PRIMARY KEY (village_code, id)
);

CREATE TABLE import_job_row (
  village_code  text NOT NULL,
  job_id        uuid NOT NULL,
  line_no       integer NOT NULL,
  data          jsonb NOT NULL,
  errors        jsonb NOT NULL DEFAULT '[]',
  warnings      jsonb NOT NULL DEFAULT '[]',
  action        text CHECK (action IN ('insert', 'update', 'unchanged')),
  changes       jsonb,
  PRIMARY KEY (village_code, job_id, line_no),
  FOREIGN KEY (village_code, job_id) REFERENCES import_job (village_code, id) ON DELETE CASCADE
);
COMMENT ON TABLE import_job_row IS 'Parsed rows awaiting the operator''s decision; deleted once the job is committed or cancelled';

-- Statistics kept current per village (recomputed for a village inside every transaction that changes its
-- residents), so regency-wide figures sum 217 small rows instead of scanning 1.7 million residents.
CREATE TABLE population_stat (
  village_code  text NOT NULL REFERENCES region (code),
  dimension     text NOT NULL,
  key           text NOT NULL,
  male          integer NOT NULL DEFAULT 0,
  female        integer NOT NULL DEFAULT 0,
  total         integer NOT NULL DEFAULT 0,
  refreshed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_code, dimension, key)
);
COMMENT ON COLUMN population_stat.dimension IS 'age_band, religion, education_kk, occupation, marital_status (present residents by sex) or totals (residents, families, households)';

-- A citizen account belongs to one resident; the village issues the PIN.
ALTER TABLE citizen_login ADD COLUMN village_code text;
ALTER TABLE citizen_login ADD COLUMN resident_id uuid;
ALTER TABLE citizen_login ADD FOREIGN KEY (village_code, resident_id) REFERENCES resident (village_code, id);
