import { describe, expect, it } from 'vitest';
import { subjectAddress } from './subjectAddress.ts';

describe('the address line of an item’s family', () => {
  it('does not repeat the RT/RW the address line already holds', () => {
    expect(subjectAddress({ address: 'Krajan RT 001/RW 002', dusun: 'Krajan', rw: '002', rt: '001' })).toBe(
      'Krajan RT 001/RW 002, Dusun Krajan',
    );
  });

  it('adds the dusun and RT/RW to a street address', () => {
    expect(subjectAddress({ address: 'Jl. Merdeka 5', dusun: 'Dusun Krajan', rw: '002', rt: '001' })).toBe(
      'Jl. Merdeka 5, Dusun Krajan, RT 001/RW 002',
    );
  });

  it('says "—" when nothing is known', () => {
    expect(subjectAddress({ address: null, dusun: null, rw: null, rt: null })).toBe('—');
  });
});
