import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatRtRw, formatShortAddress } from './format.ts';

describe('formatting for the registry pages', () => {
  it('writes dates the Indonesian way, without time-zone shifts', () => {
    expect(formatDate('1990-06-05', 'id')).toBe('5 Juni 1990');
    expect(formatDate('1990-06-05', 'en')).toBe('5 June 1990');
    expect(formatDate(null, 'id')).toBe('—');
  });

  it('writes RT/RW and short addresses as on a family card', () => {
    expect(formatRtRw('001', '002')).toBe('RT 001/RW 002');
    expect(formatRtRw(null, null)).toBeNull();
    expect(formatShortAddress('Krajan', '002', '001')).toBe('Dusun Krajan, RT 001/RW 002');
    expect(formatShortAddress('Dusun Krajan', null, null)).toBe('Dusun Krajan');
    expect(formatShortAddress(null, null, null)).toBe('—');
  });
});

describe('formatNumber', () => {
  it('writes digit separators of the reader’s language', () => {
    expect(formatNumber(1712345, 'id')).toBe('1.712.345');
    expect(formatNumber(1712345, 'en')).toBe('1,712,345');
  });
});
