import { describe, expect, it } from 'vitest';
import { decileCounts, rankIntoDeciles } from './deciles.ts';

const units = (scores: number[]) => scores.map((score, i) => ({ id: `u${i}`, score }));

describe('rankIntoDeciles', () => {
  it('puts the highest scores (the poorest) in desil 1 and the lowest in desil 10', () => {
    const deciles = rankIntoDeciles(units(Array.from({ length: 100 }, (_, i) => i)));
    expect(deciles.get('u99')).toBe(1);
    expect(deciles.get('u90')).toBe(1);
    expect(deciles.get('u89')).toBe(2);
    expect(deciles.get('u0')).toBe(10);
    expect(decileCounts(deciles.values())).toEqual(Array.from({ length: 10 }, () => 10));
  });

  it('gives equal scores the same decile, whatever the input order', () => {
    const scores = [5, 9, 9, 9, 1, 3, 3, 7, 7, 2];
    const forward = rankIntoDeciles(units(scores));
    const backward = rankIntoDeciles(units(scores).reverse());
    expect([...forward.entries()].sort()).toEqual([...backward.entries()].sort());
    // Three share the top score: all desil 1; the next score has three above it: desil 4.
    expect(['u1', 'u2', 'u3'].map((id) => forward.get(id))).toEqual([1, 1, 1]);
    expect(forward.get('u7')).toBe(4);
    expect(forward.get('u8')).toBe(4);
    expect(forward.get('u4')).toBe(10);
  });

  it('spreads small counts: one unit is desil 1; three are 1, 4 and 7', () => {
    expect([...rankIntoDeciles(units([4])).values()]).toEqual([1]);
    expect([...rankIntoDeciles(units([3, 2, 1])).values()]).toEqual([1, 4, 7]);
    expect(rankIntoDeciles([]).size).toBe(0);
  });

  it('puts everyone in desil 1 when all score the same', () => {
    expect(decileCounts(rankIntoDeciles(units([2, 2, 2, 2])).values())).toEqual([
      4, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });
});
