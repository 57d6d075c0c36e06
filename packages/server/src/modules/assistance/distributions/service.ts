// Distributions per cycle: read by whoever reads the village, recorded by its staff ('write') for the units
// of the village that were receiving, in one transaction with one audit entry. Recording the same values
// again changes nothing (the upsert skips equal rows), so a distributor's file imported twice is harmless.
import type { EnrolmentStatus } from '@smart-kampung/domain';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { fieldError, invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { canSeeProgram } from '../programs/access.ts';
import * as q from './queries.ts';
import type { DistributionInput } from './schemas.ts';

/** Statuses under which a unit can have received something: proposals and verifications have not yet. */
const RECEIVING: readonly EnrolmentStatus[] = ['active', 'suspended', 'exited'];

async function visibleCycle(db: Db, ctx: RequestContext, programId: string, cycle: string) {
  const found = await q.findCycle(db, programId, cycle);
  if (!found || !canSeeProgram(ctx.actor, found)) throw new AppError('NOT_FOUND');
  return found;
}

const dueOf = (cycle: NonNullable<Awaited<ReturnType<typeof q.findCycle>>>) =>
  cycle.amount ?? cycle.benefit_amount ?? null;

export async function readCycle(
  db: Db,
  ctx: RequestContext,
  village: string,
  programId: string,
  label: string,
) {
  assertRegionAccess(ctx.actor, village, 'read');
  const cycle = await visibleCycle(db, ctx, programId, label);
  const [rows, masks] = await Promise.all([q.cycleRows(db, village, programId, label), identifierMasks(db)]);
  const items = rows.map((row) => ({
    enrolmentId: row.enrolment_id,
    unitType: row.unit_type as 'resident',
    name: row.name,
    identifierMasked: row.civil_number === null ? null : masks.civil(row.civil_number),
    cardNumber: row.card_number,
    status: row.status as EnrolmentStatus,
    dusun: row.dusun,
    rw: row.rw,
    rt: row.rt,
    received: row.received,
    receivedOn: row.received_on,
    amount: row.amount === null ? null : Number(row.amount),
    channel: row.channel as 'bank' | null,
    note: row.note,
    recorded: row.recorded,
  }));
  return {
    programId,
    cycle: cycle.label,
    startsOn: cycle.starts_on,
    endsOn: cycle.ends_on,
    amountDue: dueOf(cycle) === null ? null : Number(dueOf(cycle)),
    rows: items,
    counts: {
      units: items.length,
      received: items.filter((i) => i.received === true).length,
      notReceived: items.filter((i) => i.received === false).length,
      unreported: items.filter((i) => i.received === null).length,
    },
  };
}

export interface DistributionEntry extends DistributionInput {
  enrolmentId: string;
}

/**
 * Records what units received in a cycle, in one transaction. Every enrolment must be the program's, in the
 * village, and one that was receiving; a cash program's received row without an amount gets the amount due.
 * `fieldOf(i)` names the field of entry i in a refusal (the bulk body's rows, or the one enrolment).
 */
export async function recordDistributions(
  db: Db,
  ctx: RequestContext,
  village: string,
  programId: string,
  label: string,
  entries: readonly DistributionEntry[],
  fieldOf: (i: number) => { field: string; part: 'body' | 'params' },
) {
  assertRegionAccess(ctx.actor, village, 'write');
  return db.transaction().execute(async (trx) => {
    const cycle = await visibleCycle(trx, ctx, programId, label);
    const ids = [...new Set(entries.map((e) => e.enrolmentId))];
    const found = new Map(
      (await q.lockEnrolmentsOfProgram(trx, village, programId, ids)).map((e) => [e.id, e]),
    );
    const errors = entries.flatMap((entry, i) => {
      const enrolment = found.get(entry.enrolmentId);
      const { field, part } = fieldOf(i);
      if (!enrolment) return [fieldError(field, part, 'DISTRIBUTION_ENROLMENT_UNKNOWN')];
      if (!RECEIVING.includes(enrolment.status as EnrolmentStatus))
        return [fieldError(field, part, 'DISTRIBUTION_NOT_RECEIVING')];
      return entries.findIndex((e) => e.enrolmentId === entry.enrolmentId) !== i
        ? [fieldError(field, part, 'DISTRIBUTION_TWICE')]
        : [];
    });
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
    const due = cycle.benefit_kind === 'cash' ? dueOf(cycle) : null;
    const rows = entries.map((entry) => ({
      enrolment_id: entry.enrolmentId,
      received: entry.received,
      received_on: entry.received ? (entry.receivedOn ?? null) : null,
      amount: entry.amount ?? (entry.received && due !== null ? Number(due) : null),
      channel: entry.channel ?? null,
      note: entry.note ?? null,
    }));
    const recorded = await q.upsertDistributions(trx, village, programId, label, rows, ctx.actor.id);
    if (recorded > 0)
      await appendAudit(trx, {
        actor: ctx.actor,
        action: 'assistance.distribution.record',
        entityType: 'assistance_cycle',
        entityId: programId,
        regionCode: village,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        details: { cycle: label, recorded, unchanged: entries.length - recorded },
      });
    return { recorded, unchanged: entries.length - recorded };
  });
}

/** One enrolment's row for a cycle (the program is the enrolment's own). */
export async function recordOne(
  db: Db,
  ctx: RequestContext,
  village: string,
  enrolmentId: string,
  label: string,
  input: DistributionInput,
) {
  assertRegionAccess(ctx.actor, village, 'read');
  const programId = await q.programOfEnrolment(db, village, enrolmentId);
  if (!programId) {
    assertRegionAccess(ctx.actor, village, 'write');
    throw new AppError('NOT_FOUND');
  }
  if (!(await q.findCycle(db, programId, label)))
    throw invalidField('cycle', 'params', 'DISTRIBUTION_CYCLE_UNKNOWN');
  return recordDistributions(db, ctx, village, programId, label, [{ ...input, enrolmentId }], () => ({
    field: 'id',
    part: 'params',
  }));
}
