// The housing sheet of the DTKS/Regsosek 2022 workbook OpenSID imports ("3.keterangan perumahan"): the family
// card number, then one column per question of section III, named by its number. The questions and the
// household columns that keep their answers are the domain package's table (the server reads the same one).
import { COLUMN_OF_VARIABLE, type HousingColumn } from '@smart-kampung/domain';

export const KK_HEADER = 'no kartu keluarga';

/**
 * The question numbers in sheet order, which is their text order (301a … 307b3, 308, 309a …). Sorted here
 * because an object lists integer-like keys ("302") before the others.
 */
export const HOUSING_QUESTIONS = Object.keys(COLUMN_OF_VARIABLE).sort();

/** The household column a question number keeps its answer in, or null for any other header. */
export function columnOfQuestion(field: string): HousingColumn | null {
  return COLUMN_OF_VARIABLE[field.trim().toLowerCase()] ?? null;
}

export const HOUSING_HEADERS = [KK_HEADER, ...HOUSING_QUESTIONS];

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
