-- Village letters (issue 14): the catalogue of letter types and their templates, the village's officials, the
-- delegations that say who may sign which letter, numbering from counter rows, issued letters with everything
-- they print copied in, their Ed25519 signatures, and the requests that lead to them. Village tables carry
-- village_code first in every key (the Citus distribution column, see db/citus/placement.sql); the catalogue
-- and the delegations, set once for the regency, are reference tables. No triggers anywhere.

-- The catalogue: one row per letter type, loaded at start-up from packages/domain (system letters). Kept in a
-- table so letters, requests and village settings can reference it by code.
CREATE TABLE letter_type (
  code         text PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(code) <= 80),
  name         text NOT NULL,
  number_code  text NOT NULL UNIQUE CHECK (number_code ~ '^[A-Z0-9]{1,10}$'),
  klasifikasi  text NOT NULL,
  authority    text NOT NULL CHECK (authority IN ('kepala_desa', 'camat', 'bupati')),
  template     jsonb NOT NULL,
  citizen_may_request boolean NOT NULL DEFAULT false,
  service_days smallint NOT NULL DEFAULT 1 CHECK (service_days BETWEEN 0 AND 60),
  system       boolean NOT NULL DEFAULT true,
  updated_at   timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN letter_type.number_code IS 'Short code of the type for the [kode] token of letter numbers, e.g. SKD';
COMMENT ON COLUMN letter_type.klasifikasi IS 'Archive classification code (klasifikasi surat, Permendagri 78/2012) for the [klasifikasi] token';
COMMENT ON COLUMN letter_type.authority IS 'Who holds the authority to sign this letter by law; a village issues it only when that is its head or the authority is delegated to it (letter_delegation)';
COMMENT ON COLUMN letter_type.template IS 'The structured template (domain letters/template.ts): page, title, body blocks with placeholders, typed fields, parties';
COMMENT ON COLUMN letter_type.service_days IS 'Service level: working days from request to issue';

-- Per village: the letter type switched on or off, its own edited template, number format, sequence, and
-- the position that signs it for the village head.
CREATE TABLE village_letter_type (
  village_code      text NOT NULL REFERENCES region (code),
  letter_type_code  text NOT NULL REFERENCES letter_type (code),
  enabled           boolean NOT NULL DEFAULT true,
  template          jsonb,
  number_format     text,
  sequence_scope    text NOT NULL DEFAULT 'village' CHECK (sequence_scope IN ('village', 'type')),
  klasifikasi       text,
  signing_position  text NOT NULL DEFAULT 'kepala_desa',
  service_days      smallint CHECK (service_days BETWEEN 0 AND 60),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  updated_by        uuid REFERENCES app_user (id),
  PRIMARY KEY (village_code, letter_type_code)
);
COMMENT ON COLUMN village_letter_type.template IS 'The village''s edited template; null uses the catalogue''s';
COMMENT ON COLUMN village_letter_type.number_format IS 'Number format with tokens such as [klasifikasi]/[nomor]/[kode_desa]/[bulan_romawi]/[tahun]; null uses the village''s default';
COMMENT ON COLUMN village_letter_type.sequence_scope IS 'village: one sequence for every letter and outgoing mail of the village; type: a sequence of its own';
COMMENT ON COLUMN village_letter_type.signing_position IS 'Position that signs for the village head (a.n. Kepala Desa when not the head); see letter_delegation for letters the head holds by delegation';

CREATE TABLE letter_village_setting (
  village_code   text PRIMARY KEY REFERENCES region (code),
  number_format  text NOT NULL,
  short_code     text CHECK (short_code ~ '^[A-Za-z0-9.-]{1,20}$'),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  updated_by     uuid REFERENCES app_user (id)
);
COMMENT ON COLUMN letter_village_setting.short_code IS 'What [kode_desa] prints in letter numbers; null prints the last segment of the village code (e.g. 2001)';

