import { describe, expect, it } from 'vitest';
import { validateKk } from './kk.ts';

const knownDistrict = (prefix: string) => prefix === '351001';
const codes = (kk: string) => {
  const result = validateKk(kk, { knownDistrict });
  return { errors: result.errors.map((i) => i.code), warnings: result.warnings.map((i) => i.code) };
};

describe('validateKk', () => {
  it('accepts 16 digits with a known district prefix, whatever the date part says', () => {
    expect(codes('3510012207150003')).toEqual({ errors: [], warnings: [] });
    expect(codes('3510019999990000')).toEqual({ errors: [], warnings: [] });
  });

  it.each(['351001220715000', '35100122071500031', ''])('rejects length %j', (kk) => {
    expect(codes(kk)).toEqual({ errors: ['KK_LENGTH'], warnings: [] });
  });

  it.each(['35100122071500O3', '3510012207 50003', '3510-01220715000'])('rejects non-digits %j', (kk) => {
    expect(codes(kk)).toEqual({ errors: ['KK_NOT_DIGITS'], warnings: [] });
  });

  it('does not trim', () => {
    expect(codes('3510012207150003 ').errors).toEqual(['KK_NOT_DIGITS', 'KK_LENGTH']);
  });

  it('warns, without blocking, about a district prefix missing from the current list', () => {
    const result = validateKk('3207252207150003', { knownDistrict });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toMatchObject([{ code: 'KK_DISTRICT_UNKNOWN', level: 'warning', field: 'kk' }]);
  });

  it('does not ask about the district of a malformed number', () => {
    let asked = false;
    validateKk('35100A2207150003', { knownDistrict: () => ((asked = true), false) });
    expect(asked).toBe(false);
  });
});
