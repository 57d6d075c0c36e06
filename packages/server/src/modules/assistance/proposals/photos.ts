// Photos of an item: the house, from the citizen who proposes (while the village still holds the item), and
// the verification visit's, from Dinas Sosial. JPEG or PNG by their first bytes (letters/requests/photo.ts,
// shared), resized on the phone, kept in the database with the item; read by whoever reads the village, each
// view audited.
import { randomUUID } from 'node:crypto';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { photoType } from '../../letters/requests/photo.ts';
import * as q from './queries.ts';
import * as rq from './record-queries.ts';
import { citizenOf } from './submit.ts';

/** A few photos of the house, a few more from the visit. */
const MAX_PHOTOS = { house: 4, visit: 8 } as const;
/** The statuses in which each kind of photo may be added: the house's before the deliberation, the visit's
 * while Dinas Sosial holds the item. */
const OPEN_FOR = { house: ['submitted', 'checked'], visit: ['at_agency', 'visited'] } as const;

async function addPhoto(
  db: Db,
  ctx: RequestContext,
  village: string,
  id: string,
  kind: 'house' | 'visit',
  content: Buffer,
) {
  const contentType = photoType(content);
  if (!contentType) throw invalidField('file', 'body', 'ATTACHMENT_NOT_IMAGE');
  await db.transaction().execute(async (trx) => {
    const item = await q.lockProposal(trx, village, id);
    if (!item) throw new AppError('NOT_FOUND');
    if (
      !(OPEN_FOR[kind] as readonly string[]).includes(item.status) ||
      (kind === 'house' && item.kind !== 'usul')
    )
      throw new AppError('PROPOSAL_STEP', { itemStatus: item.status, step: `photo_${kind}` });
    const existing = (await rq.listPhotos(trx, village, id)).filter((p) => p.kind === kind);
    if (existing.length >= MAX_PHOTOS[kind]) throw new AppError('PROPOSAL_PHOTOS_FULL');
    const photoId = randomUUID();
    await rq.insertPhoto(trx, {
      village_code: village,
      id: photoId,
      proposal_id: id,
      kind,
      content_type: contentType,
      content,
      uploaded_by: ctx.actor.id,
    });
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'assistance.proposal.photo',
      entityType: 'assistance_proposal',
      entityId: id,
      regionCode: village,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { photoId, kind, bytes: content.length },
    });
  });
}

/** The citizen's photo of the house proposed, on their own usul. */
export async function addOwnHousePhoto(db: Db, ctx: RequestContext, id: string, content: Buffer) {
  const citizen = await citizenOf(db, ctx);
  if (!(await q.isOwnProposal(db, citizen.village_code, id, ctx.actor.id))) throw new AppError('NOT_FOUND');
  await addPhoto(db, ctx, citizen.village_code, id, 'house', content);
  return citizen.village_code;
}

/** Dinas Sosial's photo of the visit. */
export async function addVisitPhoto(
  db: Db,
  ctx: RequestContext,
  village: string,
  id: string,
  content: Buffer,
) {
  assertRegionAccess(ctx.actor, village, 'read');
  assertRegionAccess(ctx.actor, village, 'decide_assistance');
  await addPhoto(db, ctx, village, id, 'visit', content);
}

export async function readPhoto(db: Db, ctx: RequestContext, village: string, id: string, photoId: string) {
  assertRegionAccess(ctx.actor, village, 'read');
  const photo = await rq.findPhoto(db, village, id, photoId);
  if (!photo) throw new AppError('NOT_FOUND');
  await appendAudit(db, {
    actor: ctx.actor,
    action: 'assistance.proposal.photo_view',
    entityType: 'assistance_proposal',
    entityId: id,
    regionCode: village,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    details: { photoId },
  });
  return photo;
}