-- Perangkat desa: who holds which position, when; an acting official (Plt., Plh.) holds it for a period.
CREATE TABLE village_official (
  village_code    text NOT NULL REFERENCES region (code),
  id              uuid NOT NULL,
  position        text NOT NULL CHECK (position IN ('kepala_desa', 'sekretaris_desa', 'kaur_tata_usaha_umum',
                    'kaur_keuangan', 'kaur_perencanaan', 'kasi_pemerintahan', 'kasi_kesejahteraan',
                    'kasi_pelayanan', 'kepala_dusun', 'staf')),
  position_title  text NOT NULL CHECK (length(trim(position_title)) > 0),
  full_name       text NOT NULL CHECK (length(trim(full_name)) > 0),
  nip             text CHECK (nip ~ '^[0-9]{18}$'),
  niap            text CHECK (length(niap) BETWEEN 1 AND 40),
  term_start      date NOT NULL,
  term_end        date,
  acting          text CHECK (acting IN ('plt', 'plh')),
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_code, id),
  CHECK (term_end IS NULL OR term_end >= term_start)
);
CREATE INDEX village_official_position_idx ON village_official (village_code, position, term_start);
COMMENT ON COLUMN village_official.position_title IS 'The post as printed under the signature, e.g. Kepala Dusun Krajan';
COMMENT ON COLUMN village_official.nip IS 'NIP (18 digits) of a civil servant, e.g. a Sekdes who is a PNS';
COMMENT ON COLUMN village_official.niap IS 'Nomor Induk Aparatur Pemerintah Desa, as the regency issued it';
COMMENT ON COLUMN village_official.acting IS 'plt: acting while the post is vacant; plh: standing in while the holder is away; null: the holder';

-- Delegations of signing authority, set by the regency: e.g. a Perbup delegating letters the regent signed to
-- the village heads of an area. Changing a row changes which letters a village may issue and who signs.
CREATE TABLE letter_delegation (
  id                 uuid PRIMARY KEY,
  area_code          text NOT NULL REFERENCES region (code),
  authority          text NOT NULL CHECK (authority IN ('camat', 'bupati')),
  mode               text NOT NULL CHECK (mode IN ('delegasi', 'mandat')),
  letter_type_codes  text[] NOT NULL CHECK (cardinality(letter_type_codes) > 0),
  regulation_number  text NOT NULL CHECK (length(trim(regulation_number)) > 0),
  regulation_date    date NOT NULL,
  valid_from         date NOT NULL,
  valid_to           date,
  signing_position   text NOT NULL DEFAULT 'kepala_desa',
  created_at         timestamptz NOT NULL DEFAULT now(),
  created_by         uuid REFERENCES app_user (id),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
COMMENT ON COLUMN letter_delegation.area_code IS 'Villages the delegation reaches: the regency, a district or one village';
COMMENT ON COLUMN letter_delegation.mode IS 'delegasi: the authority passes to the village head, who signs in their own name citing the regulation; mandat: the head signs a.n. the authority';

-- Counter rows: one per village, year and scope. A letter's number is taken with UPDATE … RETURNING inside the
-- issuing transaction, so concurrent issues queue on the row: no gap, no duplicate (never MAX + 1).
CREATE TABLE letter_sequence (
  village_code  text NOT NULL REFERENCES region (code),
  year          smallint NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  scope         text NOT NULL CHECK (scope ~ '^(village|type:[a-z0-9-]+)$'),
  last_number   integer NOT NULL DEFAULT 0 CHECK (last_number >= 0),
  PRIMARY KEY (village_code, year, scope)
);
COMMENT ON COLUMN letter_sequence.scope IS 'village: shared by every letter and outgoing mail of the village; type:<code>: one letter type''s own';

-- The village's Ed25519 keys: the private key stays in a file on the server; the public keys stay here for
-- good, so a letter signed before a rotation still verifies.
CREATE TABLE letter_signing_key (
  village_code  text NOT NULL REFERENCES region (code),
  key_id        text NOT NULL CHECK (key_id ~ '^[0-9a-f]{16}$'),
  public_key    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  retired_at    timestamptz,
  PRIMARY KEY (village_code, key_id)
);
-- One current key per village: two desks issuing the village's first letter at once cannot both make one.
CREATE UNIQUE INDEX letter_signing_key_current_idx ON letter_signing_key (village_code) WHERE retired_at IS NULL;
COMMENT ON COLUMN letter_signing_key.key_id IS 'First 8 bytes of the SHA-256 of the raw public key, hex';
COMMENT ON COLUMN letter_signing_key.public_key IS 'Raw 32-byte Ed25519 public key, base64url';

-- Requests: at the desk or online, checked, optionally verified by the Sekdes, signed, issued, collected.
CREATE TABLE letter_request (
  village_code         text NOT NULL REFERENCES region (code),
  id                   uuid NOT NULL,
  public_id            text NOT NULL CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
  letter_type_code     text NOT NULL REFERENCES letter_type (code),
  subject_resident_id  uuid NOT NULL,
  channel              text NOT NULL CHECK (channel IN ('desk', 'online')),
  requested_by         uuid REFERENCES app_user (id),
  status               text NOT NULL CHECK (status IN ('requested', 'checked', 'verified', 'signed', 'collected',
                         'rejected', 'cancelled')),
  fields               jsonb NOT NULL DEFAULT '{}',
  requested_at         timestamptz NOT NULL DEFAULT now(),
  due_at               timestamptz NOT NULL,
  status_changed_at    timestamptz NOT NULL DEFAULT now(),
  status_changed_by    uuid REFERENCES app_user (id),
  rejection_reason     text,
  PRIMARY KEY (village_code, id),
  UNIQUE (village_code, public_id),
  FOREIGN KEY (village_code, subject_resident_id) REFERENCES resident (village_code, id),
  CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL))
);
CREATE INDEX letter_request_open_idx ON letter_request (village_code, due_at)
  WHERE status IN ('requested', 'checked', 'verified');
