import { describe, expect, it } from 'vitest';
import { validateNik } from './nik.ts';
import {
  isTemporaryNik,
  nextTemporaryNik,
  temporaryNik,
  temporaryNikRange,
  villageCodeDigits,
} from './temporary-nik.ts';

const SARONGAN = '35.10.01.2001';
const options = { knownDistrict: () => true, today: '2026-12-02' };

describe('temporary numbers (NIK sementara, OpenSID convention)', () => {
  it('is "0" + the 10-digit village code + a 5-digit serial', () => {
    expect(villageCodeDigits(SARONGAN)).toBe('3510012001');
    expect(temporaryNik(SARONGAN, 1)).toBe('0351001200100001');
    expect(temporaryNik(SARONGAN, 12345)).toBe('0351001200112345');
    expect(temporaryNikRange(SARONGAN)).toEqual({ first: '0351001200100001', last: '0351001200199999' });
  });

  it('is recognised by its leading 0, which no real NIK has', () => {
    expect(isTemporaryNik('0351001200100001')).toBe(true);
    expect(isTemporaryNik('3510014506900001')).toBe(false);
    expect(isTemporaryNik('035100120010001')).toBe(false);
    expect(isTemporaryNik('0')).toBe(false);
  });

  it('counts on from the highest serial the village issued, ignoring other villages and real NIKs', () => {
    const issued = ['0351001200100002', '0351001200100007', '0351001100100090', '3510014506900001'];
    expect(nextTemporaryNik(SARONGAN, issued)).toBe('0351001200100008');
    expect(nextTemporaryNik(SARONGAN, [])).toBe('0351001200100001');
    expect(nextTemporaryNik(SARONGAN, ['0351001200199999'])).toBeNull();
  });

  it('refuses serials outside 1-99999 and codes that are not village codes', () => {
    expect(() => temporaryNik(SARONGAN, 0)).toThrow(RangeError);
    expect(() => temporaryNik(SARONGAN, 100_000)).toThrow(RangeError);
    expect(() => temporaryNik('35.10.01', 1)).toThrow(RangeError);
  });

  it('is never validated as a real NIK: flagged "awaiting NIK" in a file, refused where typed', () => {
    const flagged = validateNik('0351001200100001', { ...options, birthDate: '2026-11-30', sex: 'female' });
    expect(flagged.errors).toEqual([]);
    expect(flagged.warnings.map((w) => w.code)).toEqual(['NIK_TEMPORARY']);
    const typed = validateNik('0351001200100001', { ...options, temporary: 'refuse' });
    expect(typed.errors.map((e) => e.code)).toEqual(['NIK_TEMPORARY_TYPED']);
  });
});
