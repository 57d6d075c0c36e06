import { currentLanguage } from '../i18n/index.ts';
import type { Language } from '../i18n/language.ts';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** "5 Juni 1990" from "1990-06-05". Date-only values are read as UTC so no time zone shifts the day. */
export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: iso.length === 10 ? 'UTC' : undefined,
  });
}

/** Date and time of a recorded event, in the reader's own time zone. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
}

/** "1.712.345" in Indonesian, "1,712,345" in English: the reader's own digit separators. */
export function formatNumber(value: number, language: Language = currentLanguage()): string {
  return value.toLocaleString(LOCALES[language]);
}

/** "RT 001/RW 002" as written on a family card; parts that are missing are left out. */
export function formatRtRw(rt: string | null, rw: string | null): string | null {
  const parts = [rt ? `RT ${rt}` : null, rw ? `RW ${rw}` : null].filter(Boolean);
  return parts.length > 0 ? parts.join('/') : null;
}

/** One line for lists: "Dusun Krajan, RT 001/RW 002". */
export function formatShortAddress(dusun: string | null, rw: string | null, rt: string | null): string {
  const rtRw = formatRtRw(rt, rw);
  const parts = [dusun ? (/^dusun\s/i.test(dusun) ? dusun : `Dusun ${dusun}`) : null, rtRw].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : '—';
}
