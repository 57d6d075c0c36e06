// Reading enrolments in bulk: a program's recipients in an area, and every enrolment that concerns one
// resident, family or household (the registry pages' "Bantuan sosial" panel). Identifiers are masked.
import type { z } from 'zod';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { listArea } from '../../../platform/area/in-area.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { canSeeProgram } from '../programs/access.ts';
import { findProgram } from '../programs/queries.ts';
import { toSummary } from './mappers.ts';
import * as q from './queries.ts';
import type { recipientsQuery, unitParams } from './schemas.ts';

export async function programRecipients(
  db: Db,
  ctx: RequestContext,
  programId: string,
  query: z.infer<typeof recipientsQuery>,
) {
  const area = listArea(ctx.actor, query.region);
  const program = await findProgram(db, programId);
  if (!program || !canSeeProgram(ctx.actor, program)) throw new AppError('NOT_FOUND');
  const [page, masks] = await Promise.all([
    q.recipients(db, { programId, area, status: query.status, limit: query.limit, offset: query.offset }),
    identifierMasks(db),
  ]);
  return {
    items: page.items.map((row) => toSummary(row, masks)),
    total: page.total,
    limit: query.limit,
    offset: query.offset,
  };
}

export async function unitEnrolments(db: Db, ctx: RequestContext, params: z.infer<typeof unitParams>) {
  assertRegionAccess(ctx.actor, params.code, 'read');
  if (!(await q.unitOfVillage(db, params.code, params.unitType, params.unitId)))
    throw new AppError('NOT_FOUND');
  const [rows, masks] = await Promise.all([
    q.enrolmentsConcerning(db, params.code, params.unitType, params.unitId),
    identifierMasks(db),
  ]);
  return rows.map((row) => toSummary(row, masks));
}
