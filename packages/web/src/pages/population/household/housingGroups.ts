import type { HousingColumn } from '@smart-kampung/domain';

/** Regsosek 2022 section III in questionnaire order, grouped as an enumerator asks it. */
export const HOUSING_GROUPS = [
  {
    key: 'building',
    columns: [
      'house_ownership',
      'land_title',
      'floor_area_m2',
      'floor_material',
      'wall_material',
      'roof_material',
    ],
  },
  {
    key: 'utilities',
    columns: [
      'drinking_water_source',
      'water_waste_distance',
      'lighting_source',
      'electricity_power',
      'electricity_power_2',
      'electricity_power_3',
      'cooking_fuel',
    ],
  },
  { key: 'sanitation', columns: ['toilet_facility', 'toilet_type', 'faeces_disposal'] },
] as const satisfies readonly { key: string; columns: readonly HousingColumn[] }[];

export const HOUSING_ORDER: readonly HousingColumn[] = HOUSING_GROUPS.flatMap((group) => group.columns);

/** The second and third meter (307b2/307b3): only a house that has them answers them. */
export const OPTIONAL_HOUSING_COLUMNS: readonly HousingColumn[] = [
  'electricity_power_2',
  'electricity_power_3',
];

/**
 * The facts a household page lists: every question in order, but an extra meter only when one is recorded
 * (a dash for "no second meter" would read as a gap to fill).
 */
export function shownHousingFacts(housing: Record<string, number | null>): HousingColumn[] {
  return HOUSING_ORDER.filter(
    (column) => !OPTIONAL_HOUSING_COLUMNS.includes(column) || (housing[column] ?? null) !== null,
  );
}

type HintKey =
  | 'population.householdEdit.landTitleHint'
  | 'population.householdEdit.electricityPowerHint'
  | 'population.householdEdit.toiletTypeHint'
  | 'population.housingHints.waterWasteDistance'
  | 'population.housingHints.extraMeter';

/**
 * Questions that apply only after a given answer elsewhere (or only to some houses); the form says so under
 * the field. Whether the current answers skip one comes from the server's follow-up table (followUps.ts).
 */
export const CONDITIONAL_HINTS: Partial<Record<HousingColumn, HintKey>> = {
  land_title: 'population.householdEdit.landTitleHint',
  water_waste_distance: 'population.housingHints.waterWasteDistance',
  electricity_power: 'population.householdEdit.electricityPowerHint',
  electricity_power_2: 'population.housingHints.extraMeter',
  electricity_power_3: 'population.housingHints.extraMeter',
  toilet_type: 'population.householdEdit.toiletTypeHint',
};
