// The village's letterhead logo: uploaded as PNG or JPEG (the web app shrinks it first), checked by its bytes
// and by drawing it once with the PDF library, so a logo that could break a letter is refused at upload, not
// at the next print. Every version stays: an issued letter names the one it printed by hash.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import { renderPdf } from '../../../platform/pdf/render-pdf.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { readLogoImage } from './image.ts';
import { currentLogo, putCurrentLogo, retireCurrentLogo, type LogoRow } from './queries.ts';
import { uploadedFile } from '../../../http/uploaded-file.ts';

/** A letterhead logo is small: 256 KiB, at most 1,000 pixels a side (the web app sends at most 400). */
export const LOGO_MAX_BYTES = 256 * 1024;
const LOGO_MAX_SIDE = 1000;

export const logoDataUrl = (logo: Pick<LogoRow, 'media_type' | 'image'>) =>
  `data:${logo.media_type};base64,${Buffer.from(logo.image).toString('base64')}`;

export function toLogoDto(row: LogoRow) {
  return {
    sha256: row.sha256,
    mediaType: row.media_type as 'image/png' | 'image/jpeg',
    width: row.width_px,
    height: row.height_px,
    uploadedAt: new Date(row.uploaded_at).toISOString(),
  };
}

async function readLogoUpload(request: FastifyRequest): Promise<Buffer> {
  return uploadedFile(request, 'LOGO_FORMAT');
}

async function drawable(dataUrl: string): Promise<boolean> {
  try {
    await renderPdf({ content: [{ image: dataUrl, fit: [60, 60] }] });
    return true;
  } catch {
    return false;
  }
}

export async function uploadLogo(db: Db, ctx: RequestContext, villageCode: string, request: FastifyRequest) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  const bytes = await readLogoUpload(request);
  const image = readLogoImage(bytes);
  if (!image || image.width < 1 || image.height < 1 || Math.max(image.width, image.height) > LOGO_MAX_SIDE)
    throw invalidField('file', 'body', 'LOGO_FORMAT');
  const logo = { ...image, image: bytes, sha256: createHash('sha256').update(bytes).digest('base64url') };
  if (!(await drawable(logoDataUrl({ media_type: image.mediaType, image: bytes }))))
    throw invalidField('file', 'body', 'LOGO_FORMAT');
  await db.transaction().execute(async (trx) => {
    await retireCurrentLogo(trx, villageCode);
    await putCurrentLogo(trx, villageCode, logo, ctx.actor.id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.logo.upload',
      entityType: 'letter_logo',
      entityId: logo.sha256,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { mediaType: image.mediaType, width: image.width, height: image.height, bytes: bytes.length },
    });
  });
  return toLogoDto((await currentLogo(db, villageCode))!);
}

export async function readLogo(db: Db, ctx: RequestContext, villageCode: string) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  const logo = await currentLogo(db, villageCode);
  if (!logo) throw new AppError('NOT_FOUND');
  return logo;
}

/** The letters issued from now on print no logo; the earlier ones keep theirs. */
export async function removeLogo(db: Db, ctx: RequestContext, villageCode: string) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  await db.transaction().execute(async (trx) => {
    const logo = await currentLogo(trx, villageCode);
    if (!logo) throw new AppError('NOT_FOUND');
    await retireCurrentLogo(trx, villageCode);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.logo.remove',
      entityType: 'letter_logo',
      entityId: logo.sha256,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
  });
}
