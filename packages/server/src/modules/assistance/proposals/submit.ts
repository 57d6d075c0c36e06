// Making an usul or a sanggah: online by a citizen for their own village, or at the village desk on a
// resident's behalf. The item starts at "submitted" with the check's due time, a first step row and an audit
// entry, in one transaction. An usul names the family by its KK number: a number that is not a family of the
// village is kept and left to the operator's check ("unknown family"), so the answer never tells a citizen
// whether a KK number exists. A sanggah names a current enrolment of the village; any other id (another
// village's, an ended one, none) is the same 400.
import { randomUUID } from 'node:crypto';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { findProgram } from '../programs/queries.ts';
import { uniqueAs } from '../unique-violation.ts';
import { dueAtFor } from './deadlines.ts';
import * as q from './queries.ts';
import * as rq from './record-queries.ts';

export type SubmitInput =
  | { kind: 'usul'; programId: string; kkNumber?: string | undefined; reason: string }
  | { kind: 'sanggah'; enrolmentId: string; reason: string };

/** The checked body as the item it asks for (the schema made sure the kind's own fields are there). */
export function submitInputOf(body: {
  kind: 'usul' | 'sanggah';
  programId?: string | undefined;
  kkNumber?: string | undefined;
  enrolmentId?: string | undefined;
  reason: string;
}): SubmitInput {
  return body.kind === 'usul'
    ? { kind: 'usul', programId: body.programId!, kkNumber: body.kkNumber, reason: body.reason }
    : { kind: 'sanggah', enrolmentId: body.enrolmentId!, reason: body.reason };
}

interface Submitter {
  channel: 'online' | 'desk';
  residentId: string | null;
  /** The citizen's own KK number: an usul without one proposes their own family. */
  ownKk: string | null;
}

/** The citizen behind the account: their village, resident and family card (404 when the account has none). */
export async function citizenOf(db: Db, ctx: RequestContext) {
  const row = await q.citizenRecord(db, ctx.actor.id);
  if (!row?.village_code) throw new AppError('NOT_FOUND');
  return { ...row, village_code: row.village_code };
}

async function usulTarget(
  trx: Db,
  village: string,
  input: Extract<SubmitInput, { kind: 'usul' }>,
  ownKk: string | null,
) {
  const program = await findProgram(trx, input.programId);
  const proposable =
    program?.active &&
    program.target_unit !== 'group' &&
    (program.level !== 'village' || program.owner_area_code === village);
  if (!program || !proposable) throw invalidField('programId', 'body', 'PROPOSAL_PROGRAM_UNKNOWN');
  const kkNumber = input.kkNumber ?? ownKk;
  if (!kkNumber) throw invalidField('kkNumber', 'body', 'PROPOSAL_KK_FORM');
  const family = await q.activeFamilyByKk(trx, village, kkNumber);
  return { programId: program.id, kkNumber, familyId: family?.id ?? null, enrolmentId: null };
}

async function sanggahTarget(trx: Db, village: string, enrolmentId: string) {
  const enrolment = await rq.openEnrolmentOfVillage(trx, village, enrolmentId);
  if (!enrolment) throw invalidField('enrolmentId', 'body', 'PROPOSAL_RECIPIENT_UNKNOWN');
  return { programId: enrolment.program_id, kkNumber: null, familyId: null, enrolmentId: enrolment.id };
}

async function submitIn(db: Db, ctx: RequestContext, village: string, input: SubmitInput, by: Submitter) {
  const id = randomUUID();
  await uniqueAs('PROPOSAL_DUPLICATE', () =>
    db.transaction().execute(async (trx) => {
      const target =
        input.kind === 'usul'
          ? await usulTarget(trx, village, input, by.ownKk)
          : await sanggahTarget(trx, village, input.enrolmentId);
      const now = new Date();
      const due = (await dueAtFor(trx, 'submitted', now))!;
      await q.insertProposal(trx, {
        village_code: village,
        id,
        kind: input.kind,
        program_id: target.programId,
        kk_number: target.kkNumber,
        family_id: target.familyId,
        enrolment_id: target.enrolmentId,
        reason: input.reason,
        channel: by.channel,
        submitted_by: ctx.actor.id,
        submitter_resident_id: by.residentId,
        due_at: due,
      });
      await q.insertStep(trx, {
        village_code: village,
        proposal_id: id,
        step: 'submit',
        outcome: null,
        from_status: null,
        to_status: 'submitted',
        reason: input.reason,
        acted_by: ctx.actor.id,
        was_due_at: null,
      });
      await appendAudit(trx, {
        actor: ctx.actor,
        action: 'assistance.proposal.submit',
        entityType: 'assistance_proposal',
        entityId: id,
        regionCode: village,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        details: { kind: input.kind, programId: target.programId, channel: by.channel },
      });
    }),
  );
  return id;
}

/** A citizen's own item, in their own village. */
export async function submitOnline(db: Db, ctx: RequestContext, input: SubmitInput) {
  const citizen = await citizenOf(db, ctx);
  const id = await submitIn(db, ctx, citizen.village_code, input, {
    channel: 'online',
    residentId: citizen.resident_id,
    ownKk: citizen.kk_number,
  });
  return { villageCode: citizen.village_code, id };
}

/** The village desk's item for a resident who came to the office (or for the village itself). */
export async function submitAtDesk(
  db: Db,
  ctx: RequestContext,
  village: string,
  input: SubmitInput,
  submitterResidentId?: string,
) {
  assertRegionAccess(ctx.actor, village, 'serve_citizens');
  if (input.kind === 'usul' && !input.kkNumber) throw invalidField('kkNumber', 'body', 'PROPOSAL_KK_FORM');
  let residentId: string | null = null;
  if (submitterResidentId) {
    const resident = await q.residentOfVillage(db, village, submitterResidentId);
    if (!resident) throw invalidField('submitterResidentId', 'body', 'PROPOSAL_RESIDENT_UNKNOWN');
    residentId = resident.id;
  }
  return submitIn(db, ctx, village, input, { channel: 'desk', residentId, ownKk: null });
}
