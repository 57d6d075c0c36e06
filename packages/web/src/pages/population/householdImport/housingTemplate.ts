// The housing sheet of the DTKS/Regsosek 2022 workbook OpenSID imports ("3.keterangan perumahan"): the family
// card number, then one column per question of section III, named by its number. The server reads the same
// header (households/regsosek-layout.ts); the questions keep their answers in these household columns.
import type { HousingColumn } from '../../../api/populationTypes.ts';

export const KK_HEADER = 'no kartu keluarga';

/** Question number → household column, in sheet order (server: households/regsosek-variables.ts). */
export const HOUSING_QUESTIONS = [
  ['301a', 'house_ownership'],
  ['301b', 'land_title'],
  ['302', 'floor_area_m2'],
  ['303', 'floor_material'],
  ['304', 'wall_material'],
  ['305', 'roof_material'],
  ['306a', 'drinking_water_source'],
  ['306b', 'water_waste_distance'],
  ['307a', 'lighting_source'],
  ['307b1', 'electricity_power'],
  ['307b2', 'electricity_power_2'],
  ['307b3', 'electricity_power_3'],
  ['308', 'cooking_fuel'],
  ['309a', 'toilet_facility'],
  ['309b', 'toilet_type'],
  ['310', 'faeces_disposal'],
] as const satisfies readonly (readonly [string, HousingColumn])[];

const COLUMN_OF_QUESTION = new Map<string, HousingColumn>(HOUSING_QUESTIONS);

/** The household column a question number keeps its answer in, or null for any other header. */
export function columnOfQuestion(field: string): HousingColumn | null {
  return COLUMN_OF_QUESTION.get(field.trim().toLowerCase()) ?? null;
}

export const HOUSING_HEADERS = [KK_HEADER, ...HOUSING_QUESTIONS.map(([question]) => question)];

/**
 * One example family: owned house with a freehold title, 36 m², ceramic floor, protected well 10 m or more
 * from the septic tank, one PLN meter of 900 W (no second or third: left blank), 3 kg LPG, own toilet. Its
 * card number has an impossible issue date (00-00-00), so a template sent back unchanged fails the check
 * instead of changing a house.
 */
export const HOUSING_EXAMPLE = [
  '3510010000000001',
  '1',
  '1',
  '36',
  '2',
  '1',
  '2',
  '5',
  '2',
  '1',
  '2',
  '',
  '',
  '4',
  '1',
  '1',
  '1',
] as const;

/**
 * Header and example row, separated by semicolons as an Excel set to Indonesian saves a CSV, with a
 * byte-order mark so Excel opens it as UTF-8.
 */
export function housingTemplateCsv(): string {
  return `\uFEFF${HOUSING_HEADERS.join(';')}\r\n${HOUSING_EXAMPLE.join(';')}\r\n`;
}

/** A download link target for the template, built in the browser (no server round trip). */
export function housingTemplateUrl(): string {
  return URL.createObjectURL(new Blob([housingTemplateCsv()], { type: 'text/csv;charset=utf-8' }));
}
