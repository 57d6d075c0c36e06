// How a household is named and placed in every answer that shows one (its page and the list rows): the
// fields and the mapping from its row, written once.
import { z } from 'zod';

export const householdPlaceFields = {
  id: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  householdNo: z.string().nullable(),
  dusun: z.string().nullable(),
  rw: z.string().nullable(),
  rt: z.string().nullable(),
  address: z.string().nullable(),
};

interface HouseholdPlaceRow {
  id: string;
  village_code: string;
  village_name: string;
  household_no: string | null;
  dusun: string | null;
  rw: string | null;
  rt: string | null;
  address: string | null;
}

export function householdPlace(h: HouseholdPlaceRow) {
  return {
    id: h.id,
    villageCode: h.village_code,
    villageName: h.village_name,
    householdNo: h.household_no,
    dusun: h.dusun,
    rw: h.rw,
    rt: h.rt,
    address: h.address,
  };
}
