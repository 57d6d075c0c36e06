// The steps of an usul/sanggah after it is made, each one transaction under the item's row lock: the state
// machine (domain flow.ts) says whether the step is the one awaited, the access function says whether the
// caller owns it (the village: check and deliberation; the district: forward; Dinas Sosial: visit and
// decision), and the step writes its own record, the item's new status and due time, a step row and an audit
// entry. Dinas Sosial's "enrol" creates the enrolment with the enrolment code itself (enrolUnit) and "exit"
// ends the disputed one, both in the same transaction, so a refused enrolment leaves the item where it was.
import { randomUUID } from 'node:crypto';
import {
  isOpenProposal,
  nextProposalStatus,
  stepAction,
  stepAwaited,
  type AgencyDecision,
  type CheckOutcome,
  type ExitReason,
  type ProgramLevel,
  type ProposalKind,
  type ProposalStatus,
  type ProposalStep,
  type StepAct,
  type VillageDecision,
} from '@smart-kampung/domain';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { today } from '../../population/registry/nik-check.ts';
import { enrolUnit } from '../enrolments/enrol.ts';
import * as eq from '../enrolments/queries.ts';
import { writeFamilyWelfare } from '../welfare/facts/service.ts';
import type { FamilyWelfareBody } from '../welfare/facts/schemas.ts';
import { dueAtFor } from './deadlines.ts';
import * as q from './queries.ts';
import * as rq from './record-queries.ts';

export type StepInput =
  | { step: 'check'; outcome: CheckOutcome; reason?: string | undefined }
  | { step: 'decide_village'; deliberationId: string; decision: VillageDecision; reason: string }
  | { step: 'forward'; note?: string | undefined }
  | {
      step: 'visit';
      visitedOn: string;
      findings: string;
      familyFacts?: FamilyWelfareBody['facts'] | undefined;
    }
  | {
      step: 'decide_agency';
      decision: AgencyDecision;
      reason: string;
      cardNumber?: string | undefined;
      exitReason?: ExitReason | undefined;
    };

const OUTCOME_FIELD: Record<ProposalStep, string> = {
  check: 'outcome',
  decide_village: 'decision',
  forward: 'step',
  visit: 'step',
  decide_agency: 'decision',
};

function actOf(input: StepInput): StepAct {
  switch (input.step) {
    case 'check':
      return { step: 'check', outcome: input.outcome };
    case 'decide_village':
      return { step: 'decide_village', decision: input.decision };
    case 'forward':
      return { step: 'forward' };
    case 'visit':
      return { step: 'visit' };
    case 'decide_agency':
      return { step: 'decide_agency', decision: input.decision };
  }
}

export async function takeStep(db: Db, ctx: RequestContext, village: string, id: string, input: StepInput) {
  assertRegionAccess(ctx.actor, village, 'read');
  await db.transaction().execute(async (trx) => {
    const item = await q.lockProposal(trx, village, id);
    // Refuse by the step's grant first, as any write does (a reader learns nothing either way).
    assertRegionAccess(ctx.actor, village, stepAction(input.step));
    if (!item) throw new AppError('NOT_FOUND');
    const status = item.status as ProposalStatus;
    const to = nextProposalStatus(
      { kind: item.kind as ProposalKind, status, programLevel: item.program_level as ProgramLevel },
      actOf(input),
    );
    if (!to) {
      if (isOpenProposal(status) && stepAwaited(status) === input.step)
        throw invalidField(
          OUTCOME_FIELD[input.step],
          'body',
          input.step === 'check' ? 'PROPOSAL_OUTCOME_UNFIT' : 'PROPOSAL_DECISION_UNFIT',
        );
      throw new AppError('PROPOSAL_STEP', { itemStatus: status, step: input.step });
    }
    const record = await recordStep(trx, ctx, village, item, input);
    await q.updateProposal(trx, village, id, {
      status: to,
      due_at: await dueAtFor(trx, to, new Date()),
      ...record.columns,
    });
    await q.insertStep(trx, {
      village_code: village,
      proposal_id: id,
      step: input.step,
      outcome: record.outcome,
      from_status: status,
      to_status: to,
      reason: record.reason,
      acted_by: ctx.actor.id,
      was_due_at: item.due_at,
    });
    await appendAudit(trx, {
      actor: ctx.actor,
      action: `assistance.proposal.${input.step}`,
      entityType: 'assistance_proposal',
      entityId: id,
      regionCode: village,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { kind: item.kind, from: status, to, outcome: record.outcome, ...record.details },
    });
  });
}

interface StepRecord {
  outcome: string | null;
  reason: string | null;
  columns: Partial<Parameters<typeof q.updateProposal>[3]>;
  details?: Record<string, unknown>;
}

async function recordStep(
  trx: Db,
  ctx: RequestContext,
  village: string,
  item: q.LockedProposal,
  input: StepInput,
): Promise<StepRecord> {
  switch (input.step) {
    case 'check':
      return {
        outcome: input.outcome,
        reason: input.reason ?? null,
        columns: { check_outcome: input.outcome },
      };
    case 'decide_village': {
      const meeting = await rq.findDeliberation(trx, village, input.deliberationId);
      if (!meeting) throw invalidField('deliberationId', 'body', 'DELIBERATION_UNKNOWN');
      if (!meeting.minutes_sha256) throw new AppError('DELIBERATION_MINUTES_MISSING');
      return {
        outcome: input.decision,
        reason: input.reason,
        columns: {
          deliberation_id: meeting.id,
          village_decision: input.decision,
          village_reason: input.reason,
        },
        details: { deliberationId: meeting.id },
      };
    }
    case 'forward':
      return { outcome: 'forwarded', reason: input.note ?? null, columns: {} };
    case 'visit':
      return recordVisit(trx, ctx, village, item, input);
    case 'decide_agency':
      return recordDecision(trx, ctx, village, item, input);
  }
}

