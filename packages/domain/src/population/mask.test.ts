import { describe, expect, it } from 'vitest';
import { maskCivilNumber, maskIdentifier } from './mask.ts';

describe('maskIdentifier', () => {
  it('keeps the first and last four digits with eight U+2022 bullets between', () => {
    expect(maskIdentifier('3510014506900001')).toBe(
      '3510\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220001',
    );
    expect(maskIdentifier('3510014506900001')).toBe('3510••••••••0001');
  });

  it('hides the birth date digits and the length of longer values', () => {
    const masked = maskIdentifier('35100145069000011');
    expect(masked).toBe('3510••••••••0011');
    expect(masked).not.toContain('450690');
  });

  it('masks short malformed values completely', () => {
    expect(maskIdentifier('35100145069')).toBe('••••••••');
    expect(maskIdentifier('')).toBe('••••••••');
  });
});

describe('maskCivilNumber', () => {
  it('masks a 16-digit NIK or KK like maskIdentifier', () => {
    expect(maskCivilNumber('3510014506900001')).toBe('3510••••••••0001');
  });

  it('marks a number that is not 16 digits as invalid with its digit count, showing no digit', () => {
    expect(maskCivilNumber('351001450690')).toBe('⚠ 12 digit');
    expect(maskCivilNumber('35100145069000011')).toBe('⚠ 17 digit');
    expect(maskCivilNumber('3510014506900')).toBe('⚠ 13 digit');
    expect(maskCivilNumber('3510014506900')).not.toContain('3510');
  });
});
