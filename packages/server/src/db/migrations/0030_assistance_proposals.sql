-- Usul and sanggah (issue 13 §2): a citizen (or the village desk on their behalf) proposes a family for a
-- program or disputes a current recipient of their own village; the item is checked by the village operator,
-- decided at the village deliberation (musyawarah desa), passed on by the district and visited and decided by
-- Dinas Sosial. Every step has a due time from the regency's working days per step and a history row.

-- The regency's clock: working days per step (domain assistance/proposals/flow.ts PROPOSAL_STEPS). A step
-- missing here takes the domain's default. One installation serves one regency, so the step is the key.
CREATE TABLE assistance_proposal_deadline (
  step          text PRIMARY KEY CHECK (step IN ('check', 'decide_village', 'forward', 'visit', 'decide_agency')),
  working_days  smallint NOT NULL CHECK (working_days BETWEEN 0 AND 120),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  updated_by    uuid REFERENCES app_user (id)
);
COMMENT ON TABLE assistance_proposal_deadline IS 'Working days the regency gives each step of an usul/sanggah (Monday–Friday, national holidays off)';

-- A village deliberation (musyawarah desa) that decides the checked items: its minutes (berita acara) as a PDF
-- checked by its bytes, kept in the database with the village's other records.
CREATE TABLE assistance_deliberation (
  village_code    text NOT NULL REFERENCES region (code),
  id              uuid NOT NULL,
  held_on         date NOT NULL,
  place           text NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
  attendance      integer NOT NULL CHECK (attendance BETWEEN 1 AND 5000),
  attendance_note text CHECK (length(attendance_note) <= 2000),
  minutes_pdf     bytea,
  minutes_sha256  text CHECK (minutes_sha256 ~ '^[0-9a-f]{64}$'),
  minutes_bytes   integer CHECK (minutes_bytes > 0),
  created_at      timestamptz NOT NULL DEFAULT now(),
  created_by      uuid NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (village_code, id),
  CHECK ((minutes_pdf IS NULL) = (minutes_sha256 IS NULL) AND (minutes_pdf IS NULL) = (minutes_bytes IS NULL))
);
CREATE INDEX assistance_deliberation_held_idx ON assistance_deliberation (village_code, held_on DESC);
COMMENT ON COLUMN assistance_deliberation.attendance IS 'How many attended (the berita acara''s count)';
COMMENT ON COLUMN assistance_deliberation.attendance_note IS 'Who attended, as the operator notes it (elements present: BPD, RT/RW, PKH facilitator …)';

CREATE TABLE assistance_proposal (
  village_code          text NOT NULL REFERENCES region (code),
  id                    uuid NOT NULL,
  kind                  text NOT NULL CHECK (kind IN ('usul', 'sanggah')),
  program_id            uuid NOT NULL REFERENCES assistance_program (id),
  status                text NOT NULL CHECK (status IN ('submitted', 'checked', 'at_district', 'at_agency', 'visited',
                          'rejected_at_check', 'rejected_by_village', 'rejected_by_agency', 'enrolled', 'exited',
                          'proposed_to_ministry')),
  kk_number             text CHECK (kk_number ~ '^[0-9]{16}$'),
  family_id             uuid,
  enrolment_id          uuid,
  reason                text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  channel               text NOT NULL CHECK (channel IN ('online', 'desk')),
  submitted_by          uuid NOT NULL REFERENCES app_user (id),
  submitter_resident_id uuid,
  submitted_at          timestamptz NOT NULL DEFAULT now(),
  due_at                timestamptz,
  status_changed_at     timestamptz NOT NULL DEFAULT now(),
  check_outcome         text CHECK (check_outcome IN ('ok', 'duplicate', 'already_enrolled', 'unknown_family', 'not_recipient')),
  deliberation_id       uuid,
  village_decision      text CHECK (village_decision IN ('accepted', 'rejected')),
  village_reason        text CHECK (length(village_reason) BETWEEN 1 AND 2000),
  agency_decision       text CHECK (agency_decision IN ('enrol', 'exit', 'propose_to_ministry', 'reject')),
  agency_reason         text CHECK (length(agency_reason) BETWEEN 1 AND 2000),
  result_enrolment_id   uuid,
  PRIMARY KEY (village_code, id),
  FOREIGN KEY (village_code, family_id) REFERENCES family (village_code, id),
  FOREIGN KEY (village_code, enrolment_id) REFERENCES assistance_enrolment (village_code, id),
  FOREIGN KEY (village_code, submitter_resident_id) REFERENCES resident (village_code, id),
  FOREIGN KEY (village_code, deliberation_id) REFERENCES assistance_deliberation (village_code, id),
  FOREIGN KEY (village_code, result_enrolment_id) REFERENCES assistance_enrolment (village_code, id),
  CHECK ((kind = 'usul') = (kk_number IS NOT NULL)),
  CHECK ((kind = 'sanggah') = (enrolment_id IS NOT NULL)),
  CHECK ((status IN ('submitted', 'checked', 'at_district', 'at_agency', 'visited')) = (due_at IS NOT NULL))
);
-- One open usul per family (by its KK number, known to the registry or not) and program: a second is a
-- duplicate, refused when it is made.
CREATE UNIQUE INDEX assistance_proposal_open_usul_idx ON assistance_proposal (village_code, program_id, kk_number)
  WHERE kind = 'usul' AND status IN ('submitted', 'checked', 'at_district', 'at_agency', 'visited');
