// The poverty map's welfare and recipients figures per village from the stored rows (migration 0032): the
// current ones as they are, the stale ones served as last counted and flagged (`current: false`) while the
// background refresher recounts them, as the targeting counts are (targeting/stored/kept-counts.ts). A read of
// one village counts it afresh when stale (a few milliseconds); a district or regency read counts none inline
// and wakes the refresher: after a ranking run every village is stale at once, and the regency's recount is the
// statement that took about 9 s.
import type { Db } from '../../../../db/database.ts';
import { isVillageArea } from '../../../../platform/area/in-area.ts';
import { TargetingRefresher } from '../../targeting/stored/refresher.ts';
import { storeMapFigures, storedMapFigures, type StoredFiguresRow } from './queries.ts';

export interface KeptVillageFigures {
  /** Households ranked in the latest done run, and those in desil 1–4. */
  ranked: number;
  targetDeciles: number;
  /** Households with a complete score under the active score model. */
  completeScores: number;
  /** Households reached per program id. */
  recipients: ReadonlyMap<string, number>;
  /** Counted under today's inputs (false: the last counts, computed at `computedAt`, before a change). */
  current: boolean;
  /** Null: never counted yet (every count is then 0). */
  computedAt: Date | null;
}

export interface KeptFigures {
  villages: Map<string, KeptVillageFigures>;
  /** Villages whose figures are not current: the refresher is counting them. */
  pending: number;
}

function figuresOf(row: StoredFiguresRow): KeptVillageFigures {
  return {
    ranked: row.ranked ?? 0,
    targetDeciles: row.target_deciles ?? 0,
    completeScores: row.complete_scores ?? 0,
    recipients: new Map(Object.entries(row.recipients)),
    current: row.current,
    computedAt: row.computed_at,
  };
}

/** Every village of the area with its stored figures and the recipients of the programs given. */
export async function keptMapFigures(
  db: Db,
  area: string,
  programIds: readonly string[],
): Promise<KeptFigures> {
  let rows = await storedMapFigures(db, area, programIds);
  if (isVillageArea(area) && rows.some((row) => !row.current)) {
    await storeMapFigures(db, area);
    rows = await storedMapFigures(db, area, programIds);
  }
  const pending = rows.filter((row) => !row.current).length;
  if (pending > 0) TargetingRefresher.of(db)?.wake();
  return { villages: new Map(rows.map((row) => [row.village_code, figuresOf(row)])), pending };
}
