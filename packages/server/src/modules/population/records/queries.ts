// All SQL behind the population record views: search, one resident, family card, household.
import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { inArea } from '../../../platform/area/in-area.ts';
import { neighbourhoodCode } from '../../../platform/lists/list-query.ts';
import type { ResidentListQuery } from './schemas.ts';
import { nameQueryWords as nameWords, wordsMatching } from '../registry/name-match.ts';
import { isNikPrefix, nikStartsWith } from './nik-prefix.ts';
import { statusCode } from './status.ts';

/** Birth-date bounds for an age range on today's date. */
function ageBounds(ageMin?: number, ageMax?: number) {
  return {
    bornOnOrBefore:
      ageMin !== undefined
        ? sql<string>`(current_date - make_interval(years => ${ageMin}))::date`
        : undefined,
    bornAfter:
      ageMax !== undefined
        ? sql<string>`(current_date - make_interval(years => ${ageMax + 1}))::date`
        : undefined,
  };
}

/** A resident's age in whole years today. */
export const ageExpression = sql<number>`extract(year FROM age(current_date, r.birth_date))::int`;

export type ResidentFilter = Pick<
  ResidentListQuery,
  'q' | 'status' | 'sex' | 'ageMin' | 'ageMax' | 'dusun' | 'rw' | 'rt' | 'flagged'
>;

/** A query that is a whole NIK (16 digits) is looked up exactly. */
export const isNik = (q: string | undefined) => q !== undefined && /^\d{16}$/.test(q);

/** Residents of a region matching the list filters; shared by the list and the export. Only the resident
 * table is scanned (address filters look up the family), so counting matches stays cheap. */
export function filteredResidents(db: Db, region: string, filter: ResidentFilter) {
  let base = db.selectFrom('resident as r').where(inArea('r.village_code', region));
  if (isNik(filter.q)) base = base.where('r.nik', '=', filter.q!);
  else if (isNikPrefix(filter.q)) base = base.where(nikStartsWith('r.nik', filter.q));
  else if (filter.q !== undefined) {
    // A query with no letters (a partial NIK, say) matches no name.
    if (nameWords(filter.q).length === 0) base = base.where(sql<SqlBool>`false`);
    // Every word of the query must match a word of the name, compared by spelling-variant key
    // (registry/name-match.ts): "Djoko" finds "Joko", "kholik" what "holik" finds, "Aminnah" "Aminah".
    for (const word of nameWords(filter.q))
      base = base.where(sql<SqlBool>`r.name_words && ${wordsMatching(word)}`);
  }
  if (filter.status !== 'all') base = base.where('r.status_code', '=', statusCode[filter.status]);
  if (filter.sex) base = base.where('r.sex', '=', filter.sex);
  if (filter.dusun || filter.rw || filter.rt) {
    base = base.where((eb) => {
      let family = eb
        .selectFrom('family as f')
        .select(sql`1`.as('one'))
        .whereRef('f.village_code', '=', 'r.village_code')
        .whereRef('f.id', '=', 'r.family_id');
      if (filter.dusun) family = family.where('f.dusun', 'ilike', filter.dusun);
      if (filter.rw) family = family.where('f.rw', '=', neighbourhoodCode(filter.rw));
      if (filter.rt) family = family.where('f.rt', '=', neighbourhoodCode(filter.rt));
      return eb.exists(family);
    });
  }
  if (filter.flagged) base = base.where(sql<SqlBool>`cardinality(r.verification_flags) > 0`);
  const { bornOnOrBefore, bornAfter } = ageBounds(filter.ageMin, filter.ageMax);
  if (bornOnOrBefore) base = base.where('r.birth_date', '<=', bornOnOrBefore);
  if (bornAfter) base = base.where('r.birth_date', '>', bornAfter);
  return base;
}

export function findResident(db: Db, villageCode: string, id: string) {
  return db
    .selectFrom('resident as r')
    .innerJoin('region as v', 'v.code', 'r.village_code')
    .leftJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .selectAll('r')
    .select([
      'v.name as village_name',
      ageExpression.as('age'),
      'f.kk_number',
      'f.dusun',
      'f.rw',
      'f.rt',
      'f.address',
      'f.household_id',
    ])
    .where('r.village_code', '=', villageCode)
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export function residentEvents(db: Db, villageCode: string, residentId: string) {
  return db
    .selectFrom('resident_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.event_type', 'e.event_date', 'e.recorded_at', 'e.details', 'u.display_name'])
    .where('e.village_code', '=', villageCode)
    .where('e.resident_id', '=', residentId)
    .orderBy('e.recorded_at', 'desc')
    .limit(50)
    .execute();
}

export function findFamily(db: Db, villageCode: string, id: string) {
  return db
    .selectFrom('family as f')
    .innerJoin('region as v', 'v.code', 'f.village_code')
    .innerJoin('region as d', 'd.code', 'v.parent_code')
    .selectAll('f')
    .select(['v.name as village_name', 'd.name as district_name'])
    .where('f.village_code', '=', villageCode)
    .where('f.id', '=', id)
    .executeTakeFirst();
}

export function familyMembers(db: Db, villageCode: string, familyId: string) {
  return db
    .selectFrom('resident as r')
    .select([
      'r.id',
      'r.nik',
      'r.full_name',
      'r.sex',
      'r.birth_place',
      'r.religion',
      'r.birth_date',
      ageExpression.as('age'),
      'r.relationship',
      'r.marital_status',
      'r.education_kk',
      'r.occupation',
      'r.status_code',
    ])
    .where('r.village_code', '=', villageCode)
    .where('r.family_id', '=', familyId)
    .orderBy('r.relationship')
    .orderBy('r.birth_date')
    .execute();
}
