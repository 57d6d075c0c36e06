// Calendar arithmetic on plain ISO dates (YYYY-MM-DD), without Date objects or time zones: a birth date is a
// calendar day, not an instant, so nothing here can shift by a day with the server's clock or zone.

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Parses a strict ISO calendar date "YYYY-MM-DD" (years 0001-9999); undefined if malformed or impossible. */
export function parseIsoDate(iso: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/** Like parseIsoDate, for arguments the caller must get right (e.g. `today`): throws RangeError instead. */
export function requireIsoDate(iso: string, name: string): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`${name} must be an ISO date YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return date;
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Negative, zero or positive as a is before, on or after b. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
