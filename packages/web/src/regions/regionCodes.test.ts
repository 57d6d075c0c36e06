import { describe, expect, it } from 'vitest';
import {
  ancestorAt,
  areaDisplayName,
  isWithinArea,
  levelOfCode,
  regionDisplayName,
  resolveSelectedRegion,
  toTitleCaseIfShouting,
} from './regionCodes.ts';

describe('region codes', () => {
  it('reads the level from the number of segments', () => {
    expect(levelOfCode('35')).toBe('province');
    expect(levelOfCode('35.10')).toBe('regency');
    expect(levelOfCode('35.10.01')).toBe('district');
    expect(levelOfCode('35.10.01.2001')).toBe('village');
    expect(levelOfCode('35.10.1')).toBeUndefined();
    expect(levelOfCode('abc')).toBeUndefined();
  });

  it('finds ancestors', () => {
    expect(ancestorAt('35.10.01.2001', 'district')).toBe('35.10.01');
    expect(ancestorAt('35.10.01.2001', 'regency')).toBe('35.10');
    expect(ancestorAt('35.10.01', 'district')).toBe('35.10.01');
    expect(ancestorAt('35.10', 'district')).toBeUndefined();
  });

  it('checks containment by whole segments only', () => {
    expect(isWithinArea('35.10.01.2001', '35.10.01')).toBe(true);
    expect(isWithinArea('35.10.01', '35.10.01')).toBe(true);
    expect(isWithinArea('35.10.010', '35.10.01')).toBe(false);
    expect(isWithinArea('35.10.02', '35.10.01')).toBe(false);
  });

  it('never lets the URL select a region outside the user area', () => {
    expect(resolveSelectedRegion('35.10.01', '35.10')).toBe('35.10.01');
    expect(resolveSelectedRegion('35.10.02.2001', '35.10.01')).toBe('35.10.01');
    expect(resolveSelectedRegion('35.11', '35.10')).toBe('35.10');
    expect(resolveSelectedRegion('not-a-code', '35.10')).toBe('35.10');
    expect(resolveSelectedRegion(null, '35.10.01.2001')).toBe('35.10.01.2001');
  });
});

describe('region names', () => {
  it('title-cases names written in capitals only', () => {
    expect(toTitleCaseIfShouting('KABUPATEN BANYUWANGI')).toBe('Kabupaten Banyuwangi');
    expect(toTitleCaseIfShouting('Kalibaru Wetan')).toBe('Kalibaru Wetan');
  });

  it('adds the official prefix once', () => {
    expect(regionDisplayName({ name: 'KABUPATEN BANYUWANGI', level: 'regency', kind: null })).toBe(
      'Kabupaten Banyuwangi',
    );
    expect(regionDisplayName({ name: 'Pesanggaran', level: 'district', kind: null })).toBe(
      'Kecamatan Pesanggaran',
    );
    expect(regionDisplayName({ name: 'Sarongan', level: 'village', kind: 'desa' })).toBe('Desa Sarongan');
    expect(regionDisplayName({ name: 'Sobo', level: 'village', kind: 'kelurahan' })).toBe('Kelurahan Sobo');
    expect(regionDisplayName({ name: 'Desa Sarongan', level: 'village', kind: 'desa' })).toBe(
      'Desa Sarongan',
    );
  });

  it('names the user area with its prefix, telling kelurahan from desa by code', () => {
    expect(areaDisplayName({ areaName: 'Pesanggaran', areaLevel: 'district', areaCode: '35.10.01' })).toBe(
      'Kecamatan Pesanggaran',
    );
    expect(areaDisplayName({ areaName: 'Sarongan', areaLevel: 'village', areaCode: '35.10.01.2001' })).toBe(
      'Desa Sarongan',
    );
    expect(areaDisplayName({ areaName: 'Sobo', areaLevel: 'village', areaCode: '35.10.13.1004' })).toBe(
      'Kelurahan Sobo',
    );
  });
});
