-- Village letters, the village's side (issue 14): the other people a letter names (the reporter and the
-- witnesses of a death letter, the parents of a birth letter), copied into the letter at issue like its
-- subject; and the logo on the village's letterhead, every version kept so a letter re-prints as issued.

ALTER TABLE letter ADD COLUMN parties jsonb NOT NULL DEFAULT '{}';
COMMENT ON COLUMN letter.parties IS 'The other people the letter names, by the template''s party key, as printed (name, NIK, birth, sex, occupation, address), copied at issue; a resident''s id when picked from the registry';

CREATE TABLE letter_logo (
  village_code  text NOT NULL REFERENCES region (code),
  sha256        text NOT NULL CHECK (sha256 ~ '^[A-Za-z0-9_-]{43}$'),
  media_type    text NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg')),
  image         bytea NOT NULL CHECK (octet_length(image) BETWEEN 1 AND 262144),
  width_px      integer NOT NULL CHECK (width_px BETWEEN 1 AND 2000),
  height_px     integer NOT NULL CHECK (height_px BETWEEN 1 AND 2000),
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  uploaded_by   uuid REFERENCES app_user (id),
  -- retired when replaced or removed; kept, because the letters issued with it name it by its hash
  retired_at    timestamptz,
  PRIMARY KEY (village_code, sha256)
);
-- One logo in use per village.
CREATE UNIQUE INDEX letter_logo_current_idx ON letter_logo (village_code) WHERE retired_at IS NULL;
COMMENT ON TABLE letter_logo IS 'The village''s letterhead logo, every version; a letter''s letterhead names the one it printed by its SHA-256';
COMMENT ON COLUMN letter_logo.sha256 IS 'SHA-256 of the stored image bytes, base64url';
