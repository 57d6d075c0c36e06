// Reading the cells every program file shares: NIK and KK numbers, card numbers, start dates and statuses.
import type { EnrolmentStatus } from '@smart-kampung/domain';
import {
  isBlank,
  readDate,
  readIdentifier,
  readText,
  type PlainCell,
} from '../../../../platform/sheets/cell-values.ts';
import type { RowIssue } from '../../../../platform/imports/row-issues.ts';
import { enrolmentIssue } from './issues.ts';

const SIXTEEN_DIGITS = /^[0-9]{16}$/;

/** A NIK or KK number, or null; a malformed one adds its issue. */
export function readCivilNumber(
  cell: PlainCell | undefined,
  field: string,
  kind: 'nik' | 'kk',
  issues: RowIssue[],
): string | null {
  const read = readIdentifier(cell ?? null, field);
  if (!read.ok) return (issues.push(read.issue), null);
  if (read.value === null) return null;
  const digits = read.value.replace(/[\s.'-]/g, '');
  if (SIXTEEN_DIGITS.test(digits)) return digits;
  issues.push(
    kind === 'nik'
      ? enrolmentIssue(
          'ASSIST_NIK_FORMAT',
          field,
          `Kolom ${field} harus NIK 16 digit angka.`,
          `Column ${field} must be a 16-digit NIK.`,
        )
      : enrolmentIssue(
          'ASSIST_KK_FORMAT',
          field,
          `Kolom ${field} harus nomor KK 16 digit angka.`,
          `Column ${field} must be a 16-digit KK number.`,
        ),
  );
  return null;
}

export function readShortText(cell: PlainCell | undefined, field: string, max: number, issues: RowIssue[]) {
  const read = readText(cell ?? null, field, max);
  if (!read.ok) return (issues.push(read.issue), null);
  return read.value;
}

/** Start dates from 1990 to a year ahead (a program may start next month). */
export function readStartDate(
  cell: PlainCell | undefined,
  field: string,
  issues: RowIssue[],
  today = new Date(),
) {
  const ahead = new Date(today.getTime() + 366 * 86_400_000).toISOString().slice(0, 10);
  const read = readDate(cell ?? null, field, { min: '1990-01-01', max: ahead });
  if (!read.ok) return (issues.push(read.issue), null);
  return read.value;
}

export function readBirthDate(cell: PlainCell | undefined, field: string, issues: RowIssue[]) {
  const read = readDate(cell ?? null, field, {
    min: '1880-01-01',
    max: new Date().toISOString().slice(0, 10),
  });
  if (!read.ok) return (issues.push(read.issue), null);
  return read.value;
}

const STATUS_WORDS: Record<string, EnrolmentStatus> = {
  aktif: 'active',
  active: 'active',
  diusulkan: 'proposed',
  proposed: 'proposed',
  terverifikasi: 'verified',
  verified: 'verified',
  ditangguhkan: 'suspended',
  suspended: 'suspended',
};

/** An enrolment status by its Indonesian or English word; exiting needs a reason, so a file cannot exit. */
export function readStatus(
  cell: PlainCell | undefined,
  field: string,
  issues: RowIssue[],
): EnrolmentStatus | null {
  if (cell === undefined || isBlank(cell)) return null;
  const word = typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim().toLowerCase() : '';
  const status = STATUS_WORDS[word];
  if (status) return status;
  issues.push(
    enrolmentIssue(
      'ASSIST_STATUS_UNKNOWN',
      field,
      `Status "${word.slice(0, 30)}" tidak dikenal; isi aktif, diusulkan, terverifikasi atau ditangguhkan.`,
      `The status "${word.slice(0, 30)}" is not known; use aktif, diusulkan, terverifikasi or ditangguhkan.`,
    ),
  );
  return null;
}
