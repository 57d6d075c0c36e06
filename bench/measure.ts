// Latency sampling: run a query for each input after a warm-up, and report percentiles in milliseconds.

export interface Latency {
  samples: number;
  p50: number;
  p95: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** Times `run` once per input (after `warmUp` untimed calls), one at a time, as one user would. */
export async function measure<T>(
  inputs: readonly T[],
  run: (input: T) => Promise<unknown>,
  warmUp = 20,
): Promise<Latency> {
  for (const input of inputs.slice(0, warmUp)) await run(input);
  const times: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await run(input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { samples: times.length, p50: percentile(times, 50), p95: percentile(times, 95) };
}
