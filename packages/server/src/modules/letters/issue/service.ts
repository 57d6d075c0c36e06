// Issuing a letter at the village desk, in one transaction: the letter type as the village set it, the typed
// fields checked against the template, the subject read from the registry, who signs resolved by the signing
// matrix (or the letter refused), a number taken from the counter row, and everything the letter prints copied
// into it, with the audit entry. Nothing is written when any step refuses.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  DEFAULT_NUMBER_FORMAT,
  checkFieldValues,
  defaultVillageShortCode,
  formatLetterNumber,
  resolveSigner,
  sequenceScopeKey,
  type Authority,
  type FieldProblem,
  type LetterTemplate,
  type OfficialPosition,
  type SequenceScope,
} from '@smart-kampung/domain';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { fieldError, invalidField } from '../../../http/field-errors.ts';
import type { FieldMessageKey } from '../../../http/field-messages.ts';
import { AppError } from '../../../http/problem.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { today } from '../../population/registry/nik-check.ts';
import { findVillageLetterType, type VillageLetterType } from '../catalogue/queries.ts';
import { takeSequenceNumber, villageNumbering } from '../numbering/queries.ts';
import { listOfficials } from '../officials/queries.ts';
import { ensureVillageKey, letterRecord, signRecord } from '../signing/service.ts';
import { delegationsFor, findLetter, insertLetter, letterheadRow, letterSubjectRow } from './queries.ts';
import { currentLogo } from '../logo/queries.ts';
import { resolveParties, type PartyInput } from './parties.ts';
import { printedLetterhead, printedSubject, regencyShortName } from './printed-values.ts';

export interface IssueInput {
  letterTypeCode: string;
  residentId: string;
  fields: Record<string, string>;
  parties?: Record<string, PartyInput>;
}

const FIELD_MESSAGE: Record<FieldProblem['kind'], FieldMessageKey> = {
  required: 'LETTER_FIELD_REQUIRED',
  not_a_number: 'LETTER_FIELD_NUMBER',
  not_a_date: 'LETTER_FIELD_DATE',
  not_a_time: 'LETTER_FIELD_TIME',
  not_an_option: 'LETTER_FIELD_OPTION',
  too_long: 'LETTER_FIELD_TOO_LONG',
  unknown_field: 'LETTER_FIELD_UNKNOWN',
};

/** 16 random bytes, base64url: the letter's id on the public verify page, never sequential. */
const newPublicId = () => randomBytes(16).toString('base64url');

export async function issueLetter(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  input: IssueInput,
  keyDir: string,
) {
  assertRegionAccess(ctx.actor, villageCode, 'serve_citizens');
  const id = await db.transaction().execute((trx) => issueLetterIn(trx, ctx, villageCode, input, keyDir));
  return (await findLetter(db, villageCode, id))!;
}

/** A request's letter is its request's: the official who signs it is the one the step checked. */
export interface RequestIssue {
  requestId: string;
  /** The official whose account is signing; another signer resolved for the letter refuses it. */
  signerOfficialId: string;
}

/** The typed fields checked against the template (a 400 naming every wrong field), their values trimmed. */
export function checkedFieldValues(template: LetterTemplate, fields: Record<string, string>) {
  const checked = checkFieldValues(template.fields, fields);
  if (checked.problems.length > 0)
    throw new AppError('VALIDATION_FAILED', {
      errors: checked.problems.map((p) => fieldError(`fields.${p.key}`, 'body', FIELD_MESSAGE[p.kind])),
    });
  return checked.values;
}

/**
 * Issues the letter inside the caller's transaction (the caller checked access): the desk's direct issue, or
 * a request's signing step, whose status change commits or rolls back with the letter. Returns its id.
 */
