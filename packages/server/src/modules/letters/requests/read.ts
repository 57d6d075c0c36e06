// The village's requests as the office reads them: the queue (open first, overdue at the top), one request with
// the steps the reader may take, the overdue list for the village head, and a requirement photo (an audited
// read: it shows an identity card).
import type { Db } from '../../../db/database.ts';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import { AppError } from '../../../http/problem.ts';
import type { IdentifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import * as q from './queries.ts';
import { toRequestDto } from './schemas.ts';
import { stepsFor } from './service.ts';

export async function readRequestQueue(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  filter: q.RequestListFilter,
  masks: IdentifierMasks,
) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  const now = new Date();
  const page = await q.listRequests(db, villageCode, filter, now);
  return {
    items: page.items.map((row) => toRequestDto(row, masks, now)),
    total: page.total,
    limit: filter.limit,
    offset: filter.offset,
  };
}

export async function readRequest(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  masks: IdentifierMasks,
) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  const row = await q.findRequest(db, villageCode, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [attachments, actions] = await Promise.all([
    q.listAttachments(db, villageCode, id),
    stepsFor(db, ctx.actor, villageCode, row).then((steps) =>
      // Only the village's own desk acts on requests (the district and regency read them).
      ['village_head', 'village_operator'].includes(ctx.actor.role) ? steps : [],
    ),
  ]);
  return toRequestDto(row, masks, new Date(), { attachments, actions });
}

export async function readAttachment(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  requestId: string,
  id: string,
) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  return db.transaction().execute(async (trx) => {
    const found = await q.findAttachment(trx, villageCode, requestId, id);
    if (!found) throw new AppError('NOT_FOUND');
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.request.attachment_read',
      entityType: 'letter_request',
      entityId: requestId,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { attachmentId: id, requirement: found.requirement },
    });
    return found;
  });
}
