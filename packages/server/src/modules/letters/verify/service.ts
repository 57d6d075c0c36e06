// The public verify page's answer: whether the letter's stored record still carries its village's signature,
// and the few facts that let a reader compare it with the paper: number, date, type, masked name, signer,
// and whether it was voided. Nothing else about the subject leaves the server (no NIK, no full name).
import { canonicalRecord, maskPersonName } from '@smart-kampung/domain';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { normaliseRegionCode } from '../../regions/schemas.ts';
import { letterContent } from '../issue/letter-service.ts';
import { findLetterByPublicId } from '../issue/queries.ts';
import { checkSignature } from '../signing/keys.ts';
import { publicKeyOf } from '../signing/queries.ts';
import { letterRecord } from '../signing/service.ts';

/** A letter's public reference: the village code's 10 digits, ".", the letter's 128-bit random id (base64url). */
export const LETTER_REF = /^(\d{10})\.([A-Za-z0-9_-]{22})$/;

export async function verifyLetter(db: Db, ref: string) {
  const match = LETTER_REF.exec(ref);
  // A malformed reference answers exactly like an unknown one.
  if (!match) throw new AppError('NOT_FOUND');
  const villageCode = normaliseRegionCode(match[1]!);
  const row = await findLetterByPublicId(db, villageCode, match[2]!);
  if (!row) throw new AppError('NOT_FOUND');
  const content = letterContent(row);
  const record = letterRecord({
    keyId: row.signing_key_id ?? '',
    villageCode,
    publicId: row.public_id,
    letterTypeCode: row.letter_type_code,
    letter: content,
  });
  const key = row.signing_key_id ? await publicKeyOf(db, villageCode, row.signing_key_id) : undefined;
  const signatureValid =
    !!key && !!row.signature && checkSignature(key.public_key, canonicalRecord(record), row.signature);
  return {
    signatureValid,
    status: row.status as 'issued' | 'void',
    voidedAt: row.voided_at?.toISOString() ?? null,
    number: row.number,
    letterDate: row.letter_date,
    letterTypeName: row.letter_type_name,
    subjectName: maskPersonName(content.subject.name ?? '-'),
    signerName: content.signer.name,
    signerPost: content.signer.post,
    villageName: content.letterhead.village,
    districtName: content.letterhead.district,
    keyId: row.signing_key_id,
  };
}
