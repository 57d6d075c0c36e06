// Reading, printing and voiding issued letters. The PDF prints the subject's whole NIK, so every download is
// an audited read; a voided letter keeps its number and prints with a "DIBATALKAN" watermark.
import type { LetterTemplate, Signer } from '@smart-kampung/domain';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { renderPdf } from '../../../platform/pdf/render-pdf.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { letterDocument, type PrintableLetter } from './document.ts';
import type { PrintedLetterhead, PrintedSubject } from './printed-values.ts';
import {
  findLetter,
  listLetters,
  lockLetter,
  markLetterVoid,
  type LetterListFilter,
  type LetterRow,
} from './queries.ts';
import { verifyUrl } from './schemas.ts';

export async function readLetter(db: Db, ctx: RequestContext, villageCode: string, id: string) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  const row = await findLetter(db, villageCode, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function readLetters(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  filter: LetterListFilter,
) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  return listLetters(db, villageCode, filter);
}

export function printableLetter(row: LetterRow, villageCode: string, publicUrl: string): PrintableLetter {
  return {
    number: row.number,
    letterDate: row.letter_date,
    template: row.template as unknown as LetterTemplate,
    letterhead: row.letterhead as unknown as PrintedLetterhead,
    subject: row.subject as PrintedSubject,
    fields: row.fields as Record<string, string>,
    signer: row.signer as unknown as Signer,
    status: row.status as PrintableLetter['status'],
    verifyUrl: verifyUrl(publicUrl, villageCode, row.public_id),
  };
}

export async function printLetter(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  publicUrl: string,
) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  const row = await db.transaction().execute(async (trx) => {
    const letter = await findLetter(trx, villageCode, id);
    if (!letter) throw new AppError('NOT_FOUND');
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.letter.print',
      entityType: 'letter',
      entityId: id,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { number: letter.number },
    });
    return letter;
  });
  const body = await renderPdf(letterDocument(printableLetter(row, villageCode, publicUrl)));
  return { fileName: `surat-${row.number.replace(/[^A-Za-z0-9.-]+/g, '-')}.pdf`, body };
}

export async function voidLetter(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  reason: string,
) {
  assertRegionAccess(ctx.actor, villageCode, 'serve_citizens');
  await db.transaction().execute(async (trx) => {
    const letter = await lockLetter(trx, villageCode, id);
    if (!letter) throw new AppError('NOT_FOUND');
    if (letter.status === 'void') throw new AppError('LETTER_ALREADY_VOID');
    await markLetterVoid(trx, villageCode, id, reason, ctx.actor.id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.letter.void',
      entityType: 'letter',
      entityId: id,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { number: letter.number, reason },
    });
  });
  return (await findLetter(db, villageCode, id))!;
}
