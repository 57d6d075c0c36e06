// Ranks scored units into deciles: desil 1 holds the poorest tenth (the highest deprivation scores). A unit's
// decile is 1 + floor(10 × (units scoring strictly higher) / n), so equal scores always share a decile, the
// order of the input never matters, and small counts still spread over the deciles (3 units: 1, 4, 7). The
// ranking run does the same in one SQL statement (rank() over the scores), and a test holds both to it.
export interface ScoredUnit {
  id: string;
  score: number;
}

export function decileOf(strictlyHigher: number, count: number): number {
  return 1 + Math.floor((10 * strictlyHigher) / count);
}

export function rankIntoDeciles(units: readonly ScoredUnit[]): Map<string, number> {
  const sorted = [...units].sort((a, b) => b.score - a.score);
  const deciles = new Map<string, number>();
  let higher = 0;
  sorted.forEach((unit, index) => {
    if (index > 0 && unit.score !== sorted[index - 1]!.score) higher = index;
    deciles.set(unit.id, decileOf(higher, sorted.length));
  });
  return deciles;
}

/** How many units fall in each decile (index 0 = desil 1). */
export function decileCounts(deciles: Iterable<number>): number[] {
  const counts = Array.from({ length: 10 }, () => 0);
  for (const decile of deciles) counts[decile - 1]! += 1;
  return counts;
}
