// NIK (Nomor Induk Kependudukan), 16 digits: PP KK DD (province, regency, district where it was issued; a migrant
// keeps it for life) + DDMMYY birth date, with 40 added to the day for women + a serial 0001-9999.
// The rules and every issue code are described in docs/rules/NIK.md.
import type { CalendarDate } from './calendar.ts';
import { compareDates, formatIsoDate, isValidDate, parseIsoDate, requireIsoDate } from './calendar.ts';
import { prefixToDistrictCode } from './district.ts';
import type { KnownDistrict } from './district.ts';
import type { Issue, ValidationResult } from './issues.ts';
import { makeIssue, splitIssues } from './issues.ts';
import type { Sex } from './sex.ts';
import { isTemporaryNik } from './temporary-nik.ts';

/** Days 41-71 in the date part mean a woman born on day 1-31. */
export const FEMALE_DAY_OFFSET = 40;

export interface ParseNikOptions {
  /** Reference date (ISO) deciding the century when no recorded birth date fixes it; never read from a clock. */
  readonly today: string;
  /** The recorded birth date (ISO); when its year ends in the NIK's YY it fixes the century. */
  readonly birthDate?: string;
}

export interface NikParts {
  /** First six digits, e.g. "351001". */
  readonly districtPrefix: string;
  /** The same, dotted: "35.10.01". */
  readonly districtCode: string;
  /** Digits 7-12 as written (DDMMYY, day + 40 for women). */
  readonly dateDigits: string;
  /** The birth date the NIK encodes (ISO), or null when the date part is impossible. */
  readonly birthDate: string | null;
  /** Where the century of birthDate came from: the recorded birth date, or the `today` rule. */
  readonly centuryFrom: 'birthDate' | 'today' | null;
  /** From the day digits: 01-31 male, 41-71 female; null when the day is neither (00, 32-40, 72-99). */
  readonly sex: Sex | null;
  /** Last four digits as a number; 0 for the invalid serial 0000. */
  readonly serial: number;
}

const SIXTEEN_DIGITS = /^[0-9]{16}$/;

function resolveBirthDate(
  day: number,
  month: number,
  yy: number,
  today: CalendarDate,
  recorded: CalendarDate | undefined,
): { date: CalendarDate | null; centuryFrom: NikParts['centuryFrom'] } {
  if (recorded && recorded.year % 100 === yy) {
    const date = { year: recorded.year, month, day };
    return { date: isValidDate(date.year, month, day) ? date : null, centuryFrom: 'birthDate' };
  }
  const in2000s = { year: 2000 + yy, month, day };
  const in1900s = { year: 1900 + yy, month, day };
  const valid2000s = isValidDate(in2000s.year, month, day);
  const valid1900s = isValidDate(in1900s.year, month, day);
  // 20YY unless that lies after today; a date that exists in only one of the two centuries (29 February of
  // 1900/2000) is accepted in the century where it exists.
  if (valid2000s && compareDates(in2000s, today) <= 0) return { date: in2000s, centuryFrom: 'today' };
  if (valid1900s) return { date: in1900s, centuryFrom: 'today' };
  if (valid2000s) return { date: in2000s, centuryFrom: 'today' };
  return { date: null, centuryFrom: null };
}

/**
 * Decodes a NIK. Returns null unless it is exactly 16 ASCII digits (no trimming: callers trim input first).
 * Throws RangeError if `today` is not an ISO date. A malformed `birthDate` is ignored here (validateNik reports it).
 */
