// All SQL of usul and sanggah items: the citizen behind an account, the family or enrolment an item is about,
// the items with the person they concern (the proposed family's head, the disputed unit's person), their steps,
// visits and photos. The disputer of a sanggah (submitted_by, submitter_resident_id) is selected only where a
// caller needs it to find its own items; no read below returns it for display.
import { sql } from 'kysely';
import { OPEN_PROPOSAL_STATUSES } from '@smart-kampung/domain';
import type { Db } from '../../../db/database.ts';
import { inArea } from '../../../platform/area/in-area.ts';

/** The citizen account's village, resident and family card. */
export function citizenRecord(db: Db, userId: string) {
  return db
    .selectFrom('citizen_login as c')
    .innerJoin('resident as r', (j) =>
      j.onRef('r.village_code', '=', 'c.village_code').onRef('r.id', '=', 'c.resident_id'),
    )
    .leftJoin('family as f', (j) =>
      j.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .select(['c.village_code', 'r.id as resident_id', 'r.family_id', 'f.kk_number'])
    .where('c.user_id', '=', userId)
    .executeTakeFirst();
}

export function activeFamilyByKk(db: Db, village: string, kkNumber: string) {
  return db
    .selectFrom('family')
    .select(['id', 'household_id'])
    .where('village_code', '=', village)
    .where('kk_number', '=', kkNumber)
    .where('active', '=', true)
    .executeTakeFirst();
}

export function residentOfVillage(db: Db, village: string, id: string) {
  return db
    .selectFrom('resident')
    .select(['id', 'family_id'])
    .where('village_code', '=', village)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function familyHead(db: Db, village: string, familyId: string) {
  return db
    .selectFrom('resident')
    .select(['id'])
    .where('village_code', '=', village)
    .where('family_id', '=', familyId)
    .where('relationship', '=', 1)
    .executeTakeFirst();
}

export function familyOfVillage(db: Db, village: string, familyId: string) {
  return db
    .selectFrom('family')
    .select(['id', 'household_id', 'active'])
    .where('village_code', '=', village)
    .where('id', '=', familyId)
    .executeTakeFirst();
}

export interface NewProposal {
  village_code: string;
  id: string;
  kind: 'usul' | 'sanggah';
  program_id: string;
  kk_number: string | null;
  family_id: string | null;
  enrolment_id: string | null;
  reason: string;
  channel: 'online' | 'desk';
  submitted_by: string;
  submitter_resident_id: string | null;
  due_at: Date;
}

export async function insertProposal(db: Db, row: NewProposal) {
  await db
    .insertInto('assistance_proposal')
    .values({ ...row, status: 'submitted' })
    .execute();
}

export function lockProposal(db: Db, village: string, id: string) {
  return db
    .selectFrom('assistance_proposal as pr')
    .innerJoin('assistance_program as p', 'p.id', 'pr.program_id')
    .select([
      'pr.id',
      'pr.kind',
      'pr.status',
      'pr.program_id',
      'pr.family_id',
      'pr.kk_number',
      'pr.enrolment_id',
      'pr.due_at',
      'pr.submitted_by',
      'p.level as program_level',
      'p.target_unit',
    ])
    .where('pr.village_code', '=', village)
    .where('pr.id', '=', id)
    .forUpdate('pr')
    .executeTakeFirst();
}
export type LockedProposal = NonNullable<Awaited<ReturnType<typeof lockProposal>>>;

export async function updateProposal(
  db: Db,
  village: string,
  id: string,
  changes: {
    status: string;
    due_at: Date | null;
    check_outcome?: string;
    deliberation_id?: string;
    village_decision?: string;
    village_reason?: string;
    agency_decision?: string;
    agency_reason?: string;
    result_enrolment_id?: string | null;
  },
) {
  await db
    .updateTable('assistance_proposal')
    .set({ ...changes, status_changed_at: new Date() })
    .where('village_code', '=', village)
    .where('id', '=', id)
    .execute();
}

export interface StepRow {
  village_code: string;
  proposal_id: string;
  step: string;
  outcome: string | null;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  acted_by: string;
  was_due_at: Date | null;
}

/** One step row, numbered after the item's last (the caller holds the item's row lock or made it). */
export async function insertStep(db: Db, row: StepRow) {
  await db
    .insertInto('assistance_proposal_step')
    .values({
      ...row,
      seq: sql<number>`(select coalesce(max(seq), 0) + 1 from assistance_proposal_step
        where village_code = ${row.village_code} and proposal_id = ${row.proposal_id})`,
    })
    .execute();
}

export function listSteps(db: Db, village: string, id: string) {
  return db
    .selectFrom('assistance_proposal_step')
    .select(['seq', 'step', 'outcome', 'from_status', 'to_status', 'reason', 'acted_at', 'was_due_at'])
    .where('village_code', '=', village)
    .where('proposal_id', '=', id)
    .orderBy('seq')
    .execute();
}

/**
 * Items with the person they concern: an usul's family head (when the KK is a family of the village), a
 * sanggah's enrolled resident, family head or household head; the family's (or household's) address.
 */
export function proposalRows(db: Db) {
  return db
    .selectFrom('assistance_proposal as pr')
    .innerJoin('assistance_program as p', 'p.id', 'pr.program_id')
    .leftJoin('assistance_enrolment as e', (j) =>
      j.onRef('e.village_code', '=', 'pr.village_code').onRef('e.id', '=', 'pr.enrolment_id'),
    )
    .leftJoin('resident as er', (j) =>
      j.onRef('er.village_code', '=', 'pr.village_code').onRef('er.id', '=', 'e.resident_id'),
    )
    .leftJoin('household as eh', (j) =>
      j.onRef('eh.village_code', '=', 'pr.village_code').onRef('eh.id', '=', 'e.household_id'),
    )
    .leftJoin('resident as fhead', (j) =>
      j
        .onRef('fhead.village_code', '=', 'pr.village_code')
        .on(sql<boolean>`fhead.family_id = coalesce(pr.family_id, e.family_id)`)
        .on('fhead.relationship', '=', 1),
    )
    .leftJoin('resident as s', (j) =>
      j
        .onRef('s.village_code', '=', 'pr.village_code')
        .on(sql<boolean>`s.id = coalesce(er.id, eh.head_resident_id, fhead.id)`),
    )
    .leftJoin('family as f', (j) =>
      j
        .onRef('f.village_code', '=', 'pr.village_code')
        .on(sql<boolean>`f.id = coalesce(pr.family_id, e.family_id, s.family_id)`),
    )
    .select([
      'pr.id',
      'pr.village_code',
      'pr.kind',
      'pr.status',
      'pr.program_id',
      'p.code as program_code',
      'p.name as program_name',
      'p.level as program_level',
      'p.target_unit',
      'pr.kk_number',
      'pr.family_id',
      'pr.enrolment_id',
      'e.status as enrolment_status',
      'e.unit_type as enrolment_unit_type',
      's.full_name as person_name',
      's.nik as person_nik',
      's.sex as person_sex',
      's.birth_place as person_birth_place',
      's.birth_date as person_birth_date',
      's.mother_name as person_mother_name',
      'f.id as subject_family_id',
      'f.kk_number as family_kk_number',
      sql<string | null>`coalesce(f.dusun, eh.dusun)`.as('dusun'),
      sql<string | null>`coalesce(f.rw, eh.rw)`.as('rw'),
      sql<string | null>`coalesce(f.rt, eh.rt)`.as('rt'),
      sql<string | null>`coalesce(f.address, eh.address)`.as('address'),
      'pr.reason',
      'pr.channel',
      'pr.submitted_at',
      'pr.due_at',
      'pr.status_changed_at',
      'pr.check_outcome',
      'pr.deliberation_id',
      'pr.village_decision',
      'pr.village_reason',
      'pr.agency_decision',
      'pr.agency_reason',
      'pr.result_enrolment_id',
    ]);
}
export type ProposalRow = Awaited<ReturnType<typeof findProposal>> & object;

export function findProposal(db: Db, village: string, id: string) {
  return proposalRows(db).where('pr.village_code', '=', village).where('pr.id', '=', id).executeTakeFirst();
}

/** An usul's proposer, for the staff who contact them (never asked for a sanggah). */
export function usulProposerName(db: Db, village: string, id: string) {
  return db
    .selectFrom('assistance_proposal as pr')
    .innerJoin('resident as r', (j) =>
      j.onRef('r.village_code', '=', 'pr.village_code').onRef('r.id', '=', 'pr.submitter_resident_id'),
    )
    .select('r.full_name')
    .where('pr.village_code', '=', village)
    .where('pr.id', '=', id)
    .where('pr.kind', '=', 'usul')
    .executeTakeFirst();
}

export interface ProposalFilter {
  area: string;
  status?: string;
  /** Any of these statuses (the caller's own queue); empty matches nothing. */
  statuses?: readonly string[];
  kind?: string;
  programId?: string;
  overdueAt?: Date;
  limit: number;
  offset: number;
}

function filtered(db: Db, filter: ProposalFilter) {
  let query = proposalRows(db).where(inArea('pr.village_code', filter.area));
  if (filter.status === 'open') query = query.where('pr.status', 'in', [...OPEN_PROPOSAL_STATUSES]);
  else if (filter.status) query = query.where('pr.status', '=', filter.status);
  if (filter.statuses)
    query =
      filter.statuses.length === 0
        ? query.where(sql<boolean>`false`)
        : query.where('pr.status', 'in', [...filter.statuses]);
  if (filter.kind) query = query.where('pr.kind', '=', filter.kind);
  if (filter.programId) query = query.where('pr.program_id', '=', filter.programId);
  if (filter.overdueAt) query = query.where('pr.due_at', '<', filter.overdueAt);
  return query;
}

/** The queue: open items first, the longest overdue on top, then the newest of the final ones. */
export async function listProposals(db: Db, filter: ProposalFilter) {
  const [items, count] = await Promise.all([
    filtered(db, filter)
      .orderBy(sql`pr.due_at is null`)
      .orderBy('pr.due_at')
      .orderBy('pr.status_changed_at', 'desc')
      .orderBy('pr.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    filtered(db, filter)
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** The items an account made, newest first (a citizen's own page). */
export function listOwnProposals(db: Db, village: string, userId: string) {
  return proposalRows(db)
    .where('pr.village_code', '=', village)
    .where('pr.submitted_by', '=', userId)
    .orderBy('pr.submitted_at', 'desc')
    .limit(200)
    .execute();
}

export function isOwnProposal(db: Db, village: string, id: string, userId: string) {
  return db
    .selectFrom('assistance_proposal')
    .select('id')
    .where('village_code', '=', village)
    .where('id', '=', id)
    .where('submitted_by', '=', userId)
    .executeTakeFirst();
}

/** Another open item on the same family's enrolment in the program (the check's hints). */
export function openEnrolmentOfFamily(db: Db, village: string, programId: string, familyId: string) {
  return db
    .selectFrom('assistance_enrolment as e')
    .leftJoin('resident as r', (j) =>
      j.onRef('r.village_code', '=', 'e.village_code').onRef('r.id', '=', 'e.resident_id'),
    )
    .leftJoin('family as f', (j) =>
      j.onRef('f.village_code', '=', 'e.village_code').on('f.id', '=', familyId),
    )
    .select('e.id')
    .where('e.village_code', '=', village)
    .where('e.program_id', '=', programId)
    .where('e.status', '<>', 'exited')
    .where((eb) =>
      eb.or([
        eb('e.family_id', '=', familyId),
        eb('r.family_id', '=', familyId),
        eb(sql.ref('e.household_id'), '=', sql.ref('f.household_id')),
      ]),
    )
    .executeTakeFirst();
}

export function otherOpenSanggah(db: Db, village: string, enrolmentId: string, exceptId: string) {
  return db
    .selectFrom('assistance_proposal')
    .select('id')
    .where('village_code', '=', village)
    .where('enrolment_id', '=', enrolmentId)
    .where('id', '<>', exceptId)
    .where('status', 'in', [...OPEN_PROPOSAL_STATUSES])
    .executeTakeFirst();
}
