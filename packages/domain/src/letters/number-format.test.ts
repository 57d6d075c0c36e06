import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NUMBER_FORMAT,
  checkNumberFormat,
  defaultVillageShortCode,
  formatLetterNumber,
  romanMonth,
  sequenceScopeKey,
} from './number-format.ts';

const values = {
  sequence: 7,
  klasifikasi: '474.4',
  typeCode: 'SKD',
  villageShortCode: '2001',
  letterDate: '2026-03-09',
};

describe('formatLetterNumber', () => {
  it('writes the default format as OpenSID villages number their letters', () => {
    expect(formatLetterNumber(DEFAULT_NUMBER_FORMAT, values)).toBe('474.4/007/2001/III/2026');
  });

  it('pads the sequence to the width the format asks and never cuts a longer one', () => {
    expect(formatLetterNumber('[nomor:5]/[tahun]', values)).toBe('00007/2026');
    expect(formatLetterNumber('[nomor:2]', { ...values, sequence: 1234 })).toBe('1234');
  });

  it('writes the type code, the month as digits and keeps literal text', () => {
    expect(formatLetterNumber('Ket-[kode]/[NOMOR]/[bulan].[tahun]', values)).toBe('Ket-SKD/007/03.2026');
  });
});

describe('checkNumberFormat', () => {
  it('accepts the default format for the village-wide sequence', () => {
    expect(checkNumberFormat(DEFAULT_NUMBER_FORMAT, 'village')).toEqual([]);
  });

  it('names every problem of a broken format', () => {
    expect(checkNumberFormat('[nomer]/[tahun', 'village')).toEqual([
      { kind: 'unbalanced_bracket' },
      { kind: 'unknown_token', token: 'nomer' },
      { kind: 'no_sequence' },
    ]);
    expect(checkNumberFormat('[nomor]/[nomor]', 'village')).toEqual([{ kind: 'sequence_twice' }]);
    expect(checkNumberFormat('[nomor:x]/[tahun:2]', 'village')).toEqual([
      { kind: 'bad_padding', token: 'nomor:x' },
      { kind: 'bad_padding', token: 'tahun:2' },
    ]);
    expect(checkNumberFormat('  ', 'village')).toEqual([{ kind: 'empty' }]);
  });

  it('asks a per-type sequence to name the type, so two types never share a number', () => {
    expect(checkNumberFormat(DEFAULT_NUMBER_FORMAT, 'type')).toEqual([
      { kind: 'type_scope_needs_type_code' },
    ]);
    expect(checkNumberFormat('[kode]/[nomor]/[tahun]', 'type')).toEqual([]);
  });
});

describe('helpers', () => {
  it('writes months in Roman numerals and refuses a month that does not exist', () => {
    expect([1, 4, 9, 12].map(romanMonth)).toEqual(['I', 'IV', 'IX', 'XII']);
    expect(() => romanMonth(13)).toThrow(RangeError);
  });

  it('keys the counter row by scope and prints the village by the last segment of its code', () => {
    expect(sequenceScopeKey('village', 'keterangan-domisili')).toBe('village');
    expect(sequenceScopeKey('type', 'keterangan-domisili')).toBe('type:keterangan-domisili');
    expect(defaultVillageShortCode('35.10.01.2001')).toBe('2001');
  });
});