/** The family a visit's facts describe: the one proposed, or the disputed unit's. */
async function familyOfItem(trx: Db, village: string, item: q.LockedProposal) {
  if (item.family_id) return item.family_id;
  return (await q.findProposal(trx, village, item.id))?.subject_family_id ?? null;
}

async function recordVisit(
  trx: Db,
  ctx: RequestContext,
  village: string,
  item: q.LockedProposal,
  input: Extract<StepInput, { step: 'visit' }>,
): Promise<StepRecord> {
  if (input.visitedOn > today()) throw invalidField('visitedOn', 'body', 'VISIT_DATE_FUTURE');
  let factsUpdated = false;
  if (input.familyFacts) {
    const familyId = await familyOfItem(trx, village, item);
    if (!familyId) throw invalidField('familyFacts', 'body', 'ENROLMENT_UNIT_UNKNOWN');
    // A visit updates the answers it checked and keeps the others (the family's earlier answers).
    await writeFamilyWelfare(
      trx,
      ctx,
      village,
      familyId,
      { source: 'visit', facts: input.familyFacts },
      'merge',
    );
    factsUpdated = true;
  }
  const visitId = randomUUID();
  await rq.insertVisit(trx, {
    village_code: village,
    id: visitId,
    proposal_id: item.id,
    visited_on: input.visitedOn,
    findings: input.findings,
    facts_updated: factsUpdated,
    visited_by: ctx.actor.id,
  });
  return {
    outcome: 'visited',
    reason: input.findings,
    columns: {},
    details: { visitId, factsUpdated },
  };
}

/** The unit an accepted usul enrols, by the program's target: the family, its household, or its head. */
async function unitOfUsul(trx: Db, village: string, item: q.LockedProposal) {
  const familyId = item.family_id;
  const family = familyId ? await q.familyOfVillage(trx, village, familyId) : undefined;
  if (!familyId || !family?.active) throw invalidField('decision', 'body', 'ENROLMENT_UNIT_UNKNOWN');
  switch (item.target_unit) {
    case 'household':
      if (!family.household_id) throw new AppError('PROPOSAL_NO_HOUSEHOLD');
      return { unitType: 'household' as const, unitId: family.household_id };
    case 'resident': {
      const head = await q.familyHead(trx, village, familyId);
      if (!head) throw invalidField('decision', 'body', 'ENROLMENT_UNIT_UNKNOWN');
      return { unitType: 'resident' as const, unitId: head.id };
    }
    default:
      return { unitType: 'family' as const, unitId: familyId };
  }
}

async function recordDecision(
  trx: Db,
  ctx: RequestContext,
  village: string,
  item: q.LockedProposal,
  input: Extract<StepInput, { step: 'decide_agency' }>,
): Promise<StepRecord> {
  const base = {
    outcome: input.decision,
    reason: input.reason,
    columns: { agency_decision: input.decision, agency_reason: input.reason },
  };
  if (input.decision === 'enrol') {
    const unit = await unitOfUsul(trx, village, item);
    const enrolmentId = await enrolUnit(trx, ctx, {
      villageCode: village,
      programId: item.program_id,
      ...unit,
      status: 'active',
      source: 'agency_decision',
      cardNumber: input.cardNumber ?? null,
      sourceReference: `usul ${item.id}`,
      reason: input.reason,
    });
    return {
      ...base,
      columns: { ...base.columns, result_enrolment_id: enrolmentId },
      details: { enrolmentId },
    };
  }
  if (input.decision === 'exit') {
    const enrolment = await eq.lockEnrolment(trx, village, item.enrolment_id!);
    if (!enrolment || enrolment.status === 'exited')
      throw new AppError('PROPOSAL_STEP', { itemStatus: item.status, step: 'decide_agency' });
    const exitReason = input.exitReason ?? 'ineligible';
    const endDate = today();
    await eq.updateEnrolment(trx, village, enrolment.id, {
      status: 'exited',
      exit_reason: exitReason,
      status_reason: input.reason,
      end_date: enrolment.start_date && enrolment.start_date > endDate ? enrolment.start_date : endDate,
      actorId: ctx.actor.id,
    });
    await eq.insertChange(trx, {
      village_code: village,
      enrolment_id: enrolment.id,
      changed_by: ctx.actor.id,
      from_status: enrolment.status,
      to_status: 'exited',
      exit_reason: exitReason,
      reason: input.reason,
      source: 'agency_decision',
    });
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'assistance.enrolment.change',
      entityType: 'assistance_enrolment',
      entityId: enrolment.id,
      regionCode: village,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { from: enrolment.status, to: 'exited', exitReason, sanggah: item.id },
    });
    return { ...base, details: { enrolmentId: enrolment.id, exitReason } };
  }
  return base;
}
