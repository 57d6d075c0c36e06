import { currentLanguage } from '../../../i18n/index.ts';

/**
 * The working day a request is due, as the village office counts it: due_at is the end (midnight WIB) of that
 * day, so the day shown is the Jakarta day just before it, whatever the reader's own time zone.
 */
export function dueDay(dueAt: string, language = currentLanguage()): string {
  return new Date(Date.parse(dueAt) - 60_000).toLocaleDateString(language === 'en' ? 'en-GB' : 'id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Jakarta',
  });
}
