-- The letter request workflow (issue 14 §4): who signs is a person with an account, a request's requirements
-- are seen and ticked (and photographed by the citizen), the Sekdes verifies where the village asks for it,
-- and a request ends in one letter at most.

-- A staff account linked to the official it is: "the village head signs" means the head's own account, who
-- re-enters their password to sign. One account is one official of a village at most.
ALTER TABLE village_official ADD COLUMN user_id uuid REFERENCES app_user (id);
CREATE UNIQUE INDEX village_official_user_idx ON village_official (village_code, user_id) WHERE user_id IS NOT NULL;
COMMENT ON COLUMN village_official.user_id IS 'The staff account of this official: the account that signs (and verifies, for the Sekdes) letter requests in the app';

-- Whether requests go through the Sekdes'' verification before signing: the whole village, or some types.
CREATE TABLE letter_workflow_setting (
  village_code          text PRIMARY KEY REFERENCES region (code),
  verification_required boolean NOT NULL DEFAULT false,
  verified_types        text[] NOT NULL DEFAULT '{}',
  updated_at            timestamptz NOT NULL DEFAULT now(),
  updated_by            uuid REFERENCES app_user (id)
);
COMMENT ON COLUMN letter_workflow_setting.verification_required IS 'Every request of the village is verified by the Sekretaris Desa before signing';
COMMENT ON COLUMN letter_workflow_setting.verified_types IS 'Letter type codes verified by the Sekretaris Desa even when verification_required is off';

ALTER TABLE letter_request
  ADD COLUMN needs_verification boolean NOT NULL DEFAULT false,
  ADD COLUMN requirements text[] NOT NULL DEFAULT '{}',
  ADD COLUMN requirements_seen text[] NOT NULL DEFAULT '{}',
  ADD COLUMN collected_how text CHECK (collected_how IN ('desk', 'download')),
  ADD CONSTRAINT letter_request_collected_how CHECK ((status = 'collected') = (collected_how IS NOT NULL));
COMMENT ON COLUMN letter_request.needs_verification IS 'Decided when the request is made, from letter_workflow_setting: the Sekdes verifies before signing';
COMMENT ON COLUMN letter_request.requirements IS 'The requirement kinds (domain letters/requirements.ts) the letter type asked when the request was made';
COMMENT ON COLUMN letter_request.requirements_seen IS 'The requirements the operator saw and ticked at the check';
COMMENT ON COLUMN letter_request.collected_how IS 'desk: collected at the village office; download: the citizen downloaded the signed PDF';
CREATE INDEX letter_request_requester_idx ON letter_request (village_code, requested_by, requested_at DESC);

-- A request ends in one letter at most.
CREATE UNIQUE INDEX letter_request_letter_idx ON letter (village_code, request_id) WHERE request_id IS NOT NULL;

-- Photos of the requirements, resized on the citizen's phone and checked here (JPEG or PNG by their first
-- bytes, size capped). Kept in the database beside the request, so they are the village's like the request
-- and never served outside it.
CREATE TABLE letter_request_attachment (
  village_code  text NOT NULL REFERENCES region (code),
  id            uuid NOT NULL,
  request_id    uuid NOT NULL,
  requirement   text NOT NULL CHECK (requirement ~ '^[a-z_]{1,40}$'),
  content_type  text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
  size_bytes    integer NOT NULL CHECK (size_bytes > 0),
  content       bytea NOT NULL,
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  uploaded_by   uuid NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (village_code, id),
  FOREIGN KEY (village_code, request_id) REFERENCES letter_request (village_code, id)
);
CREATE INDEX letter_request_attachment_request_idx ON letter_request_attachment (village_code, request_id);
COMMENT ON COLUMN letter_request_attachment.requirement IS 'The requirement kind the photo shows (ktp, kk, pengantar_rt …)';
