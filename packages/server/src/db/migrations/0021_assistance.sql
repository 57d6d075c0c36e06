-- Social assistance (issue 12): programs and who receives them, distributions per cycle, the rest of the
-- Regsosek 2022 form (section IV per member, section V per family), welfare scores with their reasons, and the
-- regency's ranking runs. Programs, their cycles and quotas, the scoring models and the ranking runs are set
-- for the regency and are reference tables; everything about a village's people carries village_code first in
-- every key and every foreign key between village tables (the Citus rules, see db/citus/placement.sql).
-- No triggers anywhere: scores are recomputed by the service that changes the facts, in its transaction.

-- A program: national (PKH, Sembako/BPNT, PBI-JK, BLT Dana Desa, PIP …), province, regency or village.
CREATE TABLE assistance_program (
  id                uuid PRIMARY KEY,
  code              text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{0,29}$'),
  name              text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  description       text,
  level             text NOT NULL CHECK (level IN ('national', 'province', 'regency', 'village')),
  owner_area_code   text NOT NULL REFERENCES region (code),
  owner_agency      text,
  fund_source       text NOT NULL CHECK (fund_source IN ('pusat', 'provinsi', 'kabkota', 'dana_desa', 'lain_lain', 'mitra')),
  target_unit       text NOT NULL CHECK (target_unit IN ('resident', 'family', 'household', 'group')),
  benefit_kind      text NOT NULL CHECK (benefit_kind IN ('cash', 'in_kind', 'service')),
  benefit_amount    bigint CHECK (benefit_amount >= 0),
  benefit_note      text,
  cycle             text NOT NULL CHECK (cycle IN ('monthly', 'quarterly', 'yearly', 'one_off')),
  period_start      date,
  period_end        date,
  eligibility       jsonb NOT NULL DEFAULT '{"conditions": []}',
  active            boolean NOT NULL DEFAULT true,
  opensid_id        text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  created_by        uuid REFERENCES app_user (id),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  updated_by        uuid REFERENCES app_user (id),
  CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
  CHECK (benefit_kind = 'cash' OR benefit_amount IS NULL)
);
COMMENT ON COLUMN assistance_program.owner_area_code IS 'Who runs it: the regency for national, province and regency programs; the village for its own';
COMMENT ON COLUMN assistance_program.owner_agency IS 'The agency that decides enrolments of a regency-run program, e.g. social_affairs';
COMMENT ON COLUMN assistance_program.fund_source IS 'OpenSID asal dana: Pusat, Provinsi, Kab/Kota, Dana Desa, Lain-lain (hibah); mitra: a partner or CSR';
COMMENT ON COLUMN assistance_program.target_unit IS 'OpenSID sasaran: 1 resident, 2 family (KK), 3 household (RTM), 4 group';
COMMENT ON COLUMN assistance_program.benefit_amount IS 'Cash per cycle in whole rupiah; null when it varies by component (PKH, PIP: see benefit_note)';
COMMENT ON COLUMN assistance_program.eligibility IS 'Eligibility as data (domain assistance/eligibility): a decile threshold and conditions from the catalogue';
COMMENT ON COLUMN assistance_program.opensid_id IS 'OpenSID''s program id (sheet Program, "ID Program") when the program came from an OpenSID file';

-- Programs that may not be received together (configurable), e.g. two cash programs for the same household.
CREATE TABLE assistance_program_exclusion (
  program_id        uuid NOT NULL REFERENCES assistance_program (id),
  other_program_id  uuid NOT NULL REFERENCES assistance_program (id),
  PRIMARY KEY (program_id, other_program_id),
  CHECK (program_id < other_program_id)
);

-- How many units a program may enrol in an area (a district or a village).
CREATE TABLE assistance_program_quota (
  program_id  uuid NOT NULL REFERENCES assistance_program (id),
  area_code   text NOT NULL REFERENCES region (code),
  quota       integer NOT NULL CHECK (quota >= 0),
  PRIMARY KEY (program_id, area_code)
);

