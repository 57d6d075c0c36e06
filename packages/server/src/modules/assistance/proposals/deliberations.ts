// The village deliberation (musyawarah desa) that decides the checked items: a meeting record made by the
// village's staff, its minutes (berita acara) uploaded as a PDF that is checked by its bytes (a PDF header at
// the start, an end-of-file marker at the end) and kept with its SHA-256, and read back by whoever reads the
// village, each download audited.
import { createHash, randomUUID } from 'node:crypto';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import type { Actor } from '../../../access/roles.ts';
import { appendAudit } from '../../audit/service.ts';
import * as rq from './record-queries.ts';

/** Minutes are a few scanned pages; 10 MB holds a long berita acara with its attendance list. */
export const MAX_MINUTES_BYTES = 10 * 1024 * 1024;

/** A PDF by its bytes: `%PDF-` at the start and `%%EOF` in its last kilobytes (a cut upload has none). */
export function isPdf(content: Buffer): boolean {
  if (content.length < 16 || content.subarray(0, 5).toString('latin1') !== '%PDF-') return false;
  return content.subarray(Math.max(0, content.length - 2048)).includes('%%EOF', 0, 'latin1');
}

export interface DeliberationInput {
  heldOn: string;
  place: string;
  attendance: number;
  attendanceNote?: string | undefined;
}

export async function createDeliberation(
  db: Db,
  ctx: RequestContext,
  village: string,
  input: DeliberationInput,
) {
  assertRegionAccess(ctx.actor, village, 'write');
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await rq.insertDeliberation(trx, {
      village_code: village,
      id,
      held_on: input.heldOn,
      place: input.place,
      attendance: input.attendance,
      attendance_note: input.attendanceNote ?? null,
      created_by: ctx.actor.id,
    });
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'assistance.deliberation.create',
      entityType: 'assistance_deliberation',
      entityId: id,
      regionCode: village,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { heldOn: input.heldOn, attendance: input.attendance },
    });
  });
  return (await rq.findDeliberation(db, village, id))!;
}

export function deliberations(db: Db, actor: Actor, village: string) {
  assertRegionAccess(actor, village, 'read');
  return rq.listDeliberations(db, village);
}

/** Uploads or replaces the minutes; every version's SHA-256 stays in the audit trail. */
export async function uploadMinutes(db: Db, ctx: RequestContext, village: string, id: string, pdf: Buffer) {
  assertRegionAccess(ctx.actor, village, 'read');
  assertRegionAccess(ctx.actor, village, 'write');
  if (!(await rq.findDeliberation(db, village, id))) throw new AppError('NOT_FOUND');
  if (!isPdf(pdf)) throw invalidField('file', 'body', 'MINUTES_NOT_PDF');
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  await db.transaction().execute(async (trx) => {
    await rq.setMinutes(trx, village, id, pdf, sha256);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'assistance.deliberation.minutes',
      entityType: 'assistance_deliberation',
      entityId: id,
      regionCode: village,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { sha256, bytes: pdf.length },
    });
  });
  return (await rq.findDeliberation(db, village, id))!;
}

export async function downloadMinutes(db: Db, ctx: RequestContext, village: string, id: string) {
  assertRegionAccess(ctx.actor, village, 'read');
  const row = await rq.minutesOf(db, village, id);
  if (!row?.minutes_pdf) throw new AppError('NOT_FOUND');
  await appendAudit(db, {
    actor: ctx.actor,
    action: 'assistance.deliberation.minutes_read',
    entityType: 'assistance_deliberation',
    entityId: id,
    regionCode: village,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  return { pdf: row.minutes_pdf, heldOn: row.held_on };
}
