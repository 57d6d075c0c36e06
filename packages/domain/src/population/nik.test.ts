import { describe, expect, it } from 'vitest';
import { parseNik, validateNik } from './nik.ts';
import type { ValidateNikOptions } from './nik.ts';

const TODAY = '2025-11-22';
const CURRENT = new Set(['351001', '351002', '351024']);
const knownDistrict = (prefix: string) => CURRENT.has(prefix);

function check(nik: string, extra: Partial<ValidateNikOptions> = {}) {
  const result = validateNik(nik, { knownDistrict, today: TODAY, ...extra });
  return { errors: result.errors.map((i) => i.code), warnings: result.warnings.map((i) => i.code), result };
}

describe('parseNik', () => {
  it('decodes a woman: day + 40', () => {
    expect(parseNik('3510014506900001', { today: TODAY })).toEqual({
      districtPrefix: '351001',
      districtCode: '35.10.01',
      dateDigits: '450690',
      birthDate: '1990-06-05',
      centuryFrom: 'today',
      sex: 'female',
      serial: 1,
    });
  });

  it('decodes a man: day as is', () => {
    const parts = parseNik('3510020506901234', { today: TODAY });
    expect(parts).toMatchObject({
      districtCode: '35.10.02',
      birthDate: '1990-06-05',
      sex: 'male',
      serial: 1234,
    });
  });

  it('reads female days 41 and 71 as the 1st and the 31st', () => {
    expect(parseNik('3510014101900001', { today: TODAY })).toMatchObject({
      birthDate: '1990-01-01',
      sex: 'female',
    });
    expect(parseNik('3510017101900001', { today: TODAY })).toMatchObject({
      birthDate: '1990-01-31',
      sex: 'female',
    });
  });

  it.each([
    ['day 00', '3510010006900001'],
    ['day 32', '3510013206900001'],
    ['day 40', '3510014006900001'],
    ['day 72', '3510017206900001'],
  ])('has no birth date and no sex for %s', (_label, nik) => {
    const parts = parseNik(nik, { today: TODAY });
    expect(parts).toMatchObject({ birthDate: null, sex: null, centuryFrom: null, serial: 1 });
  });

  it('returns null unless given exactly 16 digits', () => {
    expect(parseNik('351001450690001', { today: TODAY })).toBeNull();
    expect(parseNik('35100145069000011', { today: TODAY })).toBeNull();
    expect(parseNik('351001450690000A', { today: TODAY })).toBeNull();
    expect(parseNik(' 3510014506900001', { today: TODAY })).toBeNull();
  });

  it('picks 20YY when that is not after today, else 19YY', () => {
    expect(parseNik('3510010101250001', { today: TODAY })?.birthDate).toBe('2025-01-01');
    expect(parseNik('3510012211250001', { today: TODAY })?.birthDate).toBe('2025-11-22'); // today itself
    expect(parseNik('3510012311250001', { today: TODAY })?.birthDate).toBe('1925-11-23'); // tomorrow -> 1925
    expect(parseNik('3510010112250001', { today: TODAY })?.birthDate).toBe('1925-12-01');
    expect(parseNik('3510010506100001', { today: TODAY })?.birthDate).toBe('2010-06-05');
  });

  it('takes the century from the recorded birth date when its year ends in YY', () => {
    const parts = parseNik('3510010506100001', { today: TODAY, birthDate: '1910-06-05' });
    expect(parts).toMatchObject({ birthDate: '1910-06-05', centuryFrom: 'birthDate' });
    // Recorded year 1911 does not end in 10: the century falls back to the today rule.
    expect(parseNik('3510010506100001', { today: TODAY, birthDate: '1911-06-05' })).toMatchObject({
      birthDate: '2010-06-05',
      centuryFrom: 'today',
    });
  });

  it('throws when today is not an ISO date', () => {
    expect(() => parseNik('3510014506900001', { today: '22/11/2025' })).toThrow(RangeError);
  });
});

