// A program's counts per village from the stored rows: the current ones as they are, the stale ones served as
// last computed and flagged (`current: false`) while the background refresher (refresher.ts) recounts them. A
// read of one village counts it afresh when stale (one statement, as before); a district or regency read
// counts none inline by default: at regency scale one village's recount of a resident program took 0.7–1.1 s
// under load (docs/BENCHMARKS.md), the map asks for every program at once, and a regency read must never wait
// on villages. Every answer says which villages are current.
import type { Db } from '../../../../db/database.ts';
import { isVillageArea } from '../../../../platform/area/in-area.ts';
import { storeVillageCounts, storedVillageCounts, type CountInputs } from './queries.ts';

/** Stale villages a read of a wider area counts afresh before answering (the rest wait for the refresher). */
export const INLINE_VILLAGES = 0;

export interface KeptVillageCounts {
  units: number;
  households: number;
  eligible: number;
  enrolled: number;
  excluded: number;
  included: number;
  incomplete: number;
  unranked: number;
  /** Counted under today's inputs (false: the last counts, computed at `computedAt`, before a change). */
  current: boolean;
  computedAt: Date;
}

export interface KeptCounts {
  villages: Map<string, KeptVillageCounts>;
  /** Villages whose counts are not current (stale or never computed): the refresher is counting them. */
  pending: number;
}

/**
 * Every village of the area with the program's counts. `inlineVillages`: how many stale villages to count
 * afresh before answering (a one-village area always is). Stale villages past it keep their last counts,
 * flagged not current; villages never counted are absent.
 */
export async function keptCounts(
  db: Db,
  inputs: CountInputs,
  inlineVillages: number = INLINE_VILLAGES,
): Promise<KeptCounts> {
  const area = inputs.query.area;
  const rows = await storedVillageCounts(db, inputs);
  const stale = rows.filter((row) => !row.current).map((row) => row.village_code);
  const bound = isVillageArea(area) ? Math.max(1, inlineVillages) : inlineVillages;
  const fresh = new Map<string, KeptVillageCounts>();
  for (const village of stale.slice(0, bound)) {
    const [row] = await storeVillageCounts(db, { ...inputs, query: { ...inputs.query, area: village } });
    if (row) fresh.set(village, { ...countsOf(row), current: true, computedAt: row.computed_at });
  }
  const villages = new Map<string, KeptVillageCounts>();
  for (const row of rows) {
    const counted = fresh.get(row.village_code);
    if (counted) villages.set(row.village_code, counted);
    else if (row.computed_at !== null)
      villages.set(row.village_code, { ...countsOf(row), current: row.current, computedAt: row.computed_at });
  }
  return { villages, pending: stale.length - fresh.size };
}

function countsOf(row: {
  units: number | null;
  households: number | null;
  eligible: number | null;
  enrolled: number | null;
  excluded: number | null;
  included: number | null;
  incomplete: number | null;
  unranked: number | null;
}) {
  return {
    units: row.units ?? 0,
    households: row.households ?? 0,
    eligible: row.eligible ?? 0,
    enrolled: row.enrolled ?? 0,
    excluded: row.excluded ?? 0,
    included: row.included ?? 0,
    incomplete: row.incomplete ?? 0,
    unranked: row.unranked ?? 0,
  };
}
