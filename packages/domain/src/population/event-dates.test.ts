import { describe, expect, it } from 'vitest';
import { checkBirthDate, checkEventDate } from './event-dates.ts';

const today = '2026-03-10';

describe('checkEventDate', () => {
  it('accepts today and any day between the birth and today', () => {
    expect(checkEventDate(today, today)).toBeNull();
    expect(checkEventDate('1990-06-05', today, [{ name: 'Siti', birthDate: '1990-06-05' }])).toBeNull();
    expect(checkEventDate('2020-01-01', today, [{ name: 'Siti', birthDate: '1990-06-05' }])).toBeNull();
  });

  it('refuses a day after today, in both languages', () => {
    expect(checkEventDate('9999-12-31', today)).toEqual({
      code: 'EVENT_DATE_IN_FUTURE',
      id: 'Tanggal peristiwa 9999-12-31 setelah hari ini (2026-03-10). Peristiwa yang belum terjadi tidak dapat dicatat.',
      en: 'The event date 9999-12-31 is after today (2026-03-10). An event that has not happened yet cannot be recorded.',
    });
    expect(checkEventDate('2026-03-11', today)?.code).toBe('EVENT_DATE_IN_FUTURE');
  });

  it('refuses a day before the birth of a person the event concerns and names that person', () => {
    const issue = checkEventDate('2000-01-01', today, [
      { name: 'Budi', birthDate: '1980-01-01' },
      { name: 'Ani', birthDate: '2005-07-08' },
    ]);
    expect(issue).toMatchObject({
      code: 'EVENT_DATE_BEFORE_BIRTH',
      id: 'Tanggal peristiwa 2000-01-01 sebelum tanggal lahir Ani (2005-07-08).',
      en: 'The event date 2000-01-01 is before the birth date of Ani (2005-07-08).',
    });
  });

  it('leaves malformed dates to the schema', () => {
    expect(checkEventDate('2026-02-30', today)).toBeNull();
  });
});

describe('checkBirthDate', () => {
  it('accepts a birth today and refuses one tomorrow', () => {
    expect(checkBirthDate(today, today)).toBeNull();
    expect(checkBirthDate('2026-03-11', today)).toMatchObject({
      code: 'BIRTH_DATE_IN_FUTURE',
      id: 'Tanggal lahir 2026-03-11 setelah hari ini (2026-03-10). Periksa kembali tanggalnya.',
      en: 'The birth date 2026-03-11 is after today (2026-03-10). Check the date.',
    });
  });
});
