// Counts afresh the stale stored map figures of the regency: village by village when few, else the whole
// regency in one statement (from WHOLE_AREA_FROM stale villages on, as the targeting counts do). Run by the
// background refresher (targeting/stored/refresher.ts) before the targeting counts, which take far longer.
import type { Db } from '../../../../db/database.ts';
import { allowLongStatements } from '../../../../db/statement-timeout.ts';
import { yieldToEventLoop } from '../../../../platform/event-loop.ts';
import { storeMapFigures, storedMapFigures } from './queries.ts';

/** From this many stale villages on, the whole regency is counted in one statement. */
export const WHOLE_AREA_FROM = 20;

/** Counts afresh every village of the regency whose stored figures are stale; returns how many. */
export async function refreshStaleMapFigures(db: Db, regency: string): Promise<number> {
  const stale = (await storedMapFigures(db, regency, [])).filter((row) => !row.current);
  const areas = stale.length >= WHOLE_AREA_FROM ? [regency] : stale.map((row) => row.village_code);
  for (const area of areas) {
    await db.transaction().execute(async (trx) => {
      await allowLongStatements(trx);
      await storeMapFigures(trx, area);
    });
    await yieldToEventLoop();
  }
  return stale.length;
}
