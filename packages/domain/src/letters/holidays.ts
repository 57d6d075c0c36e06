// National holidays (hari libur nasional) as data, for the service level of letter requests. Only the days
// that follow from a rule are computed here: the fixed-date holidays of Keppres 24/2013 and later decrees (New
// Year, Labour Day, Pancasila Day, Independence Day, Christmas) and the two Christian holidays that follow from
// Easter (Good Friday, Ascension Day). The lunar and lunisolar holidays (Isra Mi'raj, Idul Fitri, Idul Adha,
// Islamic New Year, Maulid, Imlek, Nyepi, Waisak) and the collective leave days (cuti bersama) are set each year
// by a joint decree of three ministers (SKB 3 Menteri): they are listed in ANNOUNCED_HOLIDAYS, one line per
// day as the decree gives it, and that list must be extended every year.

const FIXED: readonly string[] = ['01-01', '05-01', '06-01', '08-17', '12-25'];

/**
 * Days the SKB announced for a year (YYYY-MM-DD). Empty until the regency enters the decree of the year: a day
 * missing here only makes a due date one working day earlier than the office would count it.
 */
export const ANNOUNCED_HOLIDAYS: readonly string[] = [];

/** Easter Sunday of a year (Gregorian computus, the anonymous algorithm), YYYY-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const byYear = new Map<number, ReadonlySet<string>>();

/** Every national holiday of a year this module knows. */
export function nationalHolidays(year: number): ReadonlySet<string> {
  let days = byYear.get(year);
  if (!days) {
    const easter = easterSunday(year);
    days = new Set([
      ...FIXED.map((monthDay) => `${year}-${monthDay}`),
      shift(easter, -2),
      shift(easter, 39),
      ...ANNOUNCED_HOLIDAYS.filter((day) => day.startsWith(`${year}-`)),
    ]);
    byYear.set(year, days);
  }
  return days;
}

export function isNationalHoliday(day: string): boolean {
  return nationalHolidays(Number(day.slice(0, 4))).has(day);
}
