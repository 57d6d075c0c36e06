// The service level of a letter request: a letter type promises its letter within N working days (Monday to
// Friday in Asia/Jakarta, national holidays off). A request is due at the end (midnight, WIB) of the Nth
// working day after the day it was made; a request made on a weekend or holiday starts counting on the next
// working day, and 0 days means the end of the first working day. Indonesia has no daylight saving time, so
// WIB is always UTC+7.
import { isNationalHoliday } from './holidays.ts';

const WIB_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The calendar day (YYYY-MM-DD) of an instant in Asia/Jakarta. */
export function jakartaDay(instant: Date): string {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** Monday to Friday and not a national holiday. */
export function isWorkingDay(day: string, holidays: (day: string) => boolean = isNationalHoliday): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays(day);
}

/** The working day a request made on `day` is due: the Nth working day after it (0: the first working day). */
export function dueDay(
  day: string,
  serviceDays: number,
  holidays: (day: string) => boolean = isNationalHoliday,
): string {
  let current = day;
  while (!isWorkingDay(current, holidays)) current = nextDay(current);
  for (let left = serviceDays; left > 0; left -= 1) {
    current = nextDay(current);
    while (!isWorkingDay(current, holidays)) current = nextDay(current);
  }
  return current;
}

/** When a request made at `requestedAt` is due: the end (midnight WIB) of its due working day. */
export function requestDueAt(
  requestedAt: Date,
  serviceDays: number,
  holidays: (day: string) => boolean = isNationalHoliday,
): Date {
  const day = dueDay(jakartaDay(requestedAt), serviceDays, holidays);
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS - WIB_OFFSET_MS);
}
