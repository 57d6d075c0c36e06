// The regency's clock for usul and sanggah: working days per step (its own, else the domain's defaults), and
// the due time of the step an item now waits for.
import {
  DEFAULT_STEP_WORKING_DAYS,
  PROPOSAL_STEPS,
  isOpenProposal,
  stepAwaited,
  stepDueAt,
  type ProposalStatus,
  type ProposalStep,
} from '@smart-kampung/domain';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import * as rq from './record-queries.ts';

export async function stepWorkingDays(db: Db): Promise<Record<ProposalStep, number>> {
  const days = { ...DEFAULT_STEP_WORKING_DAYS };
  for (const row of await rq.stepDeadlines(db)) days[row.step as ProposalStep] = row.working_days;
  return days;
}

/** When an item entering `status` at `now` is due, or null for a final status. */
export async function dueAtFor(db: Db, status: ProposalStatus, now: Date): Promise<Date | null> {
  if (!isOpenProposal(status)) return null;
  const days = await stepWorkingDays(db);
  return stepDueAt(now, days[stepAwaited(status)]);
}

export async function readDeadlines(db: Db) {
  const days = await stepWorkingDays(db);
  return { items: PROPOSAL_STEPS.map((step) => ({ step, workingDays: days[step] })) };
}

/** The regency sets the days (its admin, whose area is the regency); items already waiting keep their due time. */
export async function saveDeadlines(
  db: Db,
  ctx: RequestContext,
  regencyCode: string,
  items: readonly { step: ProposalStep; workingDays: number }[],
) {
  assertRegionAccess(ctx.actor, regencyCode, 'administer');
  await db.transaction().execute(async (trx) => {
    const before = await stepWorkingDays(trx);
    for (const item of items) await rq.upsertDeadline(trx, item.step, item.workingDays, ctx.actor.id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'assistance.proposal.deadlines',
      entityType: 'assistance_proposal_deadline',
      regionCode: regencyCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { before, after: await stepWorkingDays(trx) },
    });
  });
  return readDeadlines(db);
}
