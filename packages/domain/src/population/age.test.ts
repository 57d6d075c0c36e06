import { describe, expect, it } from 'vitest';
import { AGE_BANDS, ageBand, ageBandAt, ageInYears } from './age.ts';

describe('ageInYears', () => {
  it('counts whole years, turning a year older on the birthday itself', () => {
    expect(ageInYears('1990-06-05', '2025-06-04')).toBe(34);
    expect(ageInYears('1990-06-05', '2025-06-05')).toBe(35);
    expect(ageInYears('1990-06-05', '2025-12-31')).toBe(35);
    expect(ageInYears('2025-11-22', '2025-11-22')).toBe(0);
  });

  it('makes someone born on 29 February a year older on 1 March in non-leap years', () => {
    expect(ageInYears('2000-02-29', '2023-02-28')).toBe(22);
    expect(ageInYears('2000-02-29', '2023-03-01')).toBe(23);
    expect(ageInYears('2000-02-29', '2024-02-28')).toBe(23);
    expect(ageInYears('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('throws for malformed dates and for a date before birth', () => {
    expect(() => ageInYears('1990-02-30', '2025-01-01')).toThrow(RangeError);
    expect(() => ageInYears('1990-06-05', '2025/01/01')).toThrow(RangeError);
    expect(() => ageInYears('2025-06-05', '2025-06-04')).toThrow(RangeError);
  });
});

describe('ageBand', () => {
  it('has 16 five-year bands ending in 75+', () => {
    expect(AGE_BANDS).toHaveLength(16);
    expect(AGE_BANDS[0]).toBe('0-4');
    expect(AGE_BANDS[15]).toBe('75+');
  });

  it.each([
    [0, '0-4'],
    [4, '0-4'],
    [5, '5-9'],
    [19, '15-19'],
    [20, '20-24'],
    [74, '70-74'],
    [75, '75+'],
    [120, '75+'],
  ] as const)('puts age %i in %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it('rejects negative and fractional ages', () => {
    expect(() => ageBand(-1)).toThrow(RangeError);
    expect(() => ageBand(4.5)).toThrow(RangeError);
    expect(() => ageBand(Number.NaN)).toThrow(RangeError);
  });

  it('bands an age at a date', () => {
    expect(ageBandAt('2000-02-29', '2025-02-28')).toBe('20-24');
    expect(ageBandAt('2000-02-29', '2025-03-01')).toBe('25-29');
  });
});
