// At start-up a ranking run left running by a stopped process is marked failed: nothing will finish it.
import type { Db } from '../../../db/database.ts';
import { failInterruptedRuns } from './queries.ts';
import { RUN_INTERRUPTED } from './runner.ts';

export async function failInterruptedRankingRuns(db: Db) {
  await failInterruptedRuns(db, RUN_INTERRUPTED);
}
