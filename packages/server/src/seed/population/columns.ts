// The columns the generator fills, with their SQL types, listed once for both bulk paths (unnest arrays and
// COPY text), so the two can never disagree about order or types.
import type { FamilyRow, HouseholdRow, ResidentRow } from './generate-village.ts';

export type SqlType = 'text' | 'uuid' | 'date' | 'int2' | 'float8' | 'bool' | 'text[]';

export interface TableSpec<R> {
  table: 'household' | 'family' | 'resident' | 'resident_nik';
  columns: readonly { name: keyof R & string; type: SqlType }[];
}

export interface NikRow {
  nik: string;
  village_code: string;
  resident_id: string;
}

const spec = <R>(table: TableSpec<R>['table'], columns: [keyof R & string, SqlType][]): TableSpec<R> => ({
  table,
  columns: columns.map(([name, type]) => ({ name, type })),
});

export const HOUSEHOLD_TABLE = spec<HouseholdRow>('household', [
  ['village_code', 'text'], ['id', 'uuid'], ['household_no', 'text'], ['dusun', 'text'], ['rw', 'text'],
  ['rt', 'text'], ['address', 'text'], ['latitude', 'float8'], ['longitude', 'float8'],
  ['floor_area_m2', 'int2'], ['floor_material', 'int2'], ['wall_material', 'int2'], ['roof_material', 'int2'],
  ['drinking_water_source', 'int2'], ['water_waste_distance', 'int2'], ['lighting_source', 'int2'],
  ['electricity_power', 'int2'], ['electricity_power_2', 'int2'], ['electricity_power_3', 'int2'],
  ['toilet_facility', 'int2'], ['toilet_type', 'int2'], ['faeces_disposal', 'int2'], ['cooking_fuel', 'int2'],
  ['house_ownership', 'int2'], ['land_title', 'int2'], ['head_resident_id', 'uuid'],
]); // prettier-ignore

export const FAMILY_TABLE = spec<FamilyRow>('family', [
  ['village_code', 'text'], ['id', 'uuid'], ['kk_number', 'text'], ['household_id', 'uuid'], ['dusun', 'text'],
  ['rw', 'text'], ['rt', 'text'], ['address', 'text'], ['active', 'bool'],
]); // prettier-ignore

export const RESIDENT_TABLE = spec<ResidentRow>('resident', [
  ['village_code', 'text'], ['id', 'uuid'], ['nik', 'text'], ['family_id', 'uuid'], ['relationship', 'int2'],
  ['full_name', 'text'], ['sex', 'int2'], ['birth_place', 'text'], ['birth_date', 'date'], ['religion', 'int2'],
  ['education_kk', 'int2'], ['education_current', 'int2'], ['occupation', 'int2'], ['marital_status', 'int2'],
  ['citizenship', 'int2'], ['blood_type', 'int2'], ['disability', 'int2'], ['contraception', 'int2'],
  ['pregnant', 'int2'], ['ktp_el', 'int2'], ['ktp_record_status', 'int2'], ['insurance', 'int2'],
  ['father_nik', 'text'], ['father_name', 'text'], ['mother_nik', 'text'], ['mother_name', 'text'],
  ['birth_certificate_no', 'text'], ['marriage_date', 'date'], ['ethnicity', 'text'], ['status_code', 'int2'],
  ['status_date', 'date'], ['verification_flags', 'text[]'],
]); // prettier-ignore

export const NIK_TABLE = spec<NikRow>('resident_nik', [
  ['nik', 'text'],
  ['village_code', 'text'],
  ['resident_id', 'uuid'],
]);

export const nikRows = (residents: readonly ResidentRow[]): NikRow[] =>
  residents.map((r) => ({ nik: r.nik, village_code: r.village_code, resident_id: r.id }));

/** A text[] value as a PostgreSQL array literal; the generator's flags are plain upper-case codes. */
export const arrayLiteral = (value: unknown) => `{${(value as string[]).join(',')}}`;

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const NEEDS_ESCAPE = /[\\\t\n\r]/;

function copyValue(value: unknown, type: SqlType): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  if (type === 'text[]') return arrayLiteral(value);
  if (type === 'bool') return value ? 't' : 'f';
  const text = value as string;
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : text;
}

/** One row in COPY text format (tab-separated, \N for null), newline included. */
export function copyLine<R>(spec: TableSpec<R>, row: R): string {
  const { columns } = spec;
  let line = copyValue(row[columns[0]!.name], columns[0]!.type);
  for (let i = 1; i < columns.length; i++) line += `\t${copyValue(row[columns[i]!.name], columns[i]!.type)}`;
  return `${line}\n`;
}
