import { describe, expect, it } from 'vitest';
import { districtCodeToPrefix, prefixToDistrictCode } from './district.ts';

describe('district codes', () => {
  it('converts between the dotted code and the NIK prefix', () => {
    expect(districtCodeToPrefix('35.10.01')).toBe('351001');
    expect(prefixToDistrictCode('351024')).toBe('35.10.24');
  });

  it.each(['3510.01', '35.10.1', '35.10.01.2001', ' 35.10.01', '35-10-01'])('rejects %j', (code) => {
    expect(() => districtCodeToPrefix(code)).toThrow(RangeError);
  });

  it.each(['35100', '3510011', '35100A'])('rejects prefix %j', (prefix) => {
    expect(() => prefixToDistrictCode(prefix)).toThrow(RangeError);
  });
});
