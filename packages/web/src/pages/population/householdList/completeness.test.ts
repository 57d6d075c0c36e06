import { describe, expect, it } from 'vitest';
import { completenessBadges } from './completeness.ts';

const complete = { hasLocation: true, headName: 'Siti Aminah', housingAnswered: 13, housingTotal: 13 };

describe('household completeness badges', () => {
  it('shows a pin, a head and every housing fact as done', () => {
    expect(completenessBadges(complete)).toEqual([
      { gap: 'location', complete: true },
      { gap: 'head', complete: true },
      { gap: 'housing', complete: true },
    ]);
  });

  it('marks what is missing, in the order of the list filter', () => {
    expect(
      completenessBadges({ hasLocation: false, headName: null, housingAnswered: 9, housingTotal: 13 }),
    ).toEqual([
      { gap: 'location', complete: false },
      { gap: 'head', complete: false },
      { gap: 'housing', complete: false },
    ]);
  });

  it('counts housing as done only when every fact is answered', () => {
    const housing = (answered: number) =>
      completenessBadges({ ...complete, housingAnswered: answered }).find((badge) => badge.gap === 'housing');
    expect(housing(12)?.complete).toBe(false);
    expect(housing(0)?.complete).toBe(false);
    expect(housing(13)?.complete).toBe(true);
  });
});
