// The scoring models for the regency: read by every reader; weights set by Dinas Sosial (decide_assistance),
// each change a new version made active in one transaction with its audit entry.
import {
  modelVersion,
  welfareVariable,
  weightProblems,
  withWeights,
  type WelfareModelKind,
} from '@smart-kampung/domain';
import { assertRegionAccess } from '../../../../access/assert-access.ts';
import type { Db } from '../../../../db/database.ts';
import { fieldError } from '../../../../http/field-errors.ts';
import { AppError } from '../../../../http/problem.ts';
import type { RequestContext } from '../../../../platform/request-context.ts';
import { appendAudit } from '../../../audit/service.ts';
import { busyRun } from '../../ranking/queries.ts';
import {
  activeModels,
  allModels,
  highestVersion,
  lockActiveModel,
  replaceActiveModel,
  type StoredModel,
} from './model-queries.ts';
import type { WeightsBody } from './schemas.ts';

export function modelView(model: StoredModel) {
  return {
    id: model.id,
    kind: model.kind,
    name: model.name,
    version: modelVersion(model.id).version,
    active: model.active,
    createdAt: model.createdAt.toISOString(),
    threshold: model.definition.threshold ?? null,
    variables: model.definition.variables.map((entry) => {
      const variable = welfareVariable(entry.variable)!;
      return {
        variable: entry.variable,
        group: variable.group,
        label: variable.label,
        reads: variable.reads,
        unrecorded: variable.unrecorded === true,
        points: entry.points,
        weight: entry.weight,
      };
    }),
  };
}

export async function readModels(db: Db) {
  const [active, versions] = await Promise.all([activeModels(db), allModels(db)]);
  return { active: active.map(modelView), versions: versions.map(modelView) };
}

export async function setWeights(
  db: Db,
  ctx: RequestContext,
  regencyCode: string,
  kind: WelfareModelKind,
  body: WeightsBody,
) {
  assertRegionAccess(ctx.actor, regencyCode, 'decide_assistance');
  return db.transaction().execute(async (trx) => {
    const current = await lockActiveModel(trx, kind);
    if (!current) throw new AppError('WELFARE_MODEL_MISSING');
    // A run ranks the scores of the model it started with: its weights stay until it ends.
    if (await busyRun(trx)) throw new AppError('RANKING_RUN_BUSY');
    const problems = weightProblems(current, body.weights);
    if (problems.length > 0)
      throw new AppError('VALIDATION_FAILED', {
        errors: problems.map((p) =>
          fieldError(
            `weights.${p.variable}`,
            'body',
            p.problem === 'unknown_variable' ? 'WELFARE_VARIABLE_UNKNOWN' : 'WELFARE_WEIGHT',
          ),
        ),
      });
    const { name } = modelVersion(current.id);
    const next = withWeights(current, body.weights);
    const id = `${name}@${(await highestVersion(trx, name)) + 1}`;
    await replaceActiveModel(trx, current.id, { ...next, id }, ctx.actor.id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'assistance.welfare_model.weights',
      entityType: 'welfare_model',
      entityId: id,
      regionCode: regencyCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { previous: current.id, weights: body.weights },
    });
    const saved = (await activeModels(trx)).find((model) => model.id === id)!;
    return modelView(saved);
  });
}
