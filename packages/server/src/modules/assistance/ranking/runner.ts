// Runs a regency ranking in the background, one run at a time: recompute every village's scores (one
// transaction per village, the event loop handed back between villages so the server keeps answering on
// the embedded database), then rank every household with a complete score into deciles and mark the run done
// in one transaction. A failure rolls that transaction back and marks the run failed: no done run ever
// shows half-written deciles. Scores already recomputed stay: they are current facts, not the run's result.
// On PostgreSQL two villages are rescored at once, each in its own transaction as before: one village's facts
// are read and scored in this process while the database writes the other's scores (docs/BENCHMARKS.md).
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

export interface RunOptions {
  /**
   * Villages rescored at once, each in its own transaction on its own connection: 1 on the embedded database
   * (one connection), VILLAGES_AT_ONCE on PostgreSQL.
   */
  villagesAtOnce?: number;
}

/**
 * On PostgreSQL: two, so the scoring in this process and the database's writing overlap on two cores. More
 * would hold more of the pool's connections (other requests need them) for no gain on the regency's server.
 */
export const VILLAGES_AT_ONCE = 2;

const runners = new WeakMap<Db, RankingRunner>();

export class RankingRunner {
  private current: Promise<void> | null = null;

  /** The runner of an app's database (one per app; tests wait on it through the same database). */
  static for(db: Db, log: FastifyBaseLogger, options: RunOptions = {}) {
    const runner = new RankingRunner(db, log, options);
    runners.set(db, runner);
    return runner;
  }

  static of(db: Db) {
    return runners.get(db);
  }

  constructor(
    private readonly db: Db,
    private readonly log: FastifyBaseLogger,
    private readonly options: RunOptions = {},
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
    return runRanking(this.db, task, this.log, this.options);
  }
}

/**
 * Rescores every village, `atOnce` at a time, each in its own transaction, with the run's progress after each.
 * A failure stops the others taking another village; it is thrown once every village under way has ended.
 */
async function rescoreVillages(db: Db, runId: string, villages: readonly string[], atOnce: number) {
  const total = villages.length + 1;
  let next = 0;
  let done = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (failure === null && next < villages.length) {
      const village = villages[next++]!;
      try {
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
        done += 1;
        await q.setProgress(db, runId, done, total);
      } catch (error) {
        failure ??= error;
      }
      await yieldToEventLoop();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(atOnce, villages.length)) }, worker));
  if (failure !== null)
    throw failure instanceof Error ? failure : new Error('ranking worker failed', { cause: failure });
}

/**
 * One ranking run from start to end, awaited: the runner starts it in the background; the demo generator awaits
 * it so a fresh install opens with deciles. Never throws: a failure marks the run failed.
 */
export async function runRanking(
  db: Db,
  { runId, modelId, areaCode }: RunTask,
  log: { error(details: object, message: string): void },
  options: RunOptions = {},
) {
  try {
    const villages = await q.villagesWithHouseholds(db, areaCode);
    const total = villages.length + 1;
    await q.setProgress(db, runId, 0, total);
    await rescoreVillages(db, runId, villages, options.villagesAtOnce ?? 1);
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
