import { describe, expect, it } from 'vitest';
import { easterSunday, isNationalHoliday } from './holidays.ts';
import { dueDay, isWorkingDay, jakartaDay, requestDueAt } from './service-level.ts';

const none = () => false;

describe('working days', () => {
  it('are Monday to Friday', () => {
    expect(
      ['2026-11-30', '2026-12-04', '2026-12-05', '2026-12-06'].map((d) => isWorkingDay(d, none)),
    ).toEqual([true, true, false, false]);
  });

  it('leave out national holidays, Easter-bound ones included', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(isNationalHoliday('2026-04-03')).toBe(true); // Good Friday
    expect(isNationalHoliday('2026-05-14')).toBe(true); // Ascension Day
    expect(isNationalHoliday('2026-08-17')).toBe(true);
    expect(isWorkingDay('2026-08-17')).toBe(false);
    expect(isWorkingDay('2026-08-18')).toBe(true);
  });
});

describe('the day a request is due', () => {
  it('is the next working day for one day of service asked on a Monday', () => {
    expect(dueDay('2026-11-30', 1, none)).toBe('2026-12-01');
  });

  it('skips the weekend: asked on Friday with one day, due Monday', () => {
    expect(dueDay('2026-12-04', 1, none)).toBe('2026-12-07');
  });

  it('starts counting on the next working day when asked on a Saturday', () => {
    expect(dueDay('2026-12-05', 0, none)).toBe('2026-12-07');
    expect(dueDay('2026-12-05', 1, none)).toBe('2026-12-08');
  });

  it('skips a holiday on the way: asked Thursday before Good Friday, due Monday', () => {
    expect(dueDay('2026-04-02', 1)).toBe('2026-04-06');
  });

  it('counts three working days across a weekend and Christmas', () => {
    // Wednesday 23 December 2026: Thursday 24, (Friday 25 Christmas, weekend), Monday 28, Tuesday 29.
    expect(dueDay('2026-12-23', 3)).toBe('2026-12-29');
  });
});

describe('the instant a request is due', () => {
  it('is midnight WIB at the end of the due day', () => {
    // 16:30 WIB on Monday 30 November 2026 is 09:30 UTC.
    const due = requestDueAt(new Date('2026-11-30T09:30:00Z'), 1, none);
    expect(due.toISOString()).toBe('2026-12-01T17:00:00.000Z');
  });

  it('takes the Jakarta day, not the UTC day, of a request late in the evening', () => {
    // 23:30 UTC on Friday is 06:30 WIB on Saturday: counting starts on Monday.
    expect(jakartaDay(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
    const due = requestDueAt(new Date('2026-12-04T23:30:00Z'), 0, none);
    expect(due.toISOString()).toBe('2026-12-07T17:00:00.000Z');
  });
});
