// Enrolling a unit in a program: the one function every path that enrols calls (the enrol route, the
// program-file importers, the targeting lists' "enrol"), inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { EnrolmentSource } from '@smart-kampung/domain';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { fieldError } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import { appendAudit } from '../../audit/service.ts';
import { today } from '../../population/registry/nik-check.ts';
import { canSeeProgram } from '../programs/access.ts';
import { listExclusivePrograms, lockProgramShared } from '../programs/queries.ts';
import * as q from './queries.ts';
import { requireQuota } from './quota.ts';

export interface EnrolUnitInput {
  villageCode: string;
  programId: string;
  unitType: 'resident' | 'family' | 'household' | 'group';
  unitId: string;
  status: 'proposed' | 'verified' | 'active';
  source: EnrolmentSource;
  cardNumber?: string | null;
  startDate?: string | null;
  sourceReference?: string | null;
  reason?: string | null;
}

export interface EnrolContext {
  actor: Actor | null;
  ip?: string | null;
  userAgent?: string | null;
}

const bodyError = (field: string, key: Parameters<typeof fieldError>[2]) => fieldError(field, 'body', key);

/**
 * Enrols one unit, checked against the program (seen by the actor, active, of this unit) and the registry
 * (a current unit of the village), with no other open enrolment of the unit in the program or in a program it
 * excludes, and within the quota when it starts receiving. Writes the enrolment, its first history row and an
 * audit entry. Access to enrol at all is the caller's to decide (service.ts `enrol`, or an importer's own
 * rule): this function checks the facts. A refusal throws the catalogued problem; the caller's transaction
 * then rolls back. Returns the new enrolment's id.
 */
export async function enrolUnit(trx: Db, ctx: EnrolContext, input: EnrolUnitInput): Promise<string> {
  const program = await lockProgramShared(trx, input.programId);
  if (!program || (ctx.actor && !canSeeProgram(ctx.actor, program)))
    throw new AppError('VALIDATION_FAILED', {
      errors: [bodyError('programId', 'ENROLMENT_PROGRAM_UNKNOWN')],
    });
  if (program.level === 'village' && program.owner_area_code !== input.villageCode)
    throw new AppError('VALIDATION_FAILED', {
      errors: [bodyError('programId', 'ENROLMENT_OTHER_VILLAGE_PROGRAM')],
    });
  if (!program.active) throw new AppError('PROGRAM_INACTIVE');
  if (program.target_unit !== input.unitType)
    throw new AppError('VALIDATION_FAILED', {
      errors: [bodyError('unitType', 'ENROLMENT_UNIT_MISMATCH')],
      expectedUnitType: program.target_unit,
    });
  if (!(await q.unitExists(trx, input.villageCode, input.unitType, input.unitId)))
    throw new AppError('VALIDATION_FAILED', { errors: [bodyError('unitId', 'ENROLMENT_UNIT_UNKNOWN')] });
  const [open] = await q.openEnrolmentsOfUnit(
    trx,
    input.villageCode,
    [program.id],
    input.unitType,
    input.unitId,
  );
  if (open) throw new AppError('ENROLMENT_ALREADY_OPEN', { enrolmentId: open.id });
  const exclusive = await listExclusivePrograms(trx, program.id);
  const conflicting = await q.openEnrolmentsOfUnit(
    trx,
    input.villageCode,
    exclusive.map((p) => p.id),
    input.unitType,
    input.unitId,
  );
  if (conflicting.length > 0)
    throw new AppError('ENROLMENT_EXCLUSIVE', {
      programs: conflicting.map((c) => ({ code: c.code, name: c.name })),
    });
  if (input.status === 'active') await requireQuota(trx, program.id, input.villageCode);

  const id = randomUUID();
  const actorId = ctx.actor?.id ?? null;
  await q.insertEnrolment(trx, {
    village_code: input.villageCode,
    id,
    program_id: program.id,
    unit_type: input.unitType,
    unitId: input.unitId,
    status: input.status,
    card_number: input.cardNumber ?? null,
    start_date: input.startDate ?? (input.status === 'active' ? today() : null),
    source: input.source,
    source_reference: input.sourceReference ?? null,
    status_reason: input.reason ?? null,
    actorId,
  });
  await q.insertChange(trx, {
    village_code: input.villageCode,
    enrolment_id: id,
    changed_by: actorId,
    from_status: null,
    to_status: input.status,
    exit_reason: null,
    reason: input.reason ?? null,
    source: input.source,
  });
  await appendAudit(trx, {
    actor: ctx.actor,
    action: 'assistance.enrolment.create',
    entityType: 'assistance_enrolment',
    entityId: id,
    regionCode: input.villageCode,
    ip: ctx.ip ?? null,
    userAgent: ctx.userAgent ?? null,
    details: { program: program.code, unitType: input.unitType, status: input.status, source: input.source },
  });
  return id;
}
