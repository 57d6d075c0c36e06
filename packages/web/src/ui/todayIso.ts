/** Today as YYYY-MM-DD in the reader's time zone, for date inputs' `max` and defaults. */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
