-- The village's own identity sheet (profil desa): who leads it and how to reach its office. The first
-- village-scoped table; like every later one it is keyed by the village code (the Citus distribution key).
CREATE TABLE village_profile (
  village_code    text PRIMARY KEY REFERENCES region (code),
  head_name       text,
  head_title      text NOT NULL DEFAULT 'Kepala Desa',
  office_address  text,
  postal_code     text CHECK (postal_code ~ '^[0-9]{5}$'),
  phone           text,
  email           text,
  website         text,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  updated_by      uuid REFERENCES app_user (id)
);
COMMENT ON COLUMN village_profile.head_title IS 'Kepala Desa for a desa, Lurah for a kelurahan';
