// Enrolments: who may enrol, change and read (programs/access.ts), each change with its history row and an
// audit entry in one transaction, the enrolment's row locked.
import { canChangeEnrolment, nextEnrolmentStatuses, type EnrolmentStatus } from '@smart-kampung/domain';
import type { Actor } from '../../../access/roles.ts';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { today } from '../../population/registry/nik-check.ts';
import { canPropose, canSeeProgram, directEnrolmentSource } from '../programs/access.ts';
import { findProgram } from '../programs/queries.ts';
import { uniqueAs } from '../unique-violation.ts';
import { enrolUnit } from './enrol.ts';
import { toHistory, toSummary } from './mappers.ts';
import * as q from './queries.ts';
import { requireQuota } from './quota.ts';
import type { DetailsChangeInput, EnrolInput, Enrolment, StatusChangeInput } from './schemas.ts';

type ProgramOwner = { level: string; owner_area_code: string };

/** Enrol (any status) or propose: the village's own program by its staff, a regency-run one by Dinas Sosial
 * (or proposed by the village's staff). */
export async function enrol(db: Db, ctx: RequestContext, village: string, input: EnrolInput) {
  assertRegionAccess(ctx.actor, village, 'read');
  const id = await uniqueAs('ENROLMENT_ALREADY_OPEN', () =>
    db.transaction().execute(async (trx) => {
      const program = await findProgram(trx, input.programId);
      const direct = program ? directEnrolmentSource(ctx.actor, program, village) : null;
      const proposing =
        program !== undefined && input.status === 'proposed' && canPropose(ctx.actor, program, village);
      if (program && canSeeProgram(ctx.actor, program) && !direct && !proposing)
        throw new AppError('FORBIDDEN');
      return enrolUnit(trx, ctx, {
        villageCode: village,
        programId: input.programId,
        unitType: input.unitType,
        unitId: input.unitId,
        status: input.status,
        source: direct ?? 'village_decision',
        cardNumber: input.cardNumber,
        startDate: input.startDate,
        sourceReference: input.sourceReference,
        reason: input.reason,
      });
    }),
  );
  return readEnrolment(db, ctx, village, id);
}

/**
 * The statuses `actor` may move an enrolment to: a decider (the village's staff for its own program, Dinas
 * Sosial for a regency-run one) every allowed transition; the village's staff withdraw their proposal for a
 * regency-run program (proposed → exited) and nothing else.
 */
function statusesFor(actor: Actor, program: ProgramOwner, village: string, from: EnrolmentStatus) {
  if (directEnrolmentSource(actor, program, village)) return nextEnrolmentStatuses(from);
  if (canPropose(actor, program, village) && from === 'proposed') return ['exited'] as const;
  return [];
}

function canEditDetails(actor: Actor, program: ProgramOwner, village: string, status: string) {
  if (status === 'exited') return false;
  return (
    !!directEnrolmentSource(actor, program, village) ||
    (status === 'proposed' && canPropose(actor, program, village))
  );
}