COMMENT ON COLUMN letter_request.due_at IS 'Requested time plus the letter type''s service level in working days';

-- Issued letters. What the letter prints is copied in at issue (the subject's data, the village's letterhead,
-- the template, the signer's name and post), so later changes to the registry, the staff list or the template
-- never change an issued letter. A voided letter keeps its number and says why.
CREATE TABLE letter (
  village_code         text NOT NULL REFERENCES region (code),
  id                   uuid NOT NULL,
  public_id            text NOT NULL CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
  letter_type_code     text NOT NULL REFERENCES letter_type (code),
  request_id           uuid,
  number               text NOT NULL,
  sequence_year        smallint NOT NULL,
  sequence_scope       text NOT NULL,
  sequence_no          integer NOT NULL CHECK (sequence_no > 0),
  letter_date          date NOT NULL,
  issued_at            timestamptz NOT NULL DEFAULT now(),
  issued_by            uuid NOT NULL REFERENCES app_user (id),
  subject_resident_id  uuid NOT NULL,
  subject              jsonb NOT NULL,
  fields               jsonb NOT NULL,
  template             jsonb NOT NULL,
  letterhead           jsonb NOT NULL,
  signer               jsonb NOT NULL,
  signer_official_id   uuid NOT NULL,
  status               text NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'void')),
  void_reason          text,
  voided_at            timestamptz,
  voided_by            uuid REFERENCES app_user (id),
  content_sha256       text CHECK (content_sha256 ~ '^[A-Za-z0-9_-]{43}$'),
  signing_key_id       text,
  signature            text,
  PRIMARY KEY (village_code, id),
  UNIQUE (village_code, public_id),
  UNIQUE (village_code, number),
  UNIQUE (village_code, sequence_scope, sequence_year, sequence_no),
  FOREIGN KEY (village_code, subject_resident_id) REFERENCES resident (village_code, id),
  FOREIGN KEY (village_code, signer_official_id) REFERENCES village_official (village_code, id),
  FOREIGN KEY (village_code, request_id) REFERENCES letter_request (village_code, id),
  FOREIGN KEY (village_code, signing_key_id) REFERENCES letter_signing_key (village_code, key_id),
  CHECK ((status = 'void') = (void_reason IS NOT NULL))
);
CREATE INDEX letter_issued_idx ON letter (village_code, issued_at DESC);
CREATE INDEX letter_subject_idx ON letter (village_code, subject_resident_id);
COMMENT ON COLUMN letter.public_id IS 'Random, unguessable id of the public verify page (never sequential)';
COMMENT ON COLUMN letter.subject IS 'The subject''s data as printed, copied at issue (name, NIK, birth, address, family)';
COMMENT ON COLUMN letter.signer IS 'Signer''s name, NIP/NIAP and the signature block lines (a.n., u.b., Plt.) as printed, copied at issue';
COMMENT ON COLUMN letter.letterhead IS 'Village, district and regency names and the office address as printed, copied at issue';
COMMENT ON COLUMN letter.content_sha256 IS 'SHA-256 (base64url) of the letter''s canonical content, every word the PDF prints; part of the signed record';
COMMENT ON COLUMN letter.signature IS 'Ed25519 signature of the canonical record by the village key signing_key_id, base64url';
