// SQL of letter requests: the requests themselves (locked for every step), their requirement photos, the
// village's verification setting, and the link between an official and the staff account that signs.
import type { RequestStatus } from '@smart-kampung/domain';
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { LetterRequest } from '../../../db/schema.generated.ts';

export async function insertRequest(db: Db, request: Insertable<LetterRequest>) {
  await db.insertInto('letter_request').values(request).execute();
}

const requestColumns = [
  'q.id',
  'q.public_id',
  'q.letter_type_code',
  't.name as letter_type_name',
  'q.subject_resident_id',
  'r.full_name as subject_name',
  'r.nik as subject_nik',
  'q.channel',
  'q.requested_by',
  'q.status',
  'q.fields',
  'q.requested_at',
  'q.due_at',
  'q.status_changed_at',
  'q.rejection_reason',
  'q.needs_verification',
  'q.requirements',
  'q.requirements_seen',
  'q.collected_how',
  'l.id as letter_id',
  'l.number as letter_number',
] as const;

function requests(db: Db, villageCode: string) {
  return db
    .selectFrom('letter_request as q')
    .innerJoin('letter_type as t', 't.code', 'q.letter_type_code')
    .innerJoin('resident as r', (join) =>
      join.onRef('r.village_code', '=', 'q.village_code').onRef('r.id', '=', 'q.subject_resident_id'),
    )
    .leftJoin('letter as l', (join) =>
      join.onRef('l.village_code', '=', 'q.village_code').onRef('l.request_id', '=', 'q.id'),
    )
    .select(requestColumns)
    .where('q.village_code', '=', villageCode);
}

export function findRequest(db: Db, villageCode: string, id: string) {
  return requests(db, villageCode).where('q.id', '=', id).executeTakeFirst();
}
export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export interface RequestListFilter {
  status?: RequestStatus;
  overdue?: boolean;
  limit: number;
  offset: number;
}

const OPEN = ['requested', 'checked', 'verified'] as const;

