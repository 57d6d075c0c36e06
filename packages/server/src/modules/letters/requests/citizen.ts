// What a citizen does with their own requests: follow them, photograph the requirements, cancel while open,
// download the signed letter. A citizen reaches only the requests their own account made (anything else is 404,
// as if it did not exist); every download is an audit entry, and the first one marks the letter collected.
import { randomUUID } from 'node:crypto';
import { isRequirementKind, nextStatus, type RequestStatus } from '@smart-kampung/domain';
import type { Db } from '../../../db/database.ts';
import { invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import { renderPdf } from '../../../platform/pdf/render-pdf.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { letterDocument } from '../issue/document.ts';
import { printableLetter } from '../issue/letter-service.ts';
import { findLetter } from '../issue/queries.ts';
import { photoType } from './photo.ts';
import * as q from './queries.ts';
import { villageOfCitizen } from './service.ts';
import { moveRequest } from './steps.ts';

/** Photos a request may hold: a few per requirement (a retake does not replace the earlier photo). */
export const MAX_ATTACHMENTS = 12;

/** The citizen's own request (made by their account), or 404. */
export async function ownRequest(db: Db, ctx: RequestContext, id: string) {
  const villageCode = await villageOfCitizen(db, ctx.actor);
  const row = await q.findRequest(db, villageCode, id);
  if (!row || row.requested_by !== ctx.actor.id) throw new AppError('NOT_FOUND');
  return { villageCode, row };
}

export async function ownRequests(db: Db, ctx: RequestContext) {
  const villageCode = await villageOfCitizen(db, ctx.actor);
  return q.listOwnRequests(db, villageCode, ctx.actor.id);
}

export async function cancelOwnRequest(db: Db, ctx: RequestContext, id: string) {
  const { villageCode } = await ownRequest(db, ctx, id);
  await db.transaction().execute(async (trx) => {
    const request = await q.lockRequest(trx, villageCode, id);
    if (!request) throw new AppError('NOT_FOUND');
    const to = nextStatus(request.status as RequestStatus, 'cancel', request.needs_verification);
    if (!to) throw new AppError('LETTER_REQUEST_STEP', { requestStatus: request.status, step: 'cancel' });
    await moveRequest(trx, ctx, villageCode, request, 'cancel', to);
  });
  return villageCode;
}

/** A requirement photo from the citizen's phone: JPEG or PNG by its first bytes, while the request is open. */
export async function addOwnAttachment(
  db: Db,
  ctx: RequestContext,
  id: string,
  requirement: string,
  content: Buffer,
) {
  const { villageCode } = await ownRequest(db, ctx, id);
  const contentType = photoType(content);
  if (!contentType) throw invalidField('file', 'body', 'ATTACHMENT_NOT_IMAGE');
  await db.transaction().execute(async (trx) => {
    const request = await q.lockRequest(trx, villageCode, id);
    if (!request) throw new AppError('NOT_FOUND');
    if (!isRequirementKind(requirement) || !request.requirements.includes(requirement))
      throw invalidField('requirement', 'querystring', 'REQUIREMENT_UNKNOWN');
    if (!['requested', 'checked', 'verified'].includes(request.status))
      throw new AppError('LETTER_REQUEST_STEP', { requestStatus: request.status, step: 'attach' });
    const existing = await q.listAttachments(trx, villageCode, id);
    if (existing.length >= MAX_ATTACHMENTS) throw new AppError('LETTER_ATTACHMENTS_FULL');
    const attachmentId = randomUUID();
    await q.insertAttachment(trx, {
      villageCode,
      id: attachmentId,
      requestId: id,
      requirement,
      contentType,
      content,
      userId: ctx.actor.id,
    });
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.request.attach',
      entityType: 'letter_request',
      entityId: id,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { attachmentId, requirement, bytes: content.length },
    });
  });
  return villageCode;
}

/** The signed letter of the citizen's request as PDF; the first download marks the request collected. */
export async function downloadOwnLetter(db: Db, ctx: RequestContext, id: string, publicUrl: string) {
  const { villageCode } = await ownRequest(db, ctx, id);
  const letter = await db.transaction().execute(async (trx) => {
    const request = await q.lockRequest(trx, villageCode, id);
    if (!request) throw new AppError('NOT_FOUND');
    const row = await q.findRequest(trx, villageCode, id);
    if (!row?.letter_id)
      throw new AppError('LETTER_REQUEST_STEP', { requestStatus: request.status, step: 'download' });
    if (request.status === 'signed')
      await moveRequest(trx, ctx, villageCode, request, 'collect', 'collected', {
        collected_how: 'download',
      });
    const found = (await findLetter(trx, villageCode, row.letter_id))!;
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.letter.print',
      entityType: 'letter',
      entityId: found.id,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { number: found.number, requestId: id, by: 'citizen' },
    });
    return found;
  });
  const body = await renderPdf(letterDocument(printableLetter(letter, villageCode, publicUrl)));
  return { fileName: `surat-${letter.number.replace(/[^A-Za-z0-9.-]+/g, '-')}.pdf`, body };
}
