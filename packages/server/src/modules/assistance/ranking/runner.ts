// Runs a regency ranking in the background, one run at a time: recompute every village's scores (one
// transaction per village, the event loop handed back between villages so the server keeps answering on
// the embedded database), then rank every household with a complete score into deciles and mark the run done
// in one transaction. A failure rolls that transaction back and marks the run failed: no done run ever
// shows half-written deciles. Scores already recomputed stay: they are current facts, not the run's result.
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../db/database.ts';
import { allowLongStatements } from '../../../db/statement-timeout.ts';
import { yieldToEventLoop } from '../../../platform/event-loop.ts';
import { markTargetingChanged } from '../targeting/stored/village-version.ts';
import { recomputeWelfareScores } from '../welfare/scores/recompute.ts';
import * as q from './queries.ts';

/** Stored with a failed run: the operator's message; the cause goes to the log only. */
export const RUN_FAILED =
  'Pemeringkatan gagal dan dibatalkan; tidak ada desil yang disimpan. Coba jalankan lagi. / The ranking failed and was rolled back; no deciles were saved. Run it again.';
export const RUN_INTERRUPTED =
  'Pemeringkatan terhenti karena server dimulai ulang. / The ranking stopped because the server restarted.';

export interface RunTask {
  runId: string;
  modelId: string;
  areaCode: string;
}

const runners = new WeakMap<Db, RankingRunner>();

export class RankingRunner {
  private current: Promise<void> | null = null;

  /** The runner of an app's database (one per app; tests wait on it through the same database). */
  static for(db: Db, log: FastifyBaseLogger) {
    const runner = new RankingRunner(db, log);
    runners.set(db, runner);
    return runner;
  }

  static of(db: Db) {
    return runners.get(db);
  }

  constructor(
    private readonly db: Db,
    private readonly log: FastifyBaseLogger,
  ) {}

  get busy() {
    return this.current !== null;
  }

  start(task: RunTask) {
    this.current = this.run(task).finally(() => {
      this.current = null;
    });
  }

  /** Lets a running run end (tests and shutdown). */
  async idle() {
    while (this.current) await this.current;
  }

  private run(task: RunTask) {
    return runRanking(this.db, task, this.log);
  }
}

/**
 * One ranking run from start to end, awaited: the runner starts it in the background; the demo generator awaits
 * it so a fresh install opens with deciles. Never throws: a failure marks the run failed.
 */
export async function runRanking(
  db: Db,
  { runId, modelId, areaCode }: RunTask,
  log: { error(details: object, message: string): void },
) {
  try {
    const villages = await q.villagesWithHouseholds(db, areaCode);
    const total = villages.length + 1;
    await q.setProgress(db, runId, 0, total);
    for (const [index, village] of villages.entries()) {
      await db.transaction().execute(async (trx) => {
        await allowLongStatements(trx);
        await recomputeWelfareScores(trx, village);
      });
      // Rescoring can change which households are complete (facts a bulk registry import left unscored, a
      // member reaching an age a variable asks about), which the poverty map's stored figures count: the
      // village's version rises once the new scores are committed. Not inside the village's transaction:
      // writers take the version's lock before the rows they then rescore, so holding score rows first and
      // the version last could deadlock with them. A stored count made in between already read the new
      // scores and is merely recounted; a run cut short marks every village at start-up (start-up.ts).
      await markTargetingChanged(db, [village]);
      await q.setProgress(db, runId, index + 1, total);
      await yieldToEventLoop();
    }
    await db.transaction().execute(async (trx) => {
      await allowLongStatements(trx);
      await q.insertDeciles(trx, runId, modelId, areaCode);
      const summary = await q.decileSummary(trx, runId);
      const counts = Array.from(
        { length: 10 },
        (_, i) => summary.find((row) => row.decile === i + 1)?.households ?? 0,
      );
      const cutoffs = Array.from(
        { length: 9 },
        (_, i) => summary.find((row) => row.decile === i + 1)?.lowest ?? null,
      );
      await q.finishRun(trx, runId, {
        ranked: counts.reduce((sum, n) => sum + n, 0),
        incomplete: await q.countIncomplete(trx, modelId, areaCode),
        counts,
        cutoffs,
        total,
      });
    });
  } catch (error) {
    log.error({ err: error, runId }, 'welfare ranking run failed');
    await q.failRun(db, runId, RUN_FAILED).catch((failure: unknown) => {
      log.error({ err: failure, runId }, 'could not mark the ranking run failed');
    });
  }
}