-- A program's cycles (a month, a quarterly tranche, a one-off round): what distributions are recorded against.
CREATE TABLE assistance_cycle (
  program_id   uuid NOT NULL REFERENCES assistance_program (id),
  label        text NOT NULL CHECK (label ~ '^[0-9]{4}(-[0-9]{2}|-T[1-4]|-R[0-9]{1,2})?$'),
  starts_on    date NOT NULL,
  ends_on      date NOT NULL,
  amount       bigint CHECK (amount >= 0),
  PRIMARY KEY (program_id, label),
  CHECK (ends_on >= starts_on)
);
COMMENT ON COLUMN assistance_cycle.label IS '2026-03 a month, 2026-T2 a quarterly tranche, 2026 a year, 2026-R1 a one-off round';
COMMENT ON COLUMN assistance_cycle.amount IS 'Cash per unit in this cycle when it differs from the program''s benefit_amount';

-- A resident, family or household in a program. At most one open enrolment per unit and program.
CREATE TABLE assistance_enrolment (
  village_code       text NOT NULL REFERENCES region (code),
  id                 uuid NOT NULL,
  program_id         uuid NOT NULL REFERENCES assistance_program (id),
  unit_type          text NOT NULL CHECK (unit_type IN ('resident', 'family', 'household', 'group')),
  resident_id        uuid,
  family_id          uuid,
  household_id       uuid,
  group_code         text,
  status             text NOT NULL CHECK (status IN ('proposed', 'verified', 'active', 'suspended', 'exited')),
  exit_reason        text CHECK (exit_reason IN ('graduated_natural', 'graduated_own_choice', 'graduated_prospered',
                       'died', 'moved', 'ineligible', 'duplicate', 'program_ended')),
  card_number        text CHECK (length(card_number) BETWEEN 1 AND 60),
  start_date         date,
  end_date           date,
  source             text NOT NULL CHECK (source IN ('file', 'village_decision', 'agency_decision')),
  source_reference   text,
  status_reason      text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  created_by         uuid REFERENCES app_user (id),
  status_changed_at  timestamptz NOT NULL DEFAULT now(),
  status_changed_by  uuid REFERENCES app_user (id),
  PRIMARY KEY (village_code, id),
  FOREIGN KEY (village_code, resident_id) REFERENCES resident (village_code, id),
  FOREIGN KEY (village_code, family_id) REFERENCES family (village_code, id),
  FOREIGN KEY (village_code, household_id) REFERENCES household (village_code, id),
  CHECK ((unit_type = 'resident') = (resident_id IS NOT NULL)),
  CHECK ((unit_type = 'family') = (family_id IS NOT NULL)),
  CHECK ((unit_type = 'household') = (household_id IS NOT NULL)),
  CHECK ((unit_type = 'group') = (group_code IS NOT NULL)),
  CHECK ((status = 'exited') = (exit_reason IS NOT NULL)),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE UNIQUE INDEX assistance_enrolment_open_resident_idx ON assistance_enrolment (village_code, program_id, resident_id)
  WHERE status <> 'exited' AND resident_id IS NOT NULL;
CREATE UNIQUE INDEX assistance_enrolment_open_family_idx ON assistance_enrolment (village_code, program_id, family_id)
  WHERE status <> 'exited' AND family_id IS NOT NULL;
CREATE UNIQUE INDEX assistance_enrolment_open_household_idx ON assistance_enrolment (village_code, program_id, household_id)
  WHERE status <> 'exited' AND household_id IS NOT NULL;
CREATE UNIQUE INDEX assistance_enrolment_open_group_idx ON assistance_enrolment (village_code, program_id, group_code)
  WHERE status <> 'exited' AND group_code IS NOT NULL;
CREATE INDEX assistance_enrolment_program_idx ON assistance_enrolment (program_id, village_code, status);
CREATE INDEX assistance_enrolment_resident_idx ON assistance_enrolment (village_code, resident_id) WHERE resident_id IS NOT NULL;
CREATE INDEX assistance_enrolment_family_idx ON assistance_enrolment (village_code, family_id) WHERE family_id IS NOT NULL;
CREATE INDEX assistance_enrolment_household_idx ON assistance_enrolment (village_code, household_id) WHERE household_id IS NOT NULL;
COMMENT ON COLUMN assistance_enrolment.exit_reason IS 'graduated_* as PKH counts graduation (naturally, by own choice, prospered); died, moved, found ineligible, duplicate; program_ended';
COMMENT ON COLUMN assistance_enrolment.source IS 'Where the enrolment came from: a file (import), a village decision (musdes), an agency decision';
COMMENT ON COLUMN assistance_enrolment.card_number IS 'Card or participant number (OpenSID no. peserta / kartu_*)';

-- Each change of an enrolment, for its page (the audit trail is the record of authority; this is its readable
-- history, written in the same transaction).
CREATE TABLE assistance_enrolment_change (
  village_code   text NOT NULL REFERENCES region (code),
  enrolment_id   uuid NOT NULL,
  seq            integer NOT NULL CHECK (seq > 0),
  changed_at     timestamptz NOT NULL DEFAULT now(),
  changed_by     uuid REFERENCES app_user (id),
  from_status    text,
  to_status      text NOT NULL,
  exit_reason    text,
  reason         text,
  source         text NOT NULL,
  PRIMARY KEY (village_code, enrolment_id, seq),
  FOREIGN KEY (village_code, enrolment_id) REFERENCES assistance_enrolment (village_code, id)
);

-- What a unit received in a cycle: exported for the distributor, imported back with what was received.
CREATE TABLE assistance_distribution (
  village_code    text NOT NULL REFERENCES region (code),
  enrolment_id    uuid NOT NULL,
  program_id      uuid NOT NULL,
  cycle_label     text NOT NULL,
  amount          bigint CHECK (amount >= 0),
  received        boolean,
  received_on     date,
  channel         text CHECK (channel IN ('bank', 'pos', 'cash', 'e_wallet', 'in_kind', 'service')),
  note            text,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  recorded_by     uuid REFERENCES app_user (id),
  PRIMARY KEY (village_code, enrolment_id, cycle_label),
  FOREIGN KEY (village_code, enrolment_id) REFERENCES assistance_enrolment (village_code, id),
  FOREIGN KEY (program_id, cycle_label) REFERENCES assistance_cycle (program_id, label),
  CHECK (received IS TRUE OR received_on IS NULL)
);
CREATE INDEX assistance_distribution_cycle_idx ON assistance_distribution (program_id, cycle_label, village_code);
COMMENT ON COLUMN assistance_distribution.received IS 'null: not yet reported by the distributor';

-- Regsosek 2022 section IV, per member (the demographic questions 405–409 are the registry's own columns).
CREATE TABLE resident_welfare (
  village_code            text NOT NULL REFERENCES region (code),
  resident_id             uuid NOT NULL,
  presence                smallint CHECK (presence BETWEEN 1 AND 6),
  identity_documents      smallint CHECK (identity_documents BETWEEN 0 AND 7),
  school_participation    smallint CHECK (school_participation BETWEEN 1 AND 3),
  education_level         smallint CHECK (education_level BETWEEN 1 AND 22),
  highest_grade           smallint CHECK (highest_grade BETWEEN 1 AND 8),
  highest_diploma         smallint CHECK (highest_diploma BETWEEN 1 AND 23),
  worked_last_week        smallint CHECK (worked_last_week IN (1, 2)),
  work_hours              smallint CHECK (work_hours BETWEEN 0 AND 99),
  work_sector             smallint CHECK (work_sector BETWEEN 1 AND 99),
  work_sector_text        text,
  work_status             smallint CHECK (work_status BETWEEN 1 AND 8),
  has_npwp                smallint CHECK (has_npwp BETWEEN 1 AND 3),
  owns_business           smallint CHECK (owns_business IN (1, 2)),
  business_count          smallint CHECK (business_count BETWEEN 0 AND 99),
  business_sector         smallint CHECK (business_sector BETWEEN 1 AND 99),
  business_sector_text    text,
  business_paid_workers   smallint CHECK (business_paid_workers BETWEEN 0 AND 999),
  business_unpaid_workers smallint CHECK (business_unpaid_workers BETWEEN 0 AND 999),
  business_licence        smallint CHECK (business_licence BETWEEN 1 AND 12),
  business_turnover       smallint CHECK (business_turnover BETWEEN 1 AND 7),
  business_internet       smallint CHECK (business_internet BETWEEN 0 AND 63),
  child_nutrition         smallint CHECK (child_nutrition IN (1, 2, 3, 8)),
  difficulty              smallint[] CHECK (cardinality(difficulty) = 10 AND 0 < ALL (difficulty) AND 5 > ALL (difficulty)),
  caregiver               smallint CHECK (caregiver BETWEEN 1 AND 3),
  chronic_illness         smallint CHECK (chronic_illness BETWEEN 1 AND 18),
  health_insurance        smallint CHECK (health_insurance BETWEEN 0 AND 99),
  prakerja                smallint CHECK (prakerja IN (1, 2, 8)),
  kur                     smallint CHECK (kur IN (1, 2, 8)),
  ultra_micro_credit      smallint CHECK (ultra_micro_credit IN (1, 2, 8)),
  pip                     smallint CHECK (pip IN (1, 2, 8)),
  employment_insurance    smallint CHECK (employment_insurance BETWEEN 0 AND 99),
  source                  text NOT NULL CHECK (source IN ('file', 'desk', 'visit')),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  updated_by              uuid REFERENCES app_user (id),
  PRIMARY KEY (village_code, resident_id),
  FOREIGN KEY (village_code, resident_id) REFERENCES resident (village_code, id)
);
COMMENT ON TABLE resident_welfare IS 'Regsosek 2022 section IV per member: 404 and 410–431 by question (domain assistance/regsosek-members.ts lists the codes)';
COMMENT ON COLUMN resident_welfare.presence IS '404: 1 lives with the family, 2 died, 3 moved within Indonesia, 4 moved abroad, 5 new member, 6 not found';
COMMENT ON COLUMN resident_welfare.identity_documents IS '411, a sum: 1 birth certificate, 2 KIA, 4 KTP; 0 none';
COMMENT ON COLUMN resident_welfare.difficulty IS '428a–j in order (seeing, hearing, walking, hands, learning, behaviour, speaking, 428h as the form repeats it, remembering, sadness): 1 cannot at all … 4 no difficulty (428j: 1 very often … 4 never)';
COMMENT ON COLUMN resident_welfare.health_insurance IS '431a, a sum: 1 PBI-JKN, 2 JKN independent, 4 JKN by employer, 8 other; 0 none; 99 other';
COMMENT ON COLUMN resident_welfare.employment_insurance IS '431f, a sum: 1 work accident, 2 death, 4 old age, 8 pension (BPJS), 16 other pension; 0 none; 99 unknown';

-- Regsosek 2022 section V, per family (the form asks it of the family, keyed by KK). 501 (programs received)
-- becomes enrolments, not columns. null: not asked or not known, never "no".
CREATE TABLE family_welfare (
  village_code          text NOT NULL REFERENCES region (code),
  family_id             uuid NOT NULL,
  has_gas_cylinder      boolean,
  has_refrigerator      boolean,
  has_air_conditioner   boolean,
  has_water_heater      boolean,
  has_landline          boolean,
  has_flat_tv           boolean,
  has_gold              boolean,
  has_computer          boolean,
  has_motorcycle        boolean,
  has_bicycle           boolean,
  has_car               boolean,
  has_boat              boolean,
  has_motor_boat        boolean,
  has_smartphone        boolean,
  owns_other_land       boolean,
  owns_other_house      boolean,
  cattle                smallint CHECK (cattle BETWEEN 0 AND 9999),
  buffalo               smallint CHECK (buffalo BETWEEN 0 AND 9999),
  horses                smallint CHECK (horses BETWEEN 0 AND 9999),
  pigs                  smallint CHECK (pigs BETWEEN 0 AND 9999),
  goats                 smallint CHECK (goats BETWEEN 0 AND 9999),
  internet_access       smallint CHECK (internet_access BETWEEN 0 AND 3),
  bank_account          smallint CHECK (bank_account BETWEEN 1 AND 4),
  lost_livelihood       boolean,
  source                text NOT NULL CHECK (source IN ('file', 'desk', 'visit')),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  updated_by            uuid REFERENCES app_user (id),
  PRIMARY KEY (village_code, family_id),
  FOREIGN KEY (village_code, family_id) REFERENCES family (village_code, id)
);
COMMENT ON TABLE family_welfare IS 'Regsosek 2022 section V per family: assets 502a–n, 503a–b, livestock 504a–e, internet 505, account 506';
COMMENT ON COLUMN family_welfare.has_gas_cylinder IS '502a: a gas cylinder of 5.5 kg or more';
COMMENT ON COLUMN family_welfare.has_flat_tv IS '502f: a flat television of at least 30 inches';
COMMENT ON COLUMN family_welfare.has_gold IS '502g: gold or jewellery worth 10 grams of gold';
COMMENT ON COLUMN family_welfare.internet_access IS '505: 0 none, 1 subscription internet and TV, 2 wifi, 3 mobile internet';
COMMENT ON COLUMN family_welfare.bank_account IS '506: 1 for business, 2 personal, 3 both, 4 none';
COMMENT ON COLUMN family_welfare.lost_livelihood IS 'Not a Regsosek question: the village records that the family lost its livelihood (a disaster, a lay-off, the earner died)';

-- Scoring models: versioned; a regency that changes a weight makes a new version, so every score and every
-- ranking run says which rules made it.
CREATE TABLE welfare_model (
  id            text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*@[0-9]+$'),
  kind          text NOT NULL CHECK (kind IN ('score', 'criteria')),
  name          text NOT NULL,
  definition    jsonb NOT NULL,
  active        boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  created_by    uuid REFERENCES app_user (id)
);
CREATE UNIQUE INDEX welfare_model_active_idx ON welfare_model (kind) WHERE active;
COMMENT ON COLUMN welfare_model.id IS 'name@version, e.g. skor-kesejahteraan@3 or bps-14@1';
COMMENT ON COLUMN welfare_model.definition IS 'Variables, points and weights (domain assistance/welfare-model.ts); criteria: the 14 BPS criteria and the threshold';

-- A household's current score under each model, with its reasons; recomputed when its facts change.
CREATE TABLE household_welfare_score (
  village_code   text NOT NULL REFERENCES region (code),
  household_id   uuid NOT NULL,
  model_id       text NOT NULL REFERENCES welfare_model (id),
  score          numeric(8, 2) NOT NULL,
  complete       boolean NOT NULL,
  missing        text[] NOT NULL DEFAULT '{}',
  reasons        jsonb NOT NULL,
  computed_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_code, household_id, model_id),
  FOREIGN KEY (village_code, household_id) REFERENCES household (village_code, id)
);
COMMENT ON COLUMN household_welfare_score.score IS 'Deprivation points: higher is poorer (for criteria models, the number of criteria met)';
COMMENT ON COLUMN household_welfare_score.reasons IS 'Each variable that counted: [{"variable": "floor_earth", "points": 6}, …] in the order shown';
COMMENT ON COLUMN household_welfare_score.missing IS 'Variables whose facts are missing; any makes the score incomplete (never guessed)';

CREATE TABLE family_welfare_score (
  village_code   text NOT NULL REFERENCES region (code),
  family_id      uuid NOT NULL,
  model_id       text NOT NULL REFERENCES welfare_model (id),
  score          numeric(8, 2) NOT NULL,
  complete       boolean NOT NULL,
  missing        text[] NOT NULL DEFAULT '{}',
  reasons        jsonb NOT NULL,
  computed_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_code, family_id, model_id),
  FOREIGN KEY (village_code, family_id) REFERENCES family (village_code, id)
);