export async function issueLetterIn(
  trx: Db,
  ctx: RequestContext,
  villageCode: string,
  input: IssueInput,
  keyDir: string,
  request?: RequestIssue,
): Promise<string> {
  const id = randomUUID();
  const type = await findVillageLetterType(trx, villageCode, input.letterTypeCode);
  if (!type) throw invalidField('letterTypeCode', 'body', 'LETTER_TYPE_UNKNOWN');
  if (!type.enabled) throw new AppError('LETTER_TYPE_DISABLED');
  const template = type.template as LetterTemplate;

  // The subject first: a letter the resident cannot have is refused before its details are asked.
  const subjectRow = await letterSubjectRow(trx, villageCode, input.residentId);
  if (!subjectRow) throw invalidField('residentId', 'body', 'LETTER_RESIDENT_UNKNOWN');
  if (!template.subjectStatuses.includes(subjectRow.status_code)) throw new AppError('LETTER_SUBJECT_STATUS');

  const letterDate = today();
  const checked = checkFieldValues(template.fields, input.fields);
  const named = await resolveParties(trx, villageCode, template, input.parties ?? {}, letterDate);
  const errors = [
    ...checked.problems.map((p) => fieldError(`fields.${p.key}`, 'body', FIELD_MESSAGE[p.kind])),
    ...named.errors,
  ];
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });

  const { letterhead, signer } = await whoSigns(trx, villageCode, type, letterDate);
  if (request && signer.officialId !== request.signerOfficialId)
    throw new AppError('LETTER_REQUEST_NOT_SIGNER');

  // Last, so the counter row is locked for as short a time as possible.
  const numbering = await villageNumbering(trx, villageCode);
  const scope = sequenceScopeKey(type.sequence_scope as SequenceScope, type.code);
  const year = Number(letterDate.slice(0, 4));
  const sequence = await takeSequenceNumber(trx, villageCode, year, scope);
  const number = formatLetterNumber(type.number_format ?? numbering.numberFormat ?? DEFAULT_NUMBER_FORMAT, {
    sequence,
    klasifikasi: type.klasifikasi,
    typeCode: type.number_code,
    villageShortCode: numbering.shortCode ?? defaultVillageShortCode(villageCode),
    letterDate,
  });

  // Signed inside the transaction: the village's first letter makes its key here, so a refused issue
  // leaves no key row behind, and two desks making the first key at once end with one (signing/service.ts).
  const key = await ensureVillageKey(trx, keyDir, villageCode);
  const publicId = newPublicId();
  const subject = printedSubject(subjectRow, letterDate);
  const content = {
    number,
    letterDate,
    template,
    letterhead,
    subject,
    fields: checked.values,
    signer,
    parties: named.parties,
  };
  const record = letterRecord({
    keyId: key.keyId,
    villageCode,
    publicId,
    letterTypeCode: type.code,
    letter: content,
  });
  await insertLetter(trx, {
    village_code: villageCode,
    id,
    public_id: publicId,
    letter_type_code: type.code,
    request_id: request?.requestId ?? null,
    number,
    sequence_year: year,
    sequence_scope: scope,
    sequence_no: sequence,
    letter_date: letterDate,
    issued_by: ctx.actor.id,
    subject_resident_id: subjectRow.id,
    subject: JSON.stringify(subject),
    fields: JSON.stringify(checked.values),
    parties: JSON.stringify(named.parties),
    template: JSON.stringify(template),
    letterhead: JSON.stringify(letterhead),
    signer: JSON.stringify(signer),
    signer_official_id: signer.officialId,
    content_sha256: record.c,
    signing_key_id: key.keyId,
    signature: signRecord(key, record),
  });
  await appendAudit(trx, {
    actor: ctx.actor,
    action: 'letters.letter.issue',
    entityType: 'letter',
    entityId: id,
    regionCode: villageCode,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    details: {
      letterType: type.code,
      number,
      residentId: subjectRow.id,
      signer: signer.officialId,
      ...(request ? { requestId: request.requestId } : {}),
    },
  });
  return id;
}

/**
 * The letterhead (with the village's current logo) and who signs a letter of `type` in the village on `date`
 * (the signing matrix), or the refusal: not delegated to the village, or nobody in the signing post.
 */
export async function whoSigns(trx: Db, villageCode: string, type: VillageLetterType, date: string) {
  const headRow = await letterheadRow(trx, villageCode);
  if (!headRow) throw new AppError('NOT_FOUND');
  const letterhead = printedLetterhead(headRow, (await currentLogo(trx, villageCode))?.sha256);
  const decision = resolveSigner({
    letterType: { code: type.code, name: type.name, authority: type.authority as Authority },
    village: {
      code: villageCode,
      name: letterhead.village,
      kind: letterhead.villageKind,
      districtName: letterhead.district,
      regencyName: regencyShortName(letterhead.regency),
    },
    date,
    delegations: await delegationsFor(trx, villageCode, type.code),
    officials: await listOfficials(trx, villageCode),
    villageSigningPosition: type.signing_position as OfficialPosition,
  });
  if (!decision.ok)
    throw new AppError(
      decision.refusal.kind === 'not_delegated' ? 'LETTER_NOT_DELEGATED' : 'LETTER_NO_SIGNER',
      decision.refusal,
    );
  return { letterhead, signer: decision.signer };
}
