// The household's Regsosek 2022 housing facts (section III), by the household table's column names: the
// API reads and writes them under these names, and each coded one is checked against its code list.
import { allCodeLists } from '../code-lists-sync.ts';

export const HOUSING_COLUMNS = [
  'floor_area_m2',
  'floor_material',
  'wall_material',
  'roof_material',
  'drinking_water_source',
  'water_waste_distance',
  'lighting_source',
  'electricity_power',
  'electricity_power_2',
  'electricity_power_3',
  'toilet_facility',
  'toilet_type',
  'faeces_disposal',
  'cooking_fuel',
  'house_ownership',
  'land_title',
] as const;

export type HousingColumn = (typeof HOUSING_COLUMNS)[number];

/** A second and third meter are answered only where a house has them: completeness does not wait for them. */
export const OPTIONAL_HOUSING_COLUMNS: readonly HousingColumn[] = [
  'electricity_power_2',
  'electricity_power_3',
];
/** The facts a complete household answers (a skipped follow-up counts as answered). */
export const EXPECTED_HOUSING_COLUMNS = HOUSING_COLUMNS.filter((c) => !OPTIONAL_HOUSING_COLUMNS.includes(c));
export type Housing = Partial<Record<HousingColumn, number | null>>;

/** Coded columns (every one but the floor area) with the codes their list allows. */
export function allowedHousingCodes(): Map<HousingColumn, Set<number>> {
  const lists = allCodeLists();
  const allowed = new Map<HousingColumn, Set<number>>();
  for (const column of HOUSING_COLUMNS) {
    const list = lists[column];
    if (list) allowed.set(column, new Set(list.map((entry) => entry.code)));
  }
  return allowed;
}
