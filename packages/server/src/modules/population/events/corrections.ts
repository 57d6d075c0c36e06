// Fixing the record itself: corrections with a reason, voiding a mistaken record (kept, never deleted) and
// clearing verification flags once checked.
import { isTemporaryNik } from '@smart-kampung/domain';
import type { z } from 'zod';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { checkNik, requireNoErrors } from '../registry/nik-check.ts';
import { reassignNik } from '../registry/queries.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { statusCode } from '../records/status.ts';
import { requireBirthDate, requireEventDate, requireOneHead, requireUnclaimed } from './guards.ts';
import { personColumns } from './person-row.ts';
import * as q from './queries.ts';
import type { correctionBody } from './schemas.ts';
import { runLifeEvent } from './workflow.ts';

export function correctResident(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  body: z.infer<typeof correctionBody>,
) {
  return runLifeEvent(db, ctx, villageCode, 'correction', async (trx, log) => {
    const before = await q.lockResident(trx, villageCode, id);
    if (!before) throw new AppError('NOT_FOUND');
    const changes = {
      ...personColumns(body.changes),
      ...(body.changes.relationship ? { relationship: body.changes.relationship } : {}),
    };
    const next = { ...before, ...changes };
    if (body.changes.birthDate !== undefined) {
      requireBirthDate(body.changes.birthDate, 'changes.birthDate');
      // A death or move already recorded cannot come before the corrected birth.
      if (before.status_date) requireEventDate(before.status_date, [next], 'changes.birthDate');
    }
    // A NIK typed into the correction may not be a temporary number; one the record already has stays flagged.
    const typed = next.nik !== before.nik ? 'refuse' : 'flag';
    const flags = requireNoErrors(await checkNik(trx, next.nik, next.birth_date, next.sex, typed));
    if (next.nik !== before.nik) {
      await requireUnclaimed(trx, [next.nik]);
      await reassignNik(trx, before.nik, next.nik);
    }
    if (changes.relationship !== undefined && before.family_id) {
      const members = await q.presentMembers(trx, villageCode, before.family_id);
      requireOneHead(
        members.map((m) => (m.id === id ? { ...m, relationship: changes.relationship ?? null } : m)),
      );
    }
    await log.change(
      before,
      { ...changes, verification_flags: flags },
      { details: { reason: body.reason, fields: Object.keys(changes) } },
    );
    return { result: { residentId: id }, entityId: id, auditDetails: { fields: Object.keys(changes) } };
  });
}

export function voidResident(db: Db, ctx: RequestContext, villageCode: string, id: string, reason: string) {
  return runLifeEvent(db, ctx, villageCode, 'void', async (trx, log) => {
    const before = await q.lockResident(trx, villageCode, id);
    if (!before) throw new AppError('NOT_FOUND');
    await log.change(
      before,
      { status_code: statusCode.voided, voided_reason: reason },
      { details: { reason } },
    );
    return { result: { residentId: id }, entityId: id };
  });
}

export function clearFlags(db: Db, ctx: RequestContext, villageCode: string, id: string, reason: string) {
  return runLifeEvent(db, ctx, villageCode, 'flags_cleared', async (trx, log) => {
    const before = await q.lockResident(trx, villageCode, id);
    if (!before) throw new AppError('NOT_FOUND');
    // "Awaiting NIK" is no doubt someone can check away: only the NIK itself clears it (nik_assigned).
    const kept = before.verification_flags.filter(
      (flag) => flag === 'NIK_TEMPORARY' && isTemporaryNik(before.nik),
    );
    const cleared = before.verification_flags.filter((flag) => !kept.includes(flag));
    await log.change(before, { verification_flags: kept }, { details: { reason, cleared } });
    return { result: { residentId: id }, entityId: id, auditDetails: { cleared } };
  });
}
