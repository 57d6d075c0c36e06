import { describe, expect, it } from 'vitest';
import {
  checkAgeRange,
  checkKk,
  checkNik,
  checkPastDate,
  checkReason,
  checkRtRw,
  collectErrors,
} from './validation.ts';

describe('form checks before sending', () => {
  it('accepts a 16-digit NIK and names what is wrong with others', () => {
    expect(checkNik('3510014506900001')).toBeNull();
    expect(checkNik('')).toBe('required');
    expect(checkNik('351001450690001')).toBe('nikFormat');
    expect(checkNik('35100145069000a1')).toBe('nikFormat');
    expect(checkNik('3510014506900000')).toBe('nikSerialZero');
    // The date part (DDMMYY, day + 40 for women) must be a real date: 31 June is not.
    expect(checkNik('3510013106900001')).toBe('nikDateInvalid');
    expect(checkNik('3510017106900001')).toBe('nikDateInvalid');
    expect(checkKk('3510010101200001')).toBeNull();
    expect(checkKk('12')).toBe('kkFormat');
  });

  it('wants real dates that are not in the future', () => {
    expect(checkPastDate('2024-02-29', '2025-01-01')).toBeNull();
    expect(checkPastDate('2023-02-29', '2025-01-01')).toBe('dateFormat');
    expect(checkPastDate('2025-01-02', '2025-01-01')).toBe('dateFuture');
    expect(checkPastDate('', '2025-01-01')).toBe('required');
  });

  it('asks for a reason of at least five characters', () => {
    expect(checkReason('cek')).toBe('reasonTooShort');
    expect(checkReason('Pelayanan surat pindah')).toBeNull();
  });

  it('checks RT/RW and age ranges, and keeps only failed checks', () => {
    expect(checkRtRw('003')).toBeNull();
    expect(checkRtRw('RT3')).toBe('rtRwFormat');
    expect(checkAgeRange('60', '17')).toBe('ageRange');
    expect(checkAgeRange('', '17')).toBeNull();
    expect(collectErrors({ nik: 'nikFormat', fullName: null })).toEqual({ nik: 'nikFormat' });
  });
});