export function parseNik(nik: string, opts: ParseNikOptions): NikParts | null {
  const today = requireIsoDate(opts.today, 'today');
  if (!SIXTEEN_DIGITS.test(nik)) return null;
  const districtPrefix = nik.slice(0, 6);
  const dateDigits = nik.slice(6, 12);
  const rawDay = Number(dateDigits.slice(0, 2));
  const month = Number(dateDigits.slice(2, 4));
  const yy = Number(dateDigits.slice(4, 6));
  const female = rawDay > FEMALE_DAY_OFFSET;
  const day = female ? rawDay - FEMALE_DAY_OFFSET : rawDay;
  const dayInRange = day >= 1 && day <= 31;
  const recorded = opts.birthDate === undefined ? undefined : parseIsoDate(opts.birthDate);
  const resolved = dayInRange
    ? resolveBirthDate(day, month, yy, today, recorded)
    : { date: null, centuryFrom: null };
  return {
    districtPrefix,
    districtCode: prefixToDistrictCode(districtPrefix),
    dateDigits,
    birthDate: resolved.date ? formatIsoDate(resolved.date) : null,
    centuryFrom: resolved.centuryFrom,
    sex: dayInRange ? (female ? 'female' : 'male') : null,
    serial: Number(nik.slice(12, 16)),
  };
}

export interface ValidateNikOptions {
  /** Recorded birth date (ISO). */
  readonly birthDate?: string;
  /** Recorded sex. */
  readonly sex?: Sex;
  /** Whether a six-digit prefix is a current district code. */
  readonly knownDistrict: KnownDistrict;
  /** Reference date (ISO), see ParseNikOptions.today. */
  readonly today: string;
  /**
   * A temporary number (NIK sementara, "0" + village code + serial): 'flag' (the default) accepts it with the
   * warning NIK_TEMPORARY, as a file from OpenSID carries them; 'refuse' makes it the error
   * NIK_TEMPORARY_TYPED, where an operator types a NIK (temporary numbers are issued by the registry only).
   */
  readonly temporary?: 'flag' | 'refuse';
}

/**
 * Checks a NIK against the rules and the recorded birth date and sex. Errors block the record; warnings let it in
 * flagged for verification. The NIK is not trimmed: leading, trailing or inner spaces are NIK_NOT_DIGITS.
 */
export function validateNik(nik: string, opts: ValidateNikOptions): ValidationResult {
  requireIsoDate(opts.today, 'today');
  const issues: Issue[] = [];
  const recorded = opts.birthDate === undefined ? undefined : parseIsoDate(opts.birthDate);
  if (opts.birthDate !== undefined && !recorded)
    issues.push(makeIssue('BIRTH_DATE_INVALID', { field: 'birthDate' }));

  // A temporary number is no NIK: its digits encode a village and a serial, never a district and a birth
  // date, so none of the NIK's own checks apply to it.
  if (isTemporaryNik(nik)) {
    const refused = opts.temporary === 'refuse';
    issues.push(makeIssue(refused ? 'NIK_TEMPORARY_TYPED' : 'NIK_TEMPORARY', { field: 'nik' }));
    return splitIssues(issues);
  }
  if (!/^[0-9]*$/.test(nik)) issues.push(makeIssue('NIK_NOT_DIGITS', { field: 'nik' }));
  if (nik.length !== 16) issues.push(makeIssue('NIK_LENGTH', { field: 'nik' }));
  const parts = parseNik(nik, { today: opts.today, birthDate: recorded ? opts.birthDate : undefined });
  if (!parts) return splitIssues(issues);

  if (parts.birthDate === null) issues.push(makeIssue('NIK_DATE_INVALID', { field: 'nik' }));
  if (parts.serial === 0) issues.push(makeIssue('NIK_SERIAL_ZERO', { field: 'nik' }));
  if (!opts.knownDistrict(parts.districtPrefix))
    issues.push(makeIssue('NIK_DISTRICT_UNKNOWN', { field: 'nik' }));
  if (recorded && parts.birthDate !== null && parts.birthDate !== formatIsoDate(recorded)) {
    issues.push(makeIssue('NIK_BIRTHDATE_MISMATCH', { field: 'nik' }));
  }
  if (opts.sex !== undefined && parts.sex !== null && parts.sex !== opts.sex) {
    issues.push(makeIssue('NIK_SEX_MISMATCH', { field: 'nik' }));
  }
  return splitIssues(issues);
}
