// Calendar helpers for generated dates. UTC Date arithmetic only, so nothing depends on the machine's zone,
// and a fixed reference date instead of the clock, so the same seed gives the same people every day.

/** "Today" for the generated registry: ages, issue dates and event dates are all before it. */
export const REFERENCE_DATE = '2026-07-01';
export const REFERENCE_YEAR = 2026;
const DAY_MS = 86_400_000;
const REFERENCE_MS = Date.UTC(2026, 6, 1);

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Civil date of a UTC midnight, by integer arithmetic (H. Hinnant's civil_from_days): the generator calls
 * this millions of times and a Date object per call was a visible share of the run. */
export function isoFromMs(ms: number): string {
  const z = Math.floor(ms / DAY_MS) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function msFromIso(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function addDays(iso: string, days: number): string {
  return isoFromMs(msFromIso(iso) + days * DAY_MS);
}

/** A birth date for someone who is `age` whole years old on the reference date. */
export function birthDateForAge(age: number, fraction: number): string {
  const latest = Date.UTC(REFERENCE_YEAR - age, 6, 1);
  return isoFromMs(latest - Math.floor(fraction * 365) * DAY_MS);
}

/** Whole years between a date and the reference date. */
export function ageOn(birthDate: string): number {
  const year = Number(birthDate.slice(0, 4));
  return REFERENCE_YEAR - year - (birthDate.slice(5) > REFERENCE_DATE.slice(5) ? 1 : 0);
}

/** A date between `from` and the reference date, at `fraction` of the way. */
export function dateBetween(from: string, fraction: number): string {
  const start = msFromIso(from);
  if (start >= REFERENCE_MS) return REFERENCE_DATE;
  return isoFromMs(start + Math.floor(fraction * ((REFERENCE_MS - start) / DAY_MS)) * DAY_MS);
}
