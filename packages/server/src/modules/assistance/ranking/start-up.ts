// At start-up a ranking run left running by a stopped process is marked failed: nothing will finish it. It
// may have rescored a village and stopped before raising that village's version (runner.ts), so every village
// with stored counts or map figures is marked changed and recounted.
import type { Db } from '../../../db/database.ts';
import { markAllTargetingChanged } from '../targeting/stored/village-version.ts';
import { failInterruptedRuns } from './queries.ts';
import { RUN_INTERRUPTED } from './runner.ts';

export async function failInterruptedRankingRuns(db: Db) {
  if ((await failInterruptedRuns(db, RUN_INTERRUPTED)) > 0) await markAllTargetingChanged(db);
}