/** The village's queue: open requests first, the longest overdue at the top, then the closed ones, newest first. */
export async function listRequests(db: Db, villageCode: string, filter: RequestListFilter, now: Date) {
  let query = requests(db, villageCode);
  if (filter.status) query = query.where('q.status', '=', filter.status);
  if (filter.overdue) query = query.where('q.status', 'in', OPEN).where('q.due_at', '<', now);
  const [items, total] = await Promise.all([
    query
      .orderBy(sql`case when q.status in ('requested', 'checked', 'verified') then 0 else 1 end`)
      .orderBy(sql`case when q.status in ('requested', 'checked', 'verified') then q.due_at end`, 'asc')
      .orderBy('q.status_changed_at', 'desc')
      .orderBy('q.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.count) };
}

/** A citizen's own requests (the ones their account made), newest first. */
export function listOwnRequests(db: Db, villageCode: string, userId: string) {
  return requests(db, villageCode)
    .where('q.requested_by', '=', userId)
    .orderBy('q.requested_at', 'desc')
    .limit(50)
    .execute();
}

/** The request about to take a step, locked: two desks moving it at once queue here, the second sees the first's status. */
export function lockRequest(db: Db, villageCode: string, id: string) {
  return db
    .selectFrom('letter_request')
    .select([
      'id',
      'status',
      'needs_verification',
      'requirements',
      'letter_type_code',
      'subject_resident_id',
      'fields',
      'requested_by',
    ])
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateRequest(db: Db, villageCode: string, id: string, set: Updateable<LetterRequest>) {
  await db
    .updateTable('letter_request')
    .set(set)
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .execute();
}

export function workflowSetting(db: Db, villageCode: string) {
  return db
    .selectFrom('letter_workflow_setting')
    .select(['verification_required', 'verified_types'])
    .where('village_code', '=', villageCode)
    .executeTakeFirst();
}

export async function saveWorkflowSetting(
  db: Db,
  villageCode: string,
  setting: { verificationRequired: boolean; verifiedTypes: string[] },
  userId: string,
) {
  const values = {
    verification_required: setting.verificationRequired,
    verified_types: setting.verifiedTypes,
    updated_at: new Date(),
    updated_by: userId,
  };
  await db
    .insertInto('letter_workflow_setting')
    .values({ village_code: villageCode, ...values })
    .onConflict((oc) => oc.column('village_code').doUpdateSet(values))
    .execute();
}

/** The official a staff account is, in the village (the link the signing and verifying steps check). */
export function officialOfAccount(db: Db, villageCode: string, userId: string) {
  return db
    .selectFrom('village_official')
    .select(['id', 'position', 'active', 'term_start', 'term_end'])
    .where('village_code', '=', villageCode)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function lockOfficial(db: Db, villageCode: string, id: string) {
  return db
    .selectFrom('village_official')
    .select(['id', 'user_id'])
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function setOfficialAccount(db: Db, villageCode: string, id: string, userId: string | null) {
  await db
    .updateTable('village_official')
    .set({ user_id: userId, updated_at: new Date() })
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .execute();
}

/** A staff account that may be linked to an official of the village: active, of the village's own desk. */
export function villageStaffAccount(db: Db, villageCode: string, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('id', '=', userId)
    .where('area_code', '=', villageCode)
    .where('role', 'in', ['village_head', 'village_operator'])
    .where('active', '=', true)
    .executeTakeFirst();
}

/**
 * The citizen's village and the resident they may request for: themselves or a member of their own family
 * card (null when `residentId` is neither).
 */
export async function familyMemberOfCitizen(db: Db, userId: string, residentId: string) {
  return db
    .selectFrom('citizen_login as c')
    .innerJoin('resident as me', (join) =>
      join.onRef('me.village_code', '=', 'c.village_code').onRef('me.id', '=', 'c.resident_id'),
    )
    .innerJoin('resident as member', (join) =>
      join
        .onRef('member.village_code', '=', 'me.village_code')
        .on((eb) =>
          eb.or([
            eb('member.id', '=', eb.ref('me.id')),
            eb.and([eb('me.family_id', 'is not', null), eb('member.family_id', '=', eb.ref('me.family_id'))]),
          ]),
        ),
    )
    .select(['c.village_code', 'member.id'])
    .where('c.user_id', '=', userId)
    .where('member.id', '=', residentId)
    .executeTakeFirst();
}

/** The village of a signed-in citizen (through their link to the resident). */
export function citizenVillage(db: Db, userId: string) {
  return db
    .selectFrom('citizen_login')
    .select('village_code')
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function insertAttachment(
  db: Db,
  attachment: {
    villageCode: string;
    id: string;
    requestId: string;
    requirement: string;
    contentType: 'image/jpeg' | 'image/png';
    content: Buffer;
    userId: string;
  },
) {
  await db
    .insertInto('letter_request_attachment')
    .values({
      village_code: attachment.villageCode,
      id: attachment.id,
      request_id: attachment.requestId,
      requirement: attachment.requirement,
      content_type: attachment.contentType,
      size_bytes: attachment.content.length,
      content: attachment.content,
      uploaded_by: attachment.userId,
    })
    .execute();
}

/** The photos of a request without their bytes, oldest first. */
export function listAttachments(db: Db, villageCode: string, requestId: string) {
  return db
    .selectFrom('letter_request_attachment')
    .select(['id', 'requirement', 'content_type', 'size_bytes', 'uploaded_at'])
    .where('village_code', '=', villageCode)
    .where('request_id', '=', requestId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export function findAttachment(db: Db, villageCode: string, requestId: string, id: string) {
  return db
    .selectFrom('letter_request_attachment')
    .select(['id', 'requirement', 'content_type', 'content'])
    .where('village_code', '=', villageCode)
    .where('request_id', '=', requestId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Which of `codes` are letter types of the catalogue. */
export async function knownLetterTypes(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return db.selectFrom('letter_type').select('code').where('code', 'in', codes).execute();
}
