-- Administrative regions of all Indonesia (Kemendagri codes, loaded from npm idn-area-data).
-- One table for every level keeps ancestry checks a prefix comparison on the dotted code.
CREATE TABLE region (
  code        text PRIMARY KEY,
  name        text NOT NULL,
  level       text NOT NULL CHECK (level IN ('province', 'regency', 'district', 'village')),
  kind        text CHECK (kind IN ('desa', 'kelurahan')),
  parent_code text REFERENCES region (code),
  CHECK ((level = 'village') = (kind IS NOT NULL)),
  CHECK ((level = 'province') = (parent_code IS NULL))
);
CREATE INDEX region_parent_idx ON region (parent_code);

COMMENT ON COLUMN region.code IS 'Dotted Kemendagri code: 35 / 35.10 / 35.10.01 / 35.10.01.2001';
COMMENT ON COLUMN region.kind IS 'Villages only: desa (code 2xxx) or kelurahan (code 1xxx)';

-- Which version of the code list is loaded, so start-up can skip a reload.
CREATE TABLE region_source (
  id          smallint PRIMARY KEY CHECK (id = 1),
  package     text NOT NULL,
  version     text NOT NULL,
  loaded_at   timestamptz NOT NULL DEFAULT now()
);
