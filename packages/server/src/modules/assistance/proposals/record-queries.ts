// SQL of what an item's steps record beside it: village deliberations (musyawarah desa) with their minutes,
// verification visits, photos, the regency's step deadlines, and the village's current recipients a citizen
// may dispute.
import type { Db } from '../../../db/database.ts';

export function stepDeadlines(db: Db) {
  return db.selectFrom('assistance_proposal_deadline').select(['step', 'working_days']).execute();
}

export async function upsertDeadline(db: Db, step: string, workingDays: number, userId: string) {
  await db
    .insertInto('assistance_proposal_deadline')
    .values({ step, working_days: workingDays, updated_by: userId })
    .onConflict((oc) =>
      oc
        .column('step')
        .doUpdateSet({ working_days: workingDays, updated_by: userId, updated_at: new Date() }),
    )
    .execute();
}

export async function insertDeliberation(
  db: Db,
  row: {
    village_code: string;
    id: string;
    held_on: string;
    place: string;
    attendance: number;
    attendance_note: string | null;
    created_by: string;
  },
) {
  await db.insertInto('assistance_deliberation').values(row).execute();
}

const deliberationColumns = [
  'id',
  'village_code',
  'held_on',
  'place',
  'attendance',
  'attendance_note',
  'minutes_sha256',
  'minutes_bytes',
  'created_at',
] as const;

export function listDeliberations(db: Db, village: string) {
  return db
    .selectFrom('assistance_deliberation')
    .select(deliberationColumns)
    .where('village_code', '=', village)
    .orderBy('held_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
}

export function findDeliberation(db: Db, village: string, id: string) {
  return db
    .selectFrom('assistance_deliberation')
    .select(deliberationColumns)
    .where('village_code', '=', village)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function setMinutes(db: Db, village: string, id: string, pdf: Buffer, sha256: string) {
  await db
    .updateTable('assistance_deliberation')
    .set({ minutes_pdf: pdf, minutes_sha256: sha256, minutes_bytes: pdf.length })
    .where('village_code', '=', village)
    .where('id', '=', id)
    .execute();
}

export function minutesOf(db: Db, village: string, id: string) {
  return db
    .selectFrom('assistance_deliberation')
    .select(['minutes_pdf', 'held_on'])
    .where('village_code', '=', village)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertVisit(
  db: Db,
  row: {
    village_code: string;
    id: string;
    proposal_id: string;
    visited_on: string;
    findings: string;
    facts_updated: boolean;
    visited_by: string;
  },
) {
  await db.insertInto('assistance_proposal_visit').values(row).execute();
}

export function findVisit(db: Db, village: string, proposalId: string) {
  return db
    .selectFrom('assistance_proposal_visit')
    .select(['id', 'visited_on', 'findings', 'facts_updated', 'created_at'])
    .where('village_code', '=', village)
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
}

export async function insertPhoto(
  db: Db,
  row: {
    village_code: string;
    id: string;
    proposal_id: string;
    kind: 'house' | 'visit';
    content_type: string;
    content: Buffer;
    uploaded_by: string;
  },
) {
  await db
    .insertInto('assistance_proposal_photo')
    .values({ ...row, size_bytes: row.content.length })
    .execute();
}

export function listPhotos(db: Db, village: string, proposalId: string) {
  return db
    .selectFrom('assistance_proposal_photo')
    .select(['id', 'kind', 'content_type', 'size_bytes', 'uploaded_at'])
    .where('village_code', '=', village)
    .where('proposal_id', '=', proposalId)
    .orderBy('uploaded_at')
    .execute();
}

export function findPhoto(db: Db, village: string, proposalId: string, id: string) {
  return db
    .selectFrom('assistance_proposal_photo')
    .select(['id', 'kind', 'content_type', 'content'])
    .where('village_code', '=', village)
    .where('proposal_id', '=', proposalId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** An open enrolment of the village (what a sanggah may dispute). */
export function openEnrolmentOfVillage(db: Db, village: string, id: string) {
  return db
    .selectFrom('assistance_enrolment')
    .select(['id', 'program_id', 'status'])
    .where('village_code', '=', village)
    .where('id', '=', id)
    .where('status', '<>', 'exited')
    .executeTakeFirst();
}

/**
 * The village's current recipients a citizen may dispute, as Cek Bansos shows them (the name to be masked by
 * the caller, RT/RW, the program): the enrolment's id is what a sanggah names.
 */
export function villageRecipients(db: Db, village: string, programId: string | undefined) {
  let query = db
    .selectFrom('assistance_enrolment as e')
    .innerJoin('assistance_program as p', 'p.id', 'e.program_id')
    .leftJoin('resident as r', (j) =>
      j.onRef('r.village_code', '=', 'e.village_code').onRef('r.id', '=', 'e.resident_id'),
    )
    .leftJoin('household as h', (j) =>
      j.onRef('h.village_code', '=', 'e.village_code').onRef('h.id', '=', 'e.household_id'),
    )
    .leftJoin('resident as s', (j) =>
      j
        .onRef('s.village_code', '=', 'e.village_code')
        .on((eb) =>
          eb.or([
            eb('s.id', '=', eb.ref('r.id')),
            eb('s.id', '=', eb.ref('h.head_resident_id')),
            eb.and([eb('s.family_id', '=', eb.ref('e.family_id')), eb('s.relationship', '=', 1)]),
          ]),
        ),
    )
    .leftJoin('family as f', (j) =>
      j.onRef('f.village_code', '=', 's.village_code').onRef('f.id', '=', 's.family_id'),
    )
    .select(['e.id', 'p.id as program_id', 'p.name as program_name', 's.full_name', 'f.rt', 'f.rw'])
    .where('e.village_code', '=', village)
    .where('e.status', '<>', 'exited')
    .where('e.unit_type', '<>', 'group');
  if (programId) query = query.where('e.program_id', '=', programId);
  return query.orderBy('s.full_name').orderBy('e.id').limit(500).execute();
}

/** The programs a citizen of the village may propose a family for: active, not for groups, the regency's or
 * the village's own. */
export function proposablePrograms(db: Db, village: string) {
  return db
    .selectFrom('assistance_program')
    .select(['id', 'code', 'name', 'level', 'target_unit'])
    .where('active', '=', true)
    .where('target_unit', '<>', 'group')
    .where((eb) => eb.or([eb('level', '<>', 'village'), eb('owner_area_code', '=', village)]))
    .orderBy('name')
    .execute();
}
