import { describe, expect, it } from 'vitest';
import { findCode, normaliseLabel } from './code-lists.ts';
import {
  COOKING_FUEL,
  DRINKING_WATER_SOURCE,
  FLOOR_MATERIAL,
  REGSOSEK_HOUSING_VARIABLES,
  ROOF_MATERIAL,
  WALL_MATERIAL,
} from './housing-codes.ts';

describe('Regsosek 2022 housing codes (section III)', () => {
  it('lists every column of the workbook sheet in order', () => {
    expect(REGSOSEK_HOUSING_VARIABLES.map((v) => v.variable)).toEqual([
      '301a',
      '301b',
      '302',
      '303',
      '304',
      '305',
      '306a',
      '306b',
      '307a',
      '307b1',
      '307b2',
      '307b3',
      '308',
      '309a',
      '309b',
      '310',
    ]);
  });

  it('has a code list for every variable except the floor area', () => {
    const sizes = Object.fromEntries(
      REGSOSEK_HOUSING_VARIABLES.map((v) => [v.variable, v.codes?.length ?? null]),
    );
    expect(sizes).toEqual({
      '301a': 5,
      '301b': 6,
      '302': null,
      '303': 9,
      '304': 7,
      '305': 8,
      '306a': 11,
      '306b': 3,
      '307a': 4,
      '307b1': 5,
      '307b2': 5,
      '307b3': 5,
      '308': 12,
      '309a': 6,
      '309b': 4,
      '310': 6,
    });
  });

  it.each(REGSOSEK_HOUSING_VARIABLES.filter((v) => v.codes))('$variable: codes 1..n, unique labels', (v) => {
    const codes = v.codes ?? [];
    expect(codes.map((e) => e.code)).toEqual(codes.map((_, i) => i + 1));
    expect(new Set(codes.map((e) => normaliseLabel(e.id))).size).toBe(codes.length);
    for (const e of codes) expect(e.en.trim()).not.toBe('');
  });

  it('matches the workbook labels', () => {
    expect(findCode(FLOOR_MATERIAL, 'tanah')?.code).toBe(8);
    expect(findCode(WALL_MATERIAL, 1)?.id).toBe('Tembok');
    expect(findCode(ROOF_MATERIAL, 2)?.id).toBe('Genteng');
    expect(findCode(DRINKING_WATER_SOURCE, 3)?.id).toBe('Leding');
    expect(findCode(COOKING_FUEL, 12)?.id).toBe('Tidak memasak di rumah');
  });
});
