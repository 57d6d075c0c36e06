// Ranking runs for the regency: Dinas Sosial (decide_assistance) starts one; every reader sees the runs
// (aggregate counts, no person in them) and a run's progress.
import { randomUUID } from 'node:crypto';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { lockActiveModel } from '../welfare/scores/model-queries.ts';
import * as q from './queries.ts';
import type { RankingRunner } from './runner.ts';

type RunRow = Awaited<ReturnType<typeof q.runById>> & object;

const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

export function runView(row: RunRow) {
  return {
    id: row.id,
    modelId: row.model_id,
    areaCode: row.area_code,
    status: row.status as 'queued' | 'running' | 'done' | 'failed',
    progressDone: row.progress_done,
    progressTotal: row.progress_total,
    householdsRanked: row.households_ranked,
    householdsIncomplete: row.households_incomplete,
    decileCounts: row.decile_counts,
    decileCutoffs: row.decile_cutoffs ? (row.decile_cutoffs as unknown[]).map(numberOrNull) : null,
    error: row.error,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

export async function startRun(db: Db, runner: RankingRunner, ctx: RequestContext, regencyCode: string) {
  assertRegionAccess(ctx.actor, regencyCode, 'decide_assistance');
  const id = randomUUID();
  const modelId = await db.transaction().execute(async (trx) => {
    // The active score model's row lock makes two starts (and a weight change) wait for each other.
    const model = await lockActiveModel(trx, 'score');
    if (!model) throw new AppError('WELFARE_MODEL_MISSING');
    if (runner.busy || (await q.busyRun(trx))) throw new AppError('RANKING_RUN_BUSY');
    await q.insertRun(trx, { id, modelId: model.id, areaCode: regencyCode, startedBy: ctx.actor.id });
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'assistance.ranking_run.start',
      entityType: 'welfare_ranking_run',
      entityId: id,
      regionCode: regencyCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { modelId: model.id },
    });
    return model.id;
  });
  runner.start({ runId: id, modelId, areaCode: regencyCode });
  return runView((await q.runById(db, id))!);
}

export async function readRuns(db: Db) {
  return (await q.listRuns(db, 50)).map(runView);
}

export async function readRun(db: Db, runId: string) {
  const row = await q.runById(db, runId);
  if (!row) throw new AppError('NOT_FOUND');
  return runView(row);
}
