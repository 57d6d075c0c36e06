// Making and reading letter requests. A request is made at the desk (the operator, for a resident of the
// village) or online (a citizen, for themselves or a member of their own family card, only for letter types
// the catalogue lets citizens request); either way its fields are checked against the template, the letter
// must be one the village can issue (delegated, someone in the signing post), and it gets its clock: due at
// the end of the type's service days in working days (domain letters/service-level.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import {
  letterRequirements,
  possibleSteps,
  requestDueAt,
  type LetterTemplate,
  type RequestStatus,
  type RequestStep,
} from '@smart-kampung/domain';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { today } from '../../population/registry/nik-check.ts';
import {
  findVillageLetterType,
  listVillageLetterTypes,
  type VillageLetterType,
} from '../catalogue/queries.ts';
import { letterSubjectRow } from '../issue/queries.ts';
import { checkedFieldValues, whoSigns } from '../issue/service.ts';
import * as q from './queries.ts';
import type { NewRequest } from './schemas.ts';

const newPublicId = () => randomBytes(16).toString('base64url');

async function needsVerification(db: Db, villageCode: string, typeCode: string) {
  const setting = await q.workflowSetting(db, villageCode);
  return !!setting && (setting.verification_required || setting.verified_types.includes(typeCode));
}

async function insertNewRequest(
  trx: Db,
  ctx: RequestContext,
  villageCode: string,
  type: VillageLetterType,
  input: NewRequest,
  channel: 'desk' | 'online',
) {
  if (!type.enabled) throw new AppError('LETTER_TYPE_DISABLED');
  const template = type.template as LetterTemplate;
  const fields = checkedFieldValues(template, input.fields);
  const subject = await letterSubjectRow(trx, villageCode, input.residentId);
  if (!subject) throw invalidField('residentId', 'body', 'LETTER_RESIDENT_UNKNOWN');
  if (!template.subjectStatuses.includes(subject.status_code)) throw new AppError('LETTER_SUBJECT_STATUS');
  // Refused now rather than after days of waiting: a letter not delegated to the village, or nobody to sign.
  await whoSigns(trx, villageCode, type, today());

  const id = randomUUID();
  const now = new Date();
  await q.insertRequest(trx, {
    village_code: villageCode,
    id,
    public_id: newPublicId(),
    letter_type_code: type.code,
    subject_resident_id: subject.id,
    channel,
    requested_by: ctx.actor.id,
    status: 'requested',
    fields: JSON.stringify(fields),
    requested_at: now,
    due_at: requestDueAt(now, type.service_days),
    status_changed_at: now,
    status_changed_by: ctx.actor.id,
    needs_verification: await needsVerification(trx, villageCode, type.code),
    requirements: [...letterRequirements(type.code)],
  });
  await appendAudit(trx, {
    actor: ctx.actor,
    action: 'letters.request.create',
    entityType: 'letter_request',
    entityId: id,
    regionCode: villageCode,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    details: { letterType: type.code, residentId: subject.id, channel },
  });
  return id;
}

/** A request made at the village desk for a resident of the village. */
export async function createDeskRequest(db: Db, ctx: RequestContext, villageCode: string, input: NewRequest) {
  assertRegionAccess(ctx.actor, villageCode, 'serve_citizens');
  return db.transaction().execute(async (trx) => {
    const type = await findVillageLetterType(trx, villageCode, input.letterTypeCode);
    if (!type) throw invalidField('letterTypeCode', 'body', 'LETTER_TYPE_UNKNOWN');
    return insertNewRequest(trx, ctx, villageCode, type, input, 'desk');
  });
}

/** A citizen's own request online, for themselves or a member of their family card. */
export async function createOnlineRequest(db: Db, ctx: RequestContext, input: NewRequest) {
  return db.transaction().execute(async (trx) => {
    const member = await q.familyMemberOfCitizen(trx, ctx.actor.id, input.residentId);
    if (!member?.village_code) throw invalidField('residentId', 'body', 'LETTER_RESIDENT_NOT_FAMILY');
    const villageCode = member.village_code;
    const type = await findVillageLetterType(trx, villageCode, input.letterTypeCode);
    if (!type) throw invalidField('letterTypeCode', 'body', 'LETTER_TYPE_UNKNOWN');
    if (!type.citizen_may_request) throw new AppError('LETTER_NOT_REQUESTABLE');
    const id = await insertNewRequest(trx, ctx, villageCode, type, input, 'online');
    return { villageCode, id };
  });
}

/** The signed-in citizen's village, or 404 when the account is not linked to a resident. */
export async function villageOfCitizen(db: Db, actor: Actor) {
  const row = await q.citizenVillage(db, actor.id);
  if (!row?.village_code) throw new AppError('NOT_FOUND');
  return row.village_code;
}

/** The letter types a citizen may request online in their village. */
export async function requestableTypes(db: Db, actor: Actor) {
  const villageCode = await villageOfCitizen(db, actor);
  const types = await listVillageLetterTypes(db, villageCode);
  return types.filter((type) => type.enabled && type.citizen_may_request);
}

/** Whether the official linked to the account holds their post today (term and active flag). */
export function inOffice(
  official: { active: boolean; term_start: Date | string; term_end: Date | string | null },
  day = today(),
) {
  const iso = (value: Date | string) =>
    (typeof value === 'string' ? value : value.toISOString()).slice(0, 10);
  return (
    official.active &&
    iso(official.term_start) <= day &&
    (official.term_end === null || iso(official.term_end) >= day)
  );
}

/**
 * The steps the staff member may take on the request now: what its status allows, the Sekdes' verification
 * only for the Sekdes' account, signing only for the account of the official the signing matrix names.
 */
export async function stepsFor(
  db: Db,
  actor: Actor,
  villageCode: string,
  request: { status: string; needs_verification: boolean; letter_type_code: string },
): Promise<RequestStep[]> {
  const steps = possibleSteps(request.status as RequestStatus, request.needs_verification).filter(
    (step) => step !== 'cancel',
  );
  if (steps.length === 0) return steps;
  const official = await q.officialOfAccount(db, villageCode, actor.id);
  let signerId: string | null = null;
  if (steps.includes('sign') && official) {
    const type = await findVillageLetterType(db, villageCode, request.letter_type_code);
    signerId = type
      ? await whoSigns(db, villageCode, type, today()).then(
          (w) => w.signer.officialId,
          () => null,
        )
      : null;
  }
  return steps.filter((step) => {
    if (step === 'verify') return official?.position === 'sekretaris_desa' && inOffice(official);
    if (step === 'sign') return !!official && official.id === signerId;
    return true;
  });
}
