-- The head of a household (kepala rumah tangga), as OpenSID's household import (FormatImporRTM) names one
-- and the Regsosek form asks for. Deferred, so a load can write a household before the resident who heads it.
ALTER TABLE household ADD COLUMN head_resident_id uuid;
ALTER TABLE household ADD CONSTRAINT household_head_fkey FOREIGN KEY (village_code, head_resident_id)
  REFERENCES resident (village_code, id) DEFERRABLE INITIALLY DEFERRED;
COMMENT ON COLUMN household.head_resident_id IS 'Kepala rumah tangga: a present resident of one of the household''s families';