-- A regency ranking run: every household with a complete score ranked into deciles (desil 1 the poorest).
CREATE TABLE welfare_ranking_run (
  id               uuid PRIMARY KEY,
  model_id         text NOT NULL REFERENCES welfare_model (id),
  area_code        text NOT NULL REFERENCES region (code),
  status           text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  progress_done    integer NOT NULL DEFAULT 0,
  progress_total   integer,
  households_ranked     integer,
  households_incomplete integer,
  decile_counts    integer[],
  decile_cutoffs   numeric(8, 2)[],
  error            text,
  started_at       timestamptz NOT NULL DEFAULT now(),
  finished_at      timestamptz,
  started_by       uuid REFERENCES app_user (id)
);
CREATE INDEX welfare_ranking_run_done_idx ON welfare_ranking_run (area_code, finished_at DESC) WHERE status = 'done';
COMMENT ON COLUMN welfare_ranking_run.decile_cutoffs IS 'Lowest score of deciles 1–9 (desil 1 has the highest scores)';

-- Each household's place in a run; kept for every run so a program's recipients can be followed across runs.
-- No foreign key to household: a run is a record of its day and outlives a household later removed.
CREATE TABLE household_decile (
  village_code   text NOT NULL REFERENCES region (code),
  run_id         uuid NOT NULL REFERENCES welfare_ranking_run (id),
  household_id   uuid NOT NULL,
  score          numeric(8, 2) NOT NULL,
  decile         smallint NOT NULL CHECK (decile BETWEEN 1 AND 10),
  PRIMARY KEY (village_code, run_id, household_id)
);
CREATE INDEX household_decile_household_idx ON household_decile (village_code, household_id, run_id);
