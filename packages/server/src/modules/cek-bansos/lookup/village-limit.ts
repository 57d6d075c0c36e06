// One village's look-ups per minute from everyone together. The per-address limit cannot stop a scraper that
// rotates addresses through one village's residents, and must stay generous because a carrier puts a whole
// village behind one address; this limit caps what anyone can read of one village in a minute, whatever
// their addresses. A fixed one-minute window per village, in memory (one server; see docs on scale-out).

export interface VillageLimit {
  /** Counts one look-up; false when the village's minute is already full. */
  take(village: string): boolean;
}

export function villageLimit(perMinute: number, now: () => number = Date.now): VillageLimit {
  let minute = -1;
  let counts = new Map<string, number>();
  return {
    take(village) {
      const current = Math.floor(now() / 60_000);
      if (current !== minute) {
        minute = current;
        counts = new Map();
      }
      const used = counts.get(village) ?? 0;
      if (used >= perMinute) return false;
      counts.set(village, used + 1);
      return true;
    },
  };
}