CREATE INDEX assistance_proposal_queue_idx ON assistance_proposal (village_code, status, due_at);
CREATE INDEX assistance_proposal_submitter_idx ON assistance_proposal (village_code, submitted_by, submitted_at DESC);
CREATE INDEX assistance_proposal_enrolment_idx ON assistance_proposal (village_code, enrolment_id) WHERE enrolment_id IS NOT NULL;
COMMENT ON COLUMN assistance_proposal.kk_number IS 'usul: the KK number of the family proposed, as given (an unknown one is rejected at the check as unknown_family)';
COMMENT ON COLUMN assistance_proposal.family_id IS 'usul: the family of kk_number in the village registry when the item was made, if any';
COMMENT ON COLUMN assistance_proposal.enrolment_id IS 'sanggah: the enrolment disputed';
COMMENT ON COLUMN assistance_proposal.submitted_by IS 'The account that made the item. For a sanggah this is the disputer: never answered by any route (docs/ARCHITECTURE.md, "Usul and sanggah"); kept for the audit trail';
COMMENT ON COLUMN assistance_proposal.submitter_resident_id IS 'The resident behind a citizen account (online), or the resident the desk named (desk); as private as submitted_by for a sanggah';
COMMENT ON COLUMN assistance_proposal.due_at IS 'When the step the item waits for is due (end of the Nth working day, WIB); null once final';
COMMENT ON COLUMN assistance_proposal.result_enrolment_id IS 'The enrolment Dinas Sosial''s "enrol" created';

-- Every step taken, in order: who, when, what, why, and whether it was late.
CREATE TABLE assistance_proposal_step (
  village_code  text NOT NULL REFERENCES region (code),
  proposal_id   uuid NOT NULL,
  seq           integer NOT NULL CHECK (seq > 0),
  step          text NOT NULL CHECK (step IN ('submit', 'check', 'decide_village', 'forward', 'visit', 'decide_agency')),
  outcome       text,
  from_status   text,
  to_status     text NOT NULL,
  reason        text,
  acted_by      uuid NOT NULL REFERENCES app_user (id),
  acted_at      timestamptz NOT NULL DEFAULT now(),
  was_due_at    timestamptz,
  PRIMARY KEY (village_code, proposal_id, seq),
  FOREIGN KEY (village_code, proposal_id) REFERENCES assistance_proposal (village_code, id)
);
COMMENT ON COLUMN assistance_proposal_step.was_due_at IS 'The due time of the step when it was taken (late when acted_at is after it)';

-- Dinas Sosial's verification visit: one per item, with its findings; photos below.
CREATE TABLE assistance_proposal_visit (
  village_code  text NOT NULL REFERENCES region (code),
  id            uuid NOT NULL,
  proposal_id   uuid NOT NULL,
  visited_on    date NOT NULL,
  findings      text NOT NULL CHECK (length(findings) BETWEEN 1 AND 4000),
  facts_updated boolean NOT NULL DEFAULT false,
  visited_by    uuid NOT NULL REFERENCES app_user (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_code, id),
  UNIQUE (village_code, proposal_id),
  FOREIGN KEY (village_code, proposal_id) REFERENCES assistance_proposal (village_code, id)
);
COMMENT ON COLUMN assistance_proposal_visit.facts_updated IS 'The visit also saved the family''s welfare facts (Regsosek section V), source visit';

-- Photos: of the house with an usul (the citizen's), and of the visit (Dinas Sosial's). JPEG or PNG by their
-- first bytes, resized on the phone.
CREATE TABLE assistance_proposal_photo (
  village_code  text NOT NULL REFERENCES region (code),
  id            uuid NOT NULL,
  proposal_id   uuid NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('house', 'visit')),
  content_type  text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
  size_bytes    integer NOT NULL CHECK (size_bytes > 0),
  content       bytea NOT NULL,
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  uploaded_by   uuid NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (village_code, id),
  FOREIGN KEY (village_code, proposal_id) REFERENCES assistance_proposal (village_code, id)
);
CREATE INDEX assistance_proposal_photo_idx ON assistance_proposal_photo (village_code, proposal_id);