describe('validateNik: errors', () => {
  it('accepts a well-formed NIK matching the record', () => {
    expect(check('3510014506900001', { birthDate: '1990-06-05', sex: 'female' })).toMatchObject({
      errors: [],
      warnings: [],
    });
  });

  it.each([
    ['15 digits', '351001450690001'],
    ['17 digits', '35100145069000011'],
    ['empty', ''],
  ])('rejects %s with NIK_LENGTH only', (_label, nik) => {
    expect(check(nik).errors).toEqual(['NIK_LENGTH']);
  });

  it.each([
    ['a letter', '35100145069O0001'],
    ['an inner space', '3510014506 00001'],
    ['dots', '35.10.01.4506900'],
    ['full-width digits', '３５１００１４５０６９００００１'],
  ])('rejects %s with NIK_NOT_DIGITS', (_label, nik) => {
    expect(check(nik).errors).toEqual(['NIK_NOT_DIGITS']);
  });

  it('does not trim: surrounding spaces are both non-digits and a wrong length', () => {
    expect(check(' 3510014506900001 ').errors).toEqual(['NIK_NOT_DIGITS', 'NIK_LENGTH']);
  });

  it.each([
    ['day 00', '3510010006900001'],
    ['day 32', '3510013206900001'],
    ['day 40', '3510014006900001'],
    ['day 72', '3510017206900001'],
    ['month 00', '3510010500900001'],
    ['month 13', '3510010513900001'],
    ['31 April', '3510013104900001'],
    ['31 April, female (71)', '3510017104900001'],
    ['30 February', '3510013002900001'],
    ['29 February 2023 (and 1923)', '3510012902230001'],
    ['29 February, female, 2023', '3510016902230001'],
  ])('rejects an impossible date part: %s', (_label, nik) => {
    expect(check(nik).errors).toEqual(['NIK_DATE_INVALID']);
  });

  it('rejects serial 0000 and accepts 0001 and 9999', () => {
    expect(check('3510014506900000').errors).toEqual(['NIK_SERIAL_ZERO']);
    expect(check('3510014506900001').errors).toEqual([]);
    expect(check('3510014506909999').errors).toEqual([]);
  });

  it('reports every independent error at once', () => {
    expect(check('3510013213900000').errors).toEqual(['NIK_DATE_INVALID', 'NIK_SERIAL_ZERO']);
  });

  it('reports a malformed recorded birth date but still checks the NIK', () => {
    const { errors, warnings } = check('3510014506900000', { birthDate: '1990-02-30' });
    expect(errors).toEqual(['BIRTH_DATE_INVALID', 'NIK_SERIAL_ZERO']);
    expect(warnings).toEqual([]);
  });

  it('gives each issue its level, field and both messages', () => {
    const issue = check('351001450690001').result.errors[0];
    expect(issue).toEqual({
      code: 'NIK_LENGTH',
      level: 'error',
      field: 'nik',
      message: { id: 'NIK harus 16 digit angka.', en: 'The NIK must be 16 digits.' },
    });
  });
});

describe('validateNik: 29 February', () => {
  it('accepts 29-02-24 (2024 is a leap year), male and female', () => {
    expect(check('3510012902240001', { birthDate: '2024-02-29', sex: 'male' })).toMatchObject({
      errors: [],
      warnings: [],
    });
    expect(parseNik('3510016902240001', { today: TODAY })).toMatchObject({
      birthDate: '2024-02-29',
      sex: 'female',
    });
  });

  it('accepts 29-02-00 with no recorded birth date: 2000 is a leap year', () => {
    expect(check('3510012902000001').errors).toEqual([]);
    expect(parseNik('3510012902000001', { today: TODAY })?.birthDate).toBe('2000-02-29');
  });

  it('accepts 29-02-00 in the century where it exists even when 20YY would be after today', () => {
    expect(parseNik('3510012902000001', { today: '1999-12-31' })?.birthDate).toBe('2000-02-29');
  });

  it('rejects 29-02-00 when the recorded birth date puts it in 1900 (not a leap year)', () => {
    expect(check('3510012902000001', { birthDate: '1900-03-01' }).errors).toEqual(['NIK_DATE_INVALID']);
  });

  it('accepts 29-02-00 when the recorded birth date is 2000-02-29', () => {
    expect(check('3510016902000001', { birthDate: '2000-02-29', sex: 'female' })).toMatchObject({
      errors: [],
      warnings: [],
    });
  });
});

describe('validateNik: warnings let the record in', () => {
  it('flags a corrected birth date (same year) as NIK_BIRTHDATE_MISMATCH, not an error', () => {
    expect(check('3510014506900001', { birthDate: '1990-06-07', sex: 'female' })).toMatchObject({
      errors: [],
      warnings: ['NIK_BIRTHDATE_MISMATCH'],
    });
  });

  it('flags a recorded birth date in another year, even one in another century', () => {
    expect(check('3510014506900001', { birthDate: '1991-06-05' }).warnings).toEqual([
      'NIK_BIRTHDATE_MISMATCH',
    ]);
    // Same DDMMYY but 100 years apart: the recorded date fixes the century, so no mismatch.
    expect(check('3510010506100001', { birthDate: '1910-06-05' }).warnings).toEqual([]);
  });

  it('flags a man recorded with a female NIK and a woman with a male NIK', () => {
    expect(check('3510014506900001', { sex: 'male' })).toMatchObject({
      errors: [],
      warnings: ['NIK_SEX_MISMATCH'],
    });
    expect(check('3510010506900001', { sex: 'female' }).warnings).toEqual(['NIK_SEX_MISMATCH']);
  });

  it('flags a district prefix missing from the current list (e.g. from before a region split)', () => {
    const before = check('3207254506900001', { birthDate: '1990-06-05', sex: 'female' });
    expect(before).toMatchObject({ errors: [], warnings: ['NIK_DISTRICT_UNKNOWN'] });
    expect(before.result.warnings[0]?.level).toBe('warning');
  });

  it('asks knownDistrict about the first six digits only', () => {
    const asked: string[] = [];
    validateNik('3510244506900001', { today: TODAY, knownDistrict: (p) => (asked.push(p), true) });
    expect(asked).toEqual(['351024']);
  });

  it('stacks warnings with errors when both apply', () => {
    expect(check('3299994506900000', { sex: 'male', birthDate: '1990-06-06' })).toMatchObject({
      errors: ['NIK_SERIAL_ZERO'],
      warnings: ['NIK_DISTRICT_UNKNOWN', 'NIK_BIRTHDATE_MISMATCH', 'NIK_SEX_MISMATCH'],
    });
  });

  it('does not compare dates when the NIK date is impossible', () => {
    expect(check('3510013206900001', { birthDate: '1990-06-05', sex: 'female' })).toMatchObject({
      errors: ['NIK_DATE_INVALID'],
      warnings: [],
    });
  });
});
