// Builds a NIK from its parts (seed generators, tests, demo data). The inverse of parseNik.
import { requireIsoDate } from './calendar.ts';
import { districtCodeToPrefix } from './district.ts';
import { FEMALE_DAY_OFFSET } from './nik.ts';
import type { Sex } from './sex.ts';

export interface BuildNikInput {
  /** Dotted district code "35.10.01" or its six-digit prefix "351001". */
  readonly districtCode: string;
  /** ISO birth date; only its last two year digits go into the NIK. */
  readonly birthDate: string;
  readonly sex: Sex;
  /** 1-9999. */
  readonly serial: number;
}

/**
 * buildNik({ districtCode: '35.10.01', birthDate: '1990-06-05', sex: 'female', serial: 1 }) === '3510014506900001'.
 * Throws RangeError for a malformed district code or birth date, or a serial outside 1-9999.
 */
export function buildNik(input: BuildNikInput): string {
  const prefix = /^[0-9]{6}$/.test(input.districtCode)
    ? input.districtCode
    : districtCodeToPrefix(input.districtCode);
  const date = requireIsoDate(input.birthDate, 'birthDate');
  if (!Number.isInteger(input.serial) || input.serial < 1 || input.serial > 9999) {
    throw new RangeError(`serial must be an integer 1-9999, got ${input.serial}`);
  }
  const day = input.sex === 'female' ? date.day + FEMALE_DAY_OFFSET : date.day;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${prefix}${two(day)}${two(date.month)}${two(date.year % 100)}${String(input.serial).padStart(4, '0')}`;
}
