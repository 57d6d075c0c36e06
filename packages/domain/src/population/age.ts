// Ages for registers and population pyramids. Dates are ISO calendar dates; the reference date is always passed in.
import { requireIsoDate } from './calendar.ts';

/**
 * Age in whole years on date `at`. Someone born on 29 February becomes a year older on 1 March in non-leap years.
 * Throws RangeError for malformed dates or when `at` is before the birth date.
 */
export function ageInYears(birthDate: string, at: string): number {
  const born = requireIsoDate(birthDate, 'birthDate');
  const on = requireIsoDate(at, 'at');
  let age = on.year - born.year;
  if (on.month < born.month || (on.month === born.month && on.day < born.day)) age -= 1;
  if (age < 0) throw new RangeError(`at (${at}) is before birthDate (${birthDate})`);
  return age;
}

/** Five-year bands of the population pyramid, youngest first; the last band is open-ended. */
export const AGE_BANDS = [
  '0-4',
  '5-9',
  '10-14',
  '15-19',
  '20-24',
  '25-29',
  '30-34',
  '35-39',
  '40-44',
  '45-49',
  '50-54',
  '55-59',
  '60-64',
  '65-69',
  '70-74',
  '75+',
] as const;

export type AgeBand = (typeof AGE_BANDS)[number];

/** The band of an age in whole years (0, 1, 2, ...); throws RangeError for negative or fractional ages. */
export function ageBand(age: number): AgeBand {
  if (!Number.isInteger(age) || age < 0) throw new RangeError(`age must be a whole number >= 0, got ${age}`);
  const band = AGE_BANDS[Math.min(Math.floor(age / 5), AGE_BANDS.length - 1)];
  if (band === undefined) throw new RangeError(`no age band for ${age}`);
  return band;
}

/** ageBand(ageInYears(birthDate, at)). */
export function ageBandAt(birthDate: string, at: string): AgeBand {
  return ageBand(ageInYears(birthDate, at));
}
