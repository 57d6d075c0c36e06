// Which household column keeps the answer to each Regsosek 2022 housing question (section III, the
// "3.keterangan perumahan" sheet of the DTKS/Regsosek workbook). The code lists and the housing import both
// read this one table.
import type { HousingColumn } from './housing.ts';

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
