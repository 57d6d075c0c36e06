// A household's welfare panel: its current scores with reasons and missing facts, and its decile in each
// done ranking run. Readers of the village's area see it; outside it the household does not exist (404).
import { BPS_POOR_THRESHOLD } from '@smart-kampung/domain';
import { assertRegionAccess } from '../../../../access/assert-access.ts';
import type { Db } from '../../../../db/database.ts';
import { AppError } from '../../../../http/problem.ts';
import type { RequestContext } from '../../../../platform/request-context.ts';
import { activeModels } from './model-queries.ts';
import { householdDeciles, householdExists, householdScores } from './score-queries.ts';

export async function householdWelfare(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  householdId: string,
) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  if (!(await householdExists(db, villageCode, householdId))) throw new AppError('NOT_FOUND');
  const [scores, deciles, models] = await Promise.all([
    householdScores(db, villageCode, householdId),
    householdDeciles(db, villageCode, householdId),
    activeModels(db),
  ]);
  const criteria = models.find((model) => model.kind === 'criteria');
  return {
    scores: scores.map((row) => {
      const kind = row.kind as 'score' | 'criteria';
      const total = criteria?.definition.variables.length ?? 14;
      const threshold = criteria?.definition.threshold ?? BPS_POOR_THRESHOLD;
      const met = Number(row.score);
      const verdict =
        kind === 'criteria'
          ? {
              met,
              known: total - row.missing.length,
              poor: met >= threshold ? true : met + row.missing.length < threshold ? false : null,
            }
          : null;
      return {
        modelId: row.model_id,
        kind,
        score: Number(row.score),
        complete: row.complete,
        missing: row.missing,
        reasons: row.reasons,
        computedAt: row.computed_at.toISOString(),
        verdict,
      };
    }),
    deciles: deciles.map((row) => ({
      runId: row.run_id,
      modelId: row.model_id,
      finishedAt: row.finished_at!.toISOString(),
      decile: row.decile,
      score: Number(row.score),
    })),
  };
}
