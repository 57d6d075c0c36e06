// Reading, printing and voiding issued letters. The PDF prints the subject's whole NIK, so every download is
// an audited read; a voided letter keeps its number and prints with a "DIBATALKAN" watermark.
import { qrPayload, type LetterTemplate, type Signer } from '@smart-kampung/domain';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { renderPdf } from '../../../platform/pdf/render-pdf.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { letterDocument, type PrintableLetter } from './document.ts';
import type { PrintedParty } from './parties.ts';
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
import { letterRecord, type LetterContent } from '../signing/service.ts';
import { logoBySha } from '../logo/queries.ts';

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

/** What the letter says, read back from its row exactly as it was copied in at issue. */
export function letterContent(row: LetterRow): LetterContent {
  return {
    number: row.number,
    letterDate: row.letter_date,
    template: row.template as unknown as LetterTemplate,
    letterhead: row.letterhead as unknown as PrintedLetterhead,
    subject: row.subject as PrintedSubject,
    fields: row.fields as Record<string, string>,
    signer: row.signer as unknown as Signer,
    parties: row.parties as unknown as Record<string, PrintedParty>,
  };
}

/**
 * The letter to print. The record in its QR is rebuilt from the row, not read from it: a row edited after
 * issue prints a QR whose record no longer matches its signature, and every verifier says so.
 */
export function printableLetter(row: LetterRow, villageCode: string, publicUrl: string): PrintableLetter {
  const content = letterContent(row);
  const url = verifyUrl(publicUrl, villageCode, row.public_id);
  const record = letterRecord({
    keyId: row.signing_key_id ?? '',
    villageCode,
    publicId: row.public_id,
    letterTypeCode: row.letter_type_code,
    letter: content,
  });
  return {
    ...content,
    status: row.status as PrintableLetter['status'],
    qr: row.signature ? qrPayload(url, record, row.signature) : url,
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
  const sha = (row.letterhead as { logo?: string }).logo;
  const logo = sha ? await logoBySha(db, villageCode, sha) : undefined;
  const printable = printableLetter(row, villageCode, publicUrl);
  const body = await renderPdf(
    letterDocument({ ...printable, logo: logo ? { mediaType: logo.media_type, image: logo.image } : null }),
  );
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
