// Reading one spreadsheet cell as the template column expects it. A cell either yields a value or an issue
// naming the column; nothing is guessed (an unknown label stays an error, a number is never taken for a date).
import { findCode, formatIsoDate, isValidDate, type CodeList } from '@smart-kampung/domain';
import { importIssue, type RowIssue } from '../imports/row-issues.ts';

/**
 * A cell reduced to what the rules need: formulas give their result, rich text its plain text, a cell Excel
 * formats as a date its calendar day. Plain JSON, so parsed rows cross from the reading worker and into the
 * staging table unchanged.
 */
export type PlainCell = null | string | number | { date: string } | { error: string };

export const isDateCell = (cell: PlainCell): cell is { date: string } =>
  cell !== null && typeof cell === 'object' && 'date' in cell;
export const isErrorCell = (cell: PlainCell): cell is { error: string } =>
  cell !== null && typeof cell === 'object' && 'error' in cell;

export type CellResult<T> = { ok: true; value: T } | { ok: false; issue: RowIssue };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(issue: RowIssue): CellResult<T> => ({ ok: false, issue });

/** Empty cells and the template's "-" both mean "no value". */
export function isBlank(cell: PlainCell): boolean {
  return cell === null || (typeof cell === 'string' && (cell.trim() === '' || cell.trim() === '-'));
}

function describe(cell: PlainCell): string {
  if (isDateCell(cell)) return cell.date;
  if (isErrorCell(cell)) return cell.error;
  return String(cell);
}

export function readText(cell: PlainCell, field: string, max = 255): CellResult<string | null> {
  if (isBlank(cell)) return ok(null);
  if (isDateCell(cell)) return fail(importIssue.dateInTextColumn(field));
  if (isErrorCell(cell)) return fail(importIssue.cellError(field, cell.error));
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && !Number.isSafeInteger(cell)) return fail(importIssue.numberTooLong(field));
    return ok(String(cell));
  }
  const text = String(cell).trim();
  return text.length > max ? fail(importIssue.textTooLong(field, max)) : ok(text);
}

/**
 * NIK and KK numbers. Excel often stores them as numbers: below 2^53 the digits survive and are read back
 * as written (a NIK never starts with 0); above it Excel has already rounded them, so the operator must
 * re-enter the column as text.
 */
export function readIdentifier(cell: PlainCell, field: string): CellResult<string | null> {
  if (typeof cell === 'number') {
    return Number.isSafeInteger(cell) ? ok(String(cell)) : fail(importIssue.numberTooLong(field));
  }
  return readText(cell, field, 40);
}

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateBounds {
  /** ISO dates; a date outside them is an error. */
  min: string;
  max: string;
}

export function readDate(cell: PlainCell, field: string, bounds: DateBounds): CellResult<string | null> {
  if (isBlank(cell)) return ok(null);
  if (isErrorCell(cell)) return fail(importIssue.cellError(field, cell.error));
  let iso: string | null = null;
  if (isDateCell(cell)) {
    iso = cell.date;
  } else if (typeof cell === 'string') {
    const text = cell.trim();
    const dmy = DMY.exec(text);
    const ymd = YMD.exec(text);
    const [year, month, day] = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
    if (year && month && day && isValidDate(Number(year), Number(month), Number(day))) {
      iso = formatIsoDate({ year: Number(year), month: Number(month), day: Number(day) });
    }
  }
  // A bare number (a serial without a date format, or a NIK typed into a date column) is never guessed.
  if (iso === null) return fail(importIssue.dateInvalid(field, describe(cell)));
  if (iso < bounds.min || iso > bounds.max) return fail(importIssue.dateOutOfRange(field, iso));
  return ok(iso);
}

export function readCode(cell: PlainCell, field: string, list: CodeList): CellResult<number | null> {
  if (isBlank(cell)) return ok(null);
  if (isErrorCell(cell)) return fail(importIssue.cellError(field, cell.error));
  const entry = isDateCell(cell) ? undefined : findCode(list, cell);
  return entry ? ok(entry.code) : fail(importIssue.codeUnknown(field, describe(cell)));
}
