// A household row and its families → the household page's API shape; the family cards' numbers masked.
import { HOUSING_COLUMNS, maskCivilNumber } from '@smart-kampung/domain';
import type { findHousehold, householdFamilies } from './queries.ts';
import { householdPlace } from '../shape.ts';

type HouseholdRow = NonNullable<Awaited<ReturnType<typeof findHousehold>>>;
type HouseholdFamilyRow = Awaited<ReturnType<typeof householdFamilies>>[number];

export function toHouseholdDetail(h: HouseholdRow, families: HouseholdFamilyRow[]) {
  return {
    ...householdPlace(h),
    latitude: h.latitude,
    longitude: h.longitude,
    headResidentId: h.present_head_id,
    headName: h.head_name,
    housing: Object.fromEntries(HOUSING_COLUMNS.map((column) => [column, h[column]])),
    families: families.map((f) => ({
      id: f.id,
      kkMasked: maskCivilNumber(f.kk_number),
      active: f.active,
      headName: f.head_name,
      memberCount: Number(f.member_count),
    })),
  };
}
