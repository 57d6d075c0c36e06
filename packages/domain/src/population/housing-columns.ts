// The household's Regsosek 2022 housing facts (section III) by the names the registry and the API give them,
// and which question of the Regsosek form each one answers. The server, the web app and the code lists all
// read these tables.
import type { CodeList } from './code-lists/types.ts';
import { REGSOSEK_HOUSING_VARIABLES } from './housing-codes.ts';

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
export const EXPECTED_HOUSING_COLUMNS: readonly HousingColumn[] = HOUSING_COLUMNS.filter(
  (column) => !OPTIONAL_HOUSING_COLUMNS.includes(column),
);

export type Housing = Partial<Record<HousingColumn, number | null>>;

/** Which household column keeps the answer to each Regsosek 2022 housing question. */
export const COLUMN_OF_VARIABLE: Readonly<Record<string, HousingColumn>> = {
  '301a': 'house_ownership',
  '301b': 'land_title',
  '302': 'floor_area_m2',
  '303': 'floor_material',
  '304': 'wall_material',
  '305': 'roof_material',
  '306a': 'drinking_water_source',
  '306b': 'water_waste_distance',
  '307a': 'lighting_source',
  '307b1': 'electricity_power',
  '307b2': 'electricity_power_2',
  '307b3': 'electricity_power_3',
  '308': 'cooking_fuel',
  '309a': 'toilet_facility',
  '309b': 'toilet_type',
  '310': 'faeces_disposal',
};

/** The code list of each coded housing column (every one but the floor area). */
export function housingCodeLists(): Partial<Record<HousingColumn, CodeList>> {
  const lists: Partial<Record<HousingColumn, CodeList>> = {};
  for (const variable of REGSOSEK_HOUSING_VARIABLES) {
    const column = COLUMN_OF_VARIABLE[variable.variable];
    if (column && variable.codes) lists[column] = variable.codes;
  }
  return lists;
}
