// A program's counts per village from the stored rows: the current ones as they are, the stale ones served as
// last computed and flagged (`current: false`) while the background refresher (refresher.ts) recounts them. A
// read of one village counts it afresh when stale (one statement, as before); a district or regency read
// counts none inline by default: at regency scale one village's recount of a resident program took 0.7–1.1 s
// under load (docs/BENCHMARKS.md), the map asks for every program at once, and a regency read must never wait
// on villages. Every answer says which villages are current.
import type { Db } from '../../../../db/database.ts';
import { isVillageArea } from '../../../../platform/area/in-area.ts';
import { TargetingRefresher } from './refresher.ts';
import { childAreas, storeVillageCounts, storedVillageCounts, type CountInputs } from './queries.ts';

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
  /** Villages of the area never counted yet (absent from `villages`). */
  neverCounted: string[];
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
  const neverCounted: string[] = [];
  for (const row of rows) {
    const counted = fresh.get(row.village_code);
    if (counted) villages.set(row.village_code, counted);
    else if (row.computed_at !== null)
      villages.set(row.village_code, { ...countsOf(row), current: row.current, computedAt: row.computed_at });
    else neverCounted.push(row.village_code);
  }
  return { villages, pending: stale.length - fresh.size, neverCounted };
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

const COUNTS = [
  'units',
  'households',
  'eligible',
  'enrolled',
  'excluded',
  'included',
  'incomplete',
  'unranked',
] as const;
type Counts = Record<(typeof COUNTS)[number], number>;

export interface KeptAreaCounts extends Counts {
  code: string;
  name: string;
  /** Every village of the area is counted under today's inputs. */
  current: boolean;
}

/**
 * The stored counts summed per child area of `inputs.query.area` (`childLength` characters of a village code
 * name a child area: 8 a district, 13 a village), each saying whether all its villages are current; with how
 * many villages are not, and when the oldest of those was counted (null: none, or never counted).
 */
export async function keptCountsByChildArea(db: Db, inputs: CountInputs, childLength: number) {
  const [kept, areas] = await Promise.all([
    keptCounts(db, inputs),
    childAreas(db, inputs.query.area, childLength),
  ]);
  const rows = new Map<string, KeptAreaCounts>(
    areas.map((a) => [
      a.code,
      {
        code: a.code,
        name: a.name,
        current: true,
        ...Object.fromEntries(COUNTS.map((c) => [c, 0])),
      } as KeptAreaCounts,
    ]),
  );
  let oldest: Date | null = null;
  for (const [village, counts] of kept.villages) {
    const row = rows.get(village.slice(0, childLength));
    if (!row) continue;
    for (const c of COUNTS) row[c] += counts[c];
    if (!counts.current) {
      row.current = false;
      if (oldest === null || counts.computedAt < oldest) oldest = counts.computedAt;
    }
  }
  // A village never counted has no row among kept.villages: its area is not current either.
  for (const village of kept.neverCounted) {
    const row = rows.get(village.slice(0, childLength));
    if (row) row.current = false;
  }
  if (kept.pending > 0) TargetingRefresher.of(db)?.wake();
  return { areas: [...rows.values()], pending: kept.pending, countedAt: oldest };
}
