// Printing a family card or a resident's biodata: the one access check first (outside the area: 404), then
// the PDF. Masked identifiers by default; whole ones only with a reason, audited like a reveal (who, whom,
// why, from where) in the same transaction as the read.
import { assertRegionAccess } from '../../../../access/assert-access.ts';
import { identifierMasks } from '../../../../platform/identifiers/identifier-masks.ts';
import type { Db } from '../../../../db/database.ts';
import { AppError } from '../../../../http/problem.ts';
import { renderPdf, type PdfDocument } from '../../../../platform/pdf/render-pdf.ts';
import type { RequestContext } from '../../../../platform/request-context.ts';
import { appendAudit } from '../../../audit/service.ts';
import { findFamily } from '../queries.ts';
import { biodataDocument, familyCardDocument, type PrintContext } from './documents.ts';
import { placeNames, printedMembers, printedResident } from './queries.ts';

/** What is printed, before rendering: tests read the document's text, the route renders it. */
export interface Printout {
  fileName: string;
  document: PdfDocument;
}

export interface PrintedFile {
  fileName: string;
  body: Buffer;
}

export async function renderPrintout(printout: Promise<Printout>): Promise<PrintedFile> {
  const { fileName, document } = await printout;
  return { fileName, body: await renderPdf(document) };
}

/** `reason`: print whole identifiers, audited with it; absent: masked, not audited. */
export async function printFamilyCard(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  reason?: string,
): Promise<Printout> {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  const document = await db.transaction().execute(async (trx) => {
    const family = await findFamily(trx, villageCode, id);
    if (!family) throw new AppError('NOT_FOUND');
    const members = await printedMembers(trx, villageCode, id);
    await auditWholePrint(trx, ctx, reason, {
      action: 'population.family.print',
      entityType: 'family',
      entityId: id,
      regionCode: villageCode,
      details: { members: members.length },
    });
    const place = await placeNames(trx, villageCode);
    return familyCardDocument({ ...family, ...place, members }, await printContext(trx, ctx, reason));
  });
  return { fileName: `kartu-keluarga-${id.slice(0, 8)}.pdf`, document };
}

export async function printBiodata(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  reason?: string,
): Promise<Printout> {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  const document = await db.transaction().execute(async (trx) => {
    const resident = await printedResident(trx, villageCode, id);
    if (!resident) throw new AppError('NOT_FOUND');
    await auditWholePrint(trx, ctx, reason, {
      action: 'population.resident.print',
      entityType: 'resident',
      entityId: id,
      regionCode: villageCode,
      details: {},
    });
    const place = await placeNames(trx, villageCode);
    return biodataDocument({ ...resident, ...place }, await printContext(trx, ctx, reason));
  });
  return { fileName: `biodata-${id.slice(0, 8)}.pdf`, document };
}

/** A print with whole identifiers is audited like a reveal, with its reason; a masked one is not. */
async function auditWholePrint(
  db: Db,
  ctx: RequestContext,
  reason: string | undefined,
  entry: { action: string; entityType: string; entityId: string; regionCode: string; details: object },
) {
  if (reason === undefined) return;
  await appendAudit(db, {
    ...entry,
    actor: ctx.actor,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    details: { reason, ...entry.details },
  });
}

async function printContext(db: Db, ctx: RequestContext, reason: string | undefined): Promise<PrintContext> {
  return {
    full: reason !== undefined,
    masks: await identifierMasks(db),
    printedBy: ctx.actor.username,
    printedAt: new Date(),
  };
}
