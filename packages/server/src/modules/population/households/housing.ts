// The codes each coded housing column allows, as sets for the write checks. The columns themselves and the
// Regsosek question map are domain tables (@smart-kampung/domain housing-columns).
import { HOUSING_COLUMNS, housingCodeLists, type HousingColumn } from '@smart-kampung/domain';

export function allowedHousingCodes(): Map<HousingColumn, Set<number>> {
  const lists = housingCodeLists();
  const allowed = new Map<HousingColumn, Set<number>>();
  for (const column of HOUSING_COLUMNS) {
    const list = lists[column];
    if (list) allowed.set(column, new Set(list.map((entry) => entry.code)));
  }
  return allowed;
}
