-- Staff and citizen accounts, each bound to one area. The role decides what the area lets them do.
CREATE TABLE app_user (
  id                uuid PRIMARY KEY,
  username          text NOT NULL UNIQUE CHECK (username = lower(username)),
  display_name      text NOT NULL,
  password_hash     text NOT NULL,
  role              text NOT NULL CHECK (role IN ('regency_admin', 'agency_staff', 'district_staff',
                      'village_head', 'village_operator', 'social_worker', 'citizen')),
  agency            text CHECK (agency IN ('social_affairs', 'village_development', 'planning', 'inspectorate')),
  area_code         text NOT NULL REFERENCES region (code),
  active            boolean NOT NULL DEFAULT true,
  failed_logins     integer NOT NULL DEFAULT 0,
  locked_until      timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'agency_staff') = (agency IS NOT NULL))
);
COMMENT ON COLUMN app_user.password_hash IS 'argon2id PHC string (salted); for citizens this hashes the PIN';
COMMENT ON COLUMN app_user.failed_logins IS 'Consecutive failures since the last success; reaching the limit sets locked_until';

-- Citizens sign in with NIK + PIN. The NIK is stored only as a keyed hash so this table holds no NIK.
CREATE TABLE citizen_login (
  user_id     uuid PRIMARY KEY REFERENCES app_user (id),
  nik_digest  text NOT NULL UNIQUE
);
COMMENT ON COLUMN citizen_login.nik_digest IS 'HMAC-SHA256 of the NIK with the deployment secret, hex';

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256.
CREATE TABLE user_session (
  token_digest  text PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES app_user (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  ip            text,
  user_agent    text
);
CREATE INDEX user_session_user_idx ON user_session (user_id);

-- Deployment settings (one row): which regency this installation serves, and whether data is synthetic.
CREATE TABLE deployment (
  id            smallint PRIMARY KEY CHECK (id = 1),
  regency_code  text NOT NULL REFERENCES region (code),
  demo_data     boolean NOT NULL DEFAULT false,
  secret        text NOT NULL
);
COMMENT ON COLUMN deployment.secret IS 'Random key for HMACs (citizen NIK digests); generated at first start';
