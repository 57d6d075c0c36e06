-- Cek Bansos (issue 13): how many public look-ups each village had per day, by way in (name, NIK + name,
-- KK + head's name) and outcome. Never what was asked: no name, no number, no address.
CREATE TABLE public_lookup_stat (
  village_code  text NOT NULL REFERENCES region (code),
  day           date NOT NULL,
  mode          text NOT NULL CHECK (mode IN ('name', 'nik', 'kk')),
  outcome       text NOT NULL CHECK (outcome IN ('found', 'none')),
  lookups       integer NOT NULL CHECK (lookups >= 0),
  PRIMARY KEY (village_code, day, mode, outcome)
);
