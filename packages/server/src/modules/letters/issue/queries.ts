// SQL of issuing letters: the subject and the village as the letter prints them, the delegations that may
// reach the village, and the letters themselves.
import type { Delegation, OfficialPosition } from '@smart-kampung/domain';
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { Insertable } from 'kysely';
import type { Letter } from '../../../db/schema.generated.ts';

/** The resident a letter is about, with their family card and its head. */
export function letterSubjectRow(db: Db, villageCode: string, residentId: string) {
  return db
    .selectFrom('resident as r')
    .leftJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .select([
      'r.id',
      'r.nik',
      'r.full_name',
      'r.sex',
      'r.birth_place',
      'r.birth_date',
      'r.religion',
      'r.occupation',
      'r.marital_status',
      'r.citizenship',
      'r.father_name',
      'r.mother_name',
      'r.status_code',
      'f.kk_number',
      'f.address',
      'f.rt',
      'f.rw',
      'f.dusun',
      (eb) =>
        eb
          .selectFrom('resident as head')
          .select('head.full_name')
          .whereRef('head.village_code', '=', 'r.village_code')
          .whereRef('head.family_id', '=', 'r.family_id')
          .where('head.relationship', '=', 1)
          .orderBy('head.status_code')
          .limit(1)
          .as('family_head'),
    ])
    .where('r.village_code', '=', villageCode)
    .where('r.id', '=', residentId)
    .executeTakeFirst();
}
export type LetterSubjectRow = NonNullable<Awaited<ReturnType<typeof letterSubjectRow>>>;

/** The village, its district, regency and province, and its office: the letterhead. */
export function letterheadRow(db: Db, villageCode: string) {
  return db
    .selectFrom('region as v')
    .innerJoin('region as d', 'd.code', 'v.parent_code')
    .innerJoin('region as k', 'k.code', 'd.parent_code')
    .leftJoin('region as p', 'p.code', 'k.parent_code')
    .leftJoin('village_profile as profile', 'profile.village_code', 'v.code')
    .select([
      'v.name as village',
      'v.kind',
      'd.name as district',
      'k.name as regency',
      'p.name as province',
      'profile.office_address',
      'profile.postal_code',
      'profile.phone',
      'profile.email',
    ])
    .where('v.code', '=', villageCode)
    .where('v.level', '=', 'village')
    .executeTakeFirst();
}

/** Delegations for the letter type whose area holds the village (the regency, its district or itself). */
export async function delegationsFor(db: Db, villageCode: string, letterTypeCode: string) {
  const segments = villageCode.split('.');
  const areas = segments.map((_, index) => segments.slice(0, index + 1).join('.'));
  const rows = await db
    .selectFrom('letter_delegation')
    .selectAll()
    .where('area_code', 'in', areas)
    .where(sql<boolean>`${letterTypeCode} = ANY(letter_type_codes)`)
    .execute();
  return rows.map((row): Delegation => ({
    id: row.id,
    areaCode: row.area_code,
    authority: row.authority as Delegation['authority'],
    mode: row.mode as Delegation['mode'],
    letterTypeCodes: row.letter_type_codes,
    regulationNumber: row.regulation_number,
    regulationDate: row.regulation_date,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    signingPosition: row.signing_position as OfficialPosition,
  }));
}

export async function insertLetter(db: Db, letter: Insertable<Letter>) {
  await db.insertInto('letter').values(letter).execute();
}

const letterColumns = [
  'l.id',
  'l.public_id',
  'l.letter_type_code',
  't.name as letter_type_name',
  'l.number',
  'l.letter_date',
  'l.issued_at',
  'l.subject_resident_id',
  'l.subject',
  'l.fields',
  'l.parties',
  'l.template',
  'l.letterhead',
  'l.signer',
  'l.status',
  'l.void_reason',
  'l.voided_at',
  'l.signing_key_id',
  'l.signature',
] as const;

function letters(db: Db, villageCode: string) {
  return db
    .selectFrom('letter as l')
    .innerJoin('letter_type as t', 't.code', 'l.letter_type_code')
    .select(letterColumns)
    .where('l.village_code', '=', villageCode);
}

export function findLetter(db: Db, villageCode: string, id: string) {
  return letters(db, villageCode).where('l.id', '=', id).executeTakeFirst();
}
export type LetterRow = NonNullable<Awaited<ReturnType<typeof findLetter>>>;

/** The row of a letter about to be voided, locked so two voids do not both pass the check. */
export function lockLetter(db: Db, villageCode: string, id: string) {
  return db
    .selectFrom('letter')
    .select(['id', 'status', 'number'])
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function markLetterVoid(
  db: Db,
  villageCode: string,
  id: string,
  reason: string,
  userId: string,
) {
  await db
    .updateTable('letter')
    .set({ status: 'void', void_reason: reason, voided_at: new Date(), voided_by: userId })
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .execute();
}

export interface LetterListFilter {
  status?: 'issued' | 'void';
  residentId?: string;
  limit: number;
  offset: number;
}

export async function listLetters(db: Db, villageCode: string, filter: LetterListFilter) {
  let query = letters(db, villageCode);
  if (filter.status) query = query.where('l.status', '=', filter.status);
  if (filter.residentId) query = query.where('l.subject_resident_id', '=', filter.residentId);
  const [items, total] = await Promise.all([
    query.orderBy('l.issued_at', 'desc').orderBy('l.id').limit(filter.limit).offset(filter.offset).execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.count) };
}

/** A letter by its public id, for the verify page. */
export function findLetterByPublicId(db: Db, villageCode: string, publicId: string) {
  return letters(db, villageCode).where('l.public_id', '=', publicId).executeTakeFirst();
}
