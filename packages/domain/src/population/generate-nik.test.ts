import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNik } from './generate-nik.ts';
import { parseNik, validateNik } from './nik.ts';

// Any calendar day 1900-01-01 .. 2099-12-31 as ISO, built from UTC so no time zone can shift it.
const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

const input = (min: string, max: string) =>
  fc.record({
    // Province codes run from 11 to 94: a number starting with 0 is a temporary number, not a NIK.
    districtCode: fc.stringMatching(/^[1-9][0-9]{5}$/),
    birthDate: isoDate(min, max),
    sex: fc.constantFrom('male' as const, 'female' as const),
    serial: fc.integer({ min: 1, max: 9999 }),
  });

describe('buildNik', () => {
  it('builds the documented example', () => {
    expect(buildNik({ districtCode: '35.10.01', birthDate: '1990-06-05', sex: 'female', serial: 1 })).toBe(
      '3510014506900001',
    );
    expect(buildNik({ districtCode: '351001', birthDate: '1990-06-05', sex: 'male', serial: 9999 })).toBe(
      '3510010506909999',
    );
  });

  it('adds 40 to the day for women, up to 71', () => {
    expect(buildNik({ districtCode: '35.10.01', birthDate: '2000-01-31', sex: 'female', serial: 7 })).toBe(
      '3510017101000007',
    );
  });

  it.each([
    [{ districtCode: '35.10.1', birthDate: '1990-06-05', sex: 'male', serial: 1 }],
    [{ districtCode: '35.10.01', birthDate: '1990-02-30', sex: 'male', serial: 1 }],
    [{ districtCode: '35.10.01', birthDate: '1990-06-05', sex: 'male', serial: 0 }],
    [{ districtCode: '35.10.01', birthDate: '1990-06-05', sex: 'male', serial: 10000 }],
    [{ districtCode: '35.10.01', birthDate: '1990-06-05', sex: 'male', serial: 1.5 }],
  ] as const)('throws RangeError for bad input %#', (bad) => {
    expect(() => buildNik(bad)).toThrow(RangeError);
  });
});

describe('buildNik -> parseNik round trip (property)', () => {
  it('returns every part for any date 1900-2099 when the recorded birth date fixes the century', () => {
    fc.assert(
      fc.property(input('1900-01-01', '2099-12-31'), isoDate('1900-01-01', '2099-12-31'), (x, today) => {
        const nik = buildNik(x);
        expect(nik).toMatch(/^[0-9]{16}$/);
        expect(parseNik(nik, { today, birthDate: x.birthDate })).toEqual({
          districtPrefix: x.districtCode,
          districtCode: `${x.districtCode.slice(0, 2)}.${x.districtCode.slice(2, 4)}.${x.districtCode.slice(4)}`,
          dateDigits: nik.slice(6, 12),
          birthDate: x.birthDate,
          centuryFrom: 'birthDate',
          sex: x.sex,
          serial: x.serial,
        });
        const result = validateNik(nik, { ...x, today, knownDistrict: () => true });
        expect(result).toEqual({ errors: [], warnings: [] });
      }),
      { numRuns: 2000 },
    );
  });

  it('recovers the century from `today` alone for anyone born in the 100 years up to today', () => {
    fc.assert(
      fc.property(input('1925-11-23', '2025-11-22'), (x) => {
        expect(parseNik(buildNik(x), { today: '2025-11-22' })).toMatchObject({
          birthDate: x.birthDate,
          centuryFrom: 'today',
          sex: x.sex,
          serial: x.serial,
        });
      }),
      { numRuns: 2000 },
    );
  });
});
