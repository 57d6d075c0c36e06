// The steps of a letter request, each in one transaction under the request's row lock (two desks cannot move
// one request twice: the second waits, then finds the status moved and is refused with 409), each with its
// audit entry. Signing is the official's own act: the signer re-enters their password (checked before the
// transaction, counted by the sign-in back-off), their account must be linked to the official the signing
// matrix names for the letter, and the letter is issued inside the same transaction as the status change.
import { nextStatus, type RequestStatus, type RequestStep } from '@smart-kampung/domain';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { confirmOwnPassword } from '../../auth/service.ts';
import { issueLetterIn } from '../issue/service.ts';
import * as q from './queries.ts';
import { inOffice } from './service.ts';

export type StepInput =
  | { step: 'check'; seen: string[] }
  | { step: 'verify' }
  | { step: 'sign'; password: string }
  | { step: 'collect' }
  | { step: 'reject'; reason: string };

type LockedRequest = NonNullable<Awaited<ReturnType<typeof q.lockRequest>>>;

/** What the step writes besides the status, after its own checks; throws when the step is refused. */
async function stepChanges(
  trx: Db,
  ctx: RequestContext,
  villageCode: string,
  request: LockedRequest,
  input: StepInput,
  keyDir: string,
) {
  switch (input.step) {
    case 'check': {
      const asked = new Set(request.requirements);
      if (input.seen.some((kind) => !asked.has(kind)))
        throw invalidField('seen', 'body', 'REQUIREMENT_UNKNOWN');
      if (request.requirements.some((kind) => !input.seen.includes(kind)))
        throw invalidField('seen', 'body', 'REQUIREMENTS_NOT_ALL_SEEN');
      return { requirements_seen: [...request.requirements] };
    }
    case 'verify': {
      const official = await q.officialOfAccount(trx, villageCode, ctx.actor.id);
      if (official?.position !== 'sekretaris_desa' || !inOffice(official))
        throw new AppError('LETTER_REQUEST_NOT_SECRETARY');
      return {};
    }
    case 'sign': {
      const official = await q.officialOfAccount(trx, villageCode, ctx.actor.id);
      if (!official) throw new AppError('LETTER_REQUEST_NOT_SIGNER');
      await issueLetterIn(
        trx,
        ctx,
        villageCode,
        {
          letterTypeCode: request.letter_type_code,
          residentId: request.subject_resident_id,
          fields: request.fields as Record<string, string>,
        },
        keyDir,
        { requestId: request.id, signerOfficialId: official.id },
      );
      return {};
    }
    case 'collect':
      return { collected_how: 'desk' };
    case 'reject':
      return { rejection_reason: input.reason };
  }
}

/** Moves a request one step at the village office (check, verify, sign, collect, reject). */
export async function takeStep(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  input: StepInput,
  keyDir: string,
) {
  assertRegionAccess(ctx.actor, villageCode, 'serve_citizens');
  if (input.step === 'sign') {
    // Unknown requests answer 404 before the password is looked at; the password before any lock is taken.
    if (!(await q.findRequest(db, villageCode, id))) throw new AppError('NOT_FOUND');
    await confirmOwnPassword(db, ctx.actor, input.password, { ip: ctx.ip, userAgent: ctx.userAgent });
  }
  await db.transaction().execute(async (trx) => {
    const request = await q.lockRequest(trx, villageCode, id);
    if (!request) throw new AppError('NOT_FOUND');
    const to = nextStatus(request.status as RequestStatus, input.step, request.needs_verification);
    if (!to) throw new AppError('LETTER_REQUEST_STEP', { requestStatus: request.status, step: input.step });
    const changes = await stepChanges(trx, ctx, villageCode, request, input, keyDir);
    await moveRequest(trx, ctx, villageCode, request, input.step, to, changes);
  });
}

/** Writes the new status and the step's audit entry. */
export async function moveRequest(
  trx: Db,
  ctx: RequestContext,
  villageCode: string,
  request: { id: string; status: string },
  step: RequestStep,
  to: RequestStatus,
  changes: Record<string, unknown> = {},
) {
  await q.updateRequest(trx, villageCode, request.id, {
    ...changes,
    status: to,
    status_changed_at: new Date(),
    status_changed_by: ctx.actor.id,
  });
  await appendAudit(trx, {
    actor: ctx.actor,
    action: `letters.request.${step}`,
    entityType: 'letter_request',
    entityId: request.id,
    regionCode: villageCode,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    details: {
      from: request.status,
      to,
      ...('rejection_reason' in changes ? { reason: changes.rejection_reason } : {}),
    },
  });
}
