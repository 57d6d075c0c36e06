// A household row and its families → the household page's API shape; the family cards' numbers masked.
import { HOUSING_COLUMNS } from '@smart-kampung/domain';
import type { IdentifierMasks } from '../../../../platform/identifiers/identifier-masks.ts';
import type { findHousehold, householdFamilies } from './queries.ts';
import { householdPlace } from '../shape.ts';

type HouseholdRow = NonNullable<Awaited<ReturnType<typeof findHousehold>>>;
type HouseholdFamilyRow = Awaited<ReturnType<typeof householdFamilies>>[number];

export function toHouseholdDetail(h: HouseholdRow, families: HouseholdFamilyRow[], masks: IdentifierMasks) {
  return {
    ...householdPlace(h),
    latitude: h.latitude,
    longitude: h.longitude,
    headResidentId: h.present_head_id,
    headName: h.head_name,
    housing: Object.fromEntries(HOUSING_COLUMNS.map((column) => [column, h[column]])),
    families: families.map((f) => ({
      id: f.id,
      kkMasked: masks.civil(f.kk_number),
      active: f.active,
      headName: f.head_name,
      memberCount: Number(f.member_count),
    })),
  };
}
