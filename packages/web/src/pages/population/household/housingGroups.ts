import type { HousingColumn } from '../../../api/populationTypes.ts';

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
    columns: ['drinking_water_source', 'lighting_source', 'electricity_power', 'cooking_fuel'],
  },
  { key: 'sanitation', columns: ['toilet_facility', 'toilet_type', 'faeces_disposal'] },
] as const satisfies readonly { key: string; columns: readonly HousingColumn[] }[];

export const HOUSING_ORDER: readonly HousingColumn[] = HOUSING_GROUPS.flatMap((group) => group.columns);

/** Questions that apply only after a given answer elsewhere; the form says so under the field. */
export const CONDITIONAL_HINTS: Partial<
  Record<HousingColumn, 'landTitleHint' | 'electricityPowerHint' | 'toiletTypeHint'>
> = {
  land_title: 'landTitleHint',
  electricity_power: 'electricityPowerHint',
  toilet_type: 'toiletTypeHint',
};
