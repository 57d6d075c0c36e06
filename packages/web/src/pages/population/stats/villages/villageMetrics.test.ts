import { describe, expect, it } from 'vitest';
import type { VillageFigures } from '../../../../api/populationTypes.ts';
import { mapValue, sortVillages, totalsOf } from './villageMetrics.ts';

const village = (code: string, name: string, figures: Partial<VillageFigures> = {}): VillageFigures => ({
  code,
  name,
  kind: 'desa',
  districtCode: code.slice(0, 8),
  districtName: 'PESANGGARAN',
  residents: 0,
  families: 0,
  households: 0,
  flagged: 0,
  householdsUnpinned: 0,
  householdsHousingIncomplete: 0,
  changedAt: null,
  ...figures,
});

const sarongan = village('35.10.01.2001', 'SARONGAN', {
  residents: 4000,
  families: 1200,
  households: 1000,
  flagged: 40,
  householdsUnpinned: 250,
  changedAt: '2026-12-01T08:00:00.000Z',
});
const kandangan = village('35.10.01.2002', 'Kandangan', {
  residents: 3000,
  families: 900,
  households: 0,
  changedAt: '2026-11-01T08:00:00.000Z',
});
const empty = village('35.10.01.2003', 'Ringintelu');

describe('mapValue', () => {
  it('colours counts as they are and gaps as a share', () => {
    expect(mapValue(sarongan, 'residents')).toBe(4000);
    expect(mapValue(sarongan, 'flagged')).toBe(1);
    expect(mapValue(sarongan, 'householdsUnpinned')).toBe(25);
  });

  it('shows no data for a village without anyone, and no share without a base', () => {
    expect(mapValue(empty, 'residents')).toBeNull();
    expect(mapValue(kandangan, 'householdsUnpinned')).toBeNull();
  });
});

describe('sortVillages', () => {
  const all = [sarongan, kandangan, empty];

  it('sorts names by their letters, whatever their case', () => {
    expect(sortVillages(all, 'name', 'ascending').map((v) => v.name)).toEqual([
      'Kandangan',
      'Ringintelu',
      'SARONGAN',
    ]);
  });

  it('sorts figures both ways, ties by name', () => {
    expect(sortVillages(all, 'residents', 'descending').map((v) => v.code)).toEqual([
      sarongan.code,
      kandangan.code,
      empty.code,
    ]);
    expect(sortVillages(all, 'households', 'ascending').map((v) => v.name)).toEqual([
      'Kandangan',
      'Ringintelu',
      'SARONGAN',
    ]);
  });

  it('puts villages never changed before the oldest change', () => {
    expect(sortVillages(all, 'changedAt', 'ascending').map((v) => v.code)).toEqual([
      empty.code,
      kandangan.code,
      sarongan.code,
    ]);
  });

  it('leaves the list it was given as it was', () => {
    sortVillages(all, 'residents', 'ascending');
    expect(all[0]).toBe(sarongan);
  });
});

describe('totalsOf', () => {
  it('sums every figure over the villages shown', () => {
    expect(totalsOf([sarongan, kandangan, empty])).toEqual({
      residents: 7000,
      families: 2100,
      households: 1000,
      flagged: 40,
      householdsUnpinned: 250,
      householdsHousingIncomplete: 0,
    });
  });
});
