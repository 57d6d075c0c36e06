// The rules for one row on its own: every cell read as its column expects, required columns present, NIK
// and KK numbers checked by the domain rules. Checks that need the other rows or the registry come later
// (check-batch.ts).
import {
  sexFromCode,
  validateKk,
  validateNik,
  type KnownDistrict,
  type ValidationResult,
} from '@smart-kampung/domain';
import {
  readCode,
  readDate,
  readIdentifier,
  readText,
  type CellResult,
  type DateBounds,
} from '../../../platform/sheets/cell-values.ts';
import type { RawRow } from '../../../platform/sheets/read-sheet.ts';
import { importIssue, type RowIssue } from '../../../platform/imports/row-issues.ts';
import { fromDomainIssue } from './domain-issues.ts';
import { formulaWarning, regionWarnings, type HomeRegion } from './line-warnings.ts';
import {
  REQUIRED_HEADERS,
  TEMPLATE_COLUMNS,
  type FamilyField,
  type TemplateHeader,
} from './template-columns.ts';

export type ResidentValues = Record<string, string | number | null>;
export type FamilyAddress = Partial<Record<FamilyField, string | null>>;

/** The normalised row as staged in import_job_row.data. */
export interface StagedRowData {
  nik: string | null;
  kk: string | null;
  /** Resident columns whose header is in the file; absent columns leave the registry's value alone. */
  resident: ResidentValues;
  /** Address columns as written on this row. */
  family: FamilyAddress;
  /** The address the whole family gets (from its head's row); filled in by the batch checks. */
  familyAddress: FamilyAddress;
  /** Warning codes of the NIK/KK rules, stored as the resident's verification_flags. */
  flags: string[];
}

export interface CheckedRow {
  lineNo: number;
  data: StagedRowData;
  errors: RowIssue[];
  warnings: RowIssue[];
  /** kk_level as a code, or the cell's text when it is not one, for the head-of-family rule. */
  relationship: number | string | undefined;
}

export interface RowContext {
  knownDistrict: KnownDistrict;
  /** ISO date of today in the village's time zone. */
  today: string;
  /** The village's regency and district, for the warnings on identifiers issued elsewhere. */
  home: HomeRegion;
}

/** Names and addresses: the columns a formula injection aims at, warned about when they start like one. */
const FORMULA_CHECKED: readonly TemplateHeader[] = [
  'nama',
  'nama_ayah',
  'nama_ibu',
  'alamat',
  'alamat_sekarang',
];

const EARLIEST_DATE = '1850-01-01';
const LATEST_DOCUMENT_DATE = '2200-12-31';
/** Events that cannot lie in the future. */
const PAST_ONLY = new Set(['birth_date', 'marriage_date', 'divorce_date']);

/** RW and RT numbers are kept three digits wide ("002"), as OpenSID writes them and the filters expect. */
function padAreaNumber(value: string | null): string | null {
  return value !== null && /^\d{1,3}$/.test(value) ? value.padStart(3, '0') : value;
}

function addDomainIssues(row: CheckedRow, result: ValidationResult) {
  row.errors.push(...result.errors.map((issue) => fromDomainIssue(issue)));
  row.warnings.push(...result.warnings.map((issue) => fromDomainIssue(issue)));
  row.data.flags.push(...result.warnings.map((issue) => issue.code));
}

function readCell(
  row: RawRow,
  header: TemplateHeader,
  context: RowContext,
): CellResult<string | number | null> {
  const column = TEMPLATE_COLUMNS[header];
  const cell = row.cells[header] ?? null;
  switch (column.kind) {
    case 'family':
    case 'text':
      return readText(cell, header, header === 'alamat' || header === 'alamat_sekarang' ? 500 : 255);
    case 'identifier':
      return readIdentifier(cell, header);
    case 'code':
      return readCode(cell, header, column.list);
    case 'date': {
      const bounds: DateBounds = {
        min: EARLIEST_DATE,
        max: PAST_ONLY.has(column.column) ? context.today : LATEST_DOCUMENT_DATE,
      };
      return readDate(cell, header, bounds);
    }
    case 'ignored':
      return { ok: true, value: null };
  }
}

export function checkRow(raw: RawRow, headers: readonly TemplateHeader[], context: RowContext): CheckedRow {
  const data: StagedRowData = { nik: null, kk: null, resident: {}, family: {}, familyAddress: {}, flags: [] };
  const row: CheckedRow = { lineNo: raw.lineNo, data, errors: [], warnings: [], relationship: undefined };
  const failed = new Set<TemplateHeader>();

  for (const header of headers) {
    const column = TEMPLATE_COLUMNS[header];
    const result = readCell(raw, header, context);
    if (!result.ok) {
      row.errors.push(result.issue);
      failed.add(header);
      // Not a code: the row still counts as a member who is not the head, for the family check.
      if (header === 'kk_level') row.relationship = 'unknown';
      continue;
    }
    const value = result.value;
    const formula = FORMULA_CHECKED.includes(header) ? formulaWarning(header, value) : null;
    if (formula) row.warnings.push(formula);
    switch (column.kind) {
      case 'family':
        data.family[column.field] =
          column.field === 'rw' || column.field === 'rt'
            ? padAreaNumber(value as string | null)
            : (value as string | null);
        break;
      case 'identifier':
        if (column.column === 'nik') data.nik = value as string | null;
        else if (column.column === 'kk') data.kk = value as string | null;
        else data.resident[column.column] = value;
        break;
      case 'text':
      case 'date':
      case 'code':
        data.resident[column.column] = value;
        break;
      case 'ignored':
        break;
    }
  }
  // status_dasar empty: a new resident is present (the column default); an existing one keeps their status.
  if (data.resident.status_code === null) delete data.resident.status_code;
  if (typeof data.resident.relationship === 'number') row.relationship = data.resident.relationship;

  const values: Partial<Record<TemplateHeader, unknown>> = {
    nama: data.resident.full_name,
    nik: data.nik,
    no_kk: data.kk,
    sex: data.resident.sex,
    tanggallahir: data.resident.birth_date,
    kk_level: data.resident.relationship,
  };
  for (const header of REQUIRED_HEADERS) {
    if (!failed.has(header) && (values[header] === null || values[header] === undefined))
      row.errors.push(importIssue.required(header));
  }

  for (const header of ['ayah_nik', 'ibu_nik'] as const) {
    const column = TEMPLATE_COLUMNS[header].column;
    const value = data.resident[column];
    if (typeof value === 'string' && !/^\d{16}$/.test(value))
      row.errors.push(importIssue.parentNikInvalid(header));
  }

  if (data.nik !== null) {
    const birthDate = typeof data.resident.birth_date === 'string' ? data.resident.birth_date : undefined;
    const sex = typeof data.resident.sex === 'number' ? sexFromCode(data.resident.sex) : undefined;
    addDomainIssues(
      row,
      validateNik(data.nik, {
        knownDistrict: context.knownDistrict,
        today: context.today,
        ...(birthDate ? { birthDate } : {}),
        ...(sex ? { sex } : {}),
      }),
    );
  }
  if (data.kk !== null) addDomainIssues(row, validateKk(data.kk, { knownDistrict: context.knownDistrict }));
  row.warnings.push(...regionWarnings(data.nik, data.kk, context.home, context.knownDistrict));
  return row;
}
