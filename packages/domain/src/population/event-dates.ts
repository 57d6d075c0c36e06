// When a life event may have happened: never after today (a death on 9999-12-31 is a typo, not a record) and
// never before the person it concerns was born. Dates are plain ISO calendar days (see calendar.ts).
import { compareDates, parseIsoDate } from './calendar.ts';

export type EventDateCode = 'EVENT_DATE_IN_FUTURE' | 'EVENT_DATE_BEFORE_BIRTH' | 'BIRTH_DATE_IN_FUTURE';

export interface EventDateIssue {
  readonly code: EventDateCode;
  /** Indonesian message, for the village operator. */
  readonly id: string;
  readonly en: string;
}

/** The person an event concerns, as far as its date is concerned. */
export interface BornPerson {
  readonly name: string;
  readonly birthDate: string;
}

function isAfter(a: string, b: string): boolean {
  const left = parseIsoDate(a);
  const right = parseIsoDate(b);
  // A malformed date is the schema's to refuse; nothing to compare here.
  return left !== undefined && right !== undefined && compareDates(left, right) > 0;
}

/** A birth date may be today at the latest. */
export function checkBirthDate(birthDate: string, today: string): EventDateIssue | null {
  if (!isAfter(birthDate, today)) return null;
  return {
    code: 'BIRTH_DATE_IN_FUTURE',
    id: `Tanggal lahir ${birthDate} setelah hari ini (${today}). Periksa kembali tanggalnya.`,
    en: `The birth date ${birthDate} is after today (${today}). Check the date.`,
  };
}

/**
 * An event date may be today at the latest and not before the birth of any person it concerns (the first
 * such person is named, so the operator knows whose record disagrees).
 */
export function checkEventDate(
  date: string,
  today: string,
  people: readonly BornPerson[] = [],
): EventDateIssue | null {
  if (isAfter(date, today))
    return {
      code: 'EVENT_DATE_IN_FUTURE',
      id: `Tanggal peristiwa ${date} setelah hari ini (${today}). Peristiwa yang belum terjadi tidak dapat dicatat.`,
      en: `The event date ${date} is after today (${today}). An event that has not happened yet cannot be recorded.`,
    };
  const unborn = people.find((person) => isAfter(person.birthDate, date));
  if (!unborn) return null;
  return {
    code: 'EVENT_DATE_BEFORE_BIRTH',
    id: `Tanggal peristiwa ${date} sebelum tanggal lahir ${unborn.name} (${unborn.birthDate}).`,
    en: `The event date ${date} is before the birth date of ${unborn.name} (${unborn.birthDate}).`,
  };
}
