import { describe, expect, it } from 'vitest';
import { isLeapYear, parseIsoDate } from './calendar.ts';

describe('calendar', () => {
  it('knows the Gregorian leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
  });

  it('parses only real ISO calendar dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2000-02-29')).toBeDefined();
    for (const bad of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00']) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
    for (const bad of ['2024-2-29', '20240229', '2024-02-29T00:00:00Z', ' 2024-02-29', '0000-01-01']) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
  });
});