export async function readEnrolment(
  db: Db,
  ctx: RequestContext,
  village: string,
  id: string,
): Promise<Enrolment> {
  assertRegionAccess(ctx.actor, village, 'read');
  const row = await q.findEnrolment(db, village, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [changes, masks] = await Promise.all([q.history(db, village, id), identifierMasks(db)]);
  const program = { level: row.program_level, owner_area_code: row.owner_area_code };
  return {
    ...toSummary(row, masks),
    sourceReference: row.source_reference,
    statusReason: row.status_reason,
    history: toHistory(changes),
    allowedStatuses: [...statusesFor(ctx.actor, program, village, row.status as EnrolmentStatus)],
    canEditDetails: canEditDetails(ctx.actor, program, village, row.status),
  };
}

/** Locks the enrolment and its program, after the read check (404 outside the area or in another village). */
async function lockedEnrolment(trx: Db, ctx: RequestContext, village: string, id: string) {
  assertRegionAccess(ctx.actor, village, 'read');
  const enrolment = await q.lockEnrolment(trx, village, id);
  if (!enrolment) {
    // Refuse by the route's grant first, as any write route does (a reader learns nothing either way).
    assertRegionAccess(ctx.actor, village, 'write');
    throw new AppError('NOT_FOUND');
  }
  const program = (await findProgram(trx, enrolment.program_id))!;
  return { enrolment, program };
}

function auditChange(
  trx: Db,
  ctx: RequestContext,
  village: string,
  id: string,
  details: Record<string, unknown>,
) {
  return appendAudit(trx, {
    actor: ctx.actor,
    action: 'assistance.enrolment.change',
    entityType: 'assistance_enrolment',
    entityId: id,
    regionCode: village,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    details,
  });
}

export async function changeStatus(
  db: Db,
  ctx: RequestContext,
  village: string,
  id: string,
  input: StatusChangeInput,
) {
  await db.transaction().execute(async (trx) => {
    const { enrolment, program } = await lockedEnrolment(trx, ctx, village, id);
    const from = enrolment.status as EnrolmentStatus;
    if (!canChangeEnrolment(from, input.to))
      throw new AppError('ENROLMENT_TRANSITION', { from, to: input.to });
    const allowed: readonly EnrolmentStatus[] = statusesFor(ctx.actor, program, village, from);
    if (!allowed.includes(input.to)) throw new AppError('FORBIDDEN');
    if (input.to === 'active' && from !== 'suspended') await requireQuota(trx, program.id, village);
    const date = input.date ?? today();
    if (input.to === 'exited' && enrolment.start_date && date < enrolment.start_date)
      throw invalidField('date', 'body', 'ENROLMENT_DATES_ORDER');
    const source = directEnrolmentSource(ctx.actor, program, village) ?? 'village_decision';
    await q.updateEnrolment(trx, village, id, {
      status: input.to,
      exit_reason: input.to === 'exited' ? input.exitReason! : null,
      status_reason: input.reason ?? null,
      ...(input.to === 'exited' ? { end_date: date } : {}),
      ...(input.to === 'active' && !enrolment.start_date ? { start_date: date } : {}),
      actorId: ctx.actor.id,
    });
    await q.insertChange(trx, {
      village_code: village,
      enrolment_id: id,
      changed_by: ctx.actor.id,
      from_status: from,
      to_status: input.to,
      exit_reason: input.to === 'exited' ? input.exitReason! : null,
      reason: input.reason ?? null,
      source,
    });
    await auditChange(trx, ctx, village, id, { from, to: input.to, exitReason: input.exitReason ?? null });
  });
  return readEnrolment(db, ctx, village, id);
}

/** The card number and dates; a history row keeps the status and says what changed. */
export async function changeDetails(
  db: Db,
  ctx: RequestContext,
  village: string,
  id: string,
  input: DetailsChangeInput,
) {
  await db.transaction().execute(async (trx) => {
    const { enrolment, program } = await lockedEnrolment(trx, ctx, village, id);
    if (!canEditDetails(ctx.actor, program, village, enrolment.status)) throw new AppError('FORBIDDEN');
    const start = input.startDate === undefined ? enrolment.start_date : input.startDate;
    const end = input.endDate === undefined ? enrolment.end_date : input.endDate;
    if (start && end && end < start) throw invalidField('endDate', 'body', 'ENROLMENT_DATES_ORDER');
    await q.updateEnrolment(trx, village, id, {
      card_number: input.cardNumber === undefined ? undefined : input.cardNumber,
      start_date: input.startDate,
      end_date: input.endDate,
    });
    const fields = (['cardNumber', 'startDate', 'endDate'] as const).filter((f) => input[f] !== undefined);
    await q.insertChange(trx, {
      village_code: village,
      enrolment_id: id,
      changed_by: ctx.actor.id,
      from_status: enrolment.status,
      to_status: enrolment.status,
      exit_reason: enrolment.exit_reason,
      reason: input.reason ?? `details: ${fields.join(', ')}`,
      source: directEnrolmentSource(ctx.actor, program, village) ?? 'village_decision',
    });
    await auditChange(trx, ctx, village, id, { fields });
  });
  return readEnrolment(db, ctx, village, id);
}
