// SQL of the household list. The page is chosen on the household table alone (its filters need nothing
// else, so counting stays cheap at regency scale); only the page's rows then get their head, families and
// members.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../../../db/database.ts';
import { inArea } from '../../../../platform/area/in-area.ts';
import { neighbourhoodCode } from '../../../../platform/lists/list-query.ts';
import { HOUSING_FOLLOW_UPS } from '@smart-kampung/domain';
import { EXPECTED_HOUSING_COLUMNS, type HousingColumn } from '@smart-kampung/domain';
import { nameQueryWords, wordsMatching } from '../../registry/name-match.ts';
import type { HouseholdListQuery } from './schemas.ts';

/**
 * How many of the housing facts are answered, as SQL. A follow-up the Regsosek form skips (a land title for
 * a rented house) counts as answered once the question before it is answered.
 */
function answered(column: HousingColumn) {
  const value = sql.ref(`h.${column}`);
  const followUp = HOUSING_FOLLOW_UPS.find((f) => f.field === column);
  if (!followUp) return sql`(${value} IS NOT NULL)::int`;
  const parent = sql.ref(`h.${followUp.parent}`);
  return sql`(${value} IS NOT NULL OR (${parent} IS NOT NULL AND NOT ${parent} = ANY(${sql.val([...followUp.askedAfter])}::int2[])))::int`;
}
export const housingAnswered = sql<number>`(${sql.join(EXPECTED_HOUSING_COLUMNS.map(answered), sql` + `)})`;

/** The household's active families, and their present members (the list's and the export's counts). */
export const familyCount = sql<number>`(SELECT count(*) FROM family f WHERE f.village_code = h.village_code AND f.household_id = h.id AND f.active)::int`;
export const memberCount = sql<number>`(SELECT count(*) FROM family f JOIN resident r ON r.village_code = f.village_code AND r.family_id = f.id
  WHERE f.village_code = h.village_code AND f.household_id = h.id AND f.active AND r.status_code = 1)::int`;

/**
 * Households with their village and their head, joined as every household view shows them: a recorded head
 * who has since died or moved away is no head (the household shows none until a new one is set).
 */
export function householdsWithHead(db: Db) {
  return db
    .selectFrom('household as h')
    .innerJoin('region as v', 'v.code', 'h.village_code')
    .leftJoin('resident as head', (join) =>
      join
        .onRef('head.village_code', '=', 'h.village_code')
        .onRef('head.id', '=', 'h.head_resident_id')
        .on('head.status_code', '=', 1),
    );
}

/**
 * The household number's start, or the head's name matched as residents are found by name: every word of the
 * query matches a word of the head's name by spelling-variant key, so a misspelt head's name finds the house.
 */
function matchesQuery(q: string): Expression<SqlBool> {
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  const words = nameQueryWords(q);
  const byHead =
    words.length === 0
      ? sql<SqlBool>`false`
      : sql<SqlBool>`EXISTS (SELECT 1 FROM resident r WHERE r.village_code = h.village_code
          AND r.id = h.head_resident_id AND ${sql.join(
            words.map((word) => sql`r.name_words && ${wordsMatching(word)}`),
            sql` AND `,
          )})`;
  // Numbers are often stored zero-padded ("00012"); "12" finds them too.
  const unpadded = escaped.replace(/^0+(?=.)/, '');
  return sql<SqlBool>`(h.household_no ILIKE ${`${escaped}%`} OR ltrim(h.household_no, '0') ILIKE ${`${unpadded}%`} OR ${byHead})`;
}

/** The list's filters without its paging: the export applies the same ones. */
export type HouseholdFilter = Omit<HouseholdListQuery, 'limit' | 'offset'>;

/** The households of a region that match the filters (shared by the list and the export). */
export function filteredHouseholds(db: Db, region: string, query: HouseholdFilter) {
  let base = db.selectFrom('household as h').where(inArea('h.village_code', region));
  if (query.q) base = base.where(matchesQuery(query.q));
  if (query.dusun) base = base.where('h.dusun', 'ilike', query.dusun);
  if (query.rw) base = base.where('h.rw', '=', neighbourhoodCode(query.rw));
  if (query.rt) base = base.where('h.rt', '=', neighbourhoodCode(query.rt));
  if (query.incomplete === 'location') base = base.where('h.latitude', 'is', null);
  // The same test as the row's head: a recorded head who is no longer present counts as none.
  if (query.incomplete === 'head')
    base = base.where(
      sql<SqlBool>`NOT EXISTS (SELECT 1 FROM resident r WHERE r.village_code = h.village_code
        AND r.id = h.head_resident_id AND r.status_code = 1)`,
    );
  if (query.incomplete === 'housing')
    base = base.where(sql<SqlBool>`${housingAnswered} < ${EXPECTED_HOUSING_COLUMNS.length}`);
  return base;
}

/**
 * `h` is one of these households. Two array parameters unnested into a semi-join: a row-value list
 * `(village_code, id) IN ((…), (…), …)` is parsed by PostgreSQL into one nested OR per key, and walking that
 * tree recursively overflows the JavaScript stack PGlite's WebAssembly runs on after a few hundred keys.
 * PGlite swallows the overflow and goes on with a corrupt backend: wrong rows, then a statement that never
 * returns and blocks the whole process (docs/ARCHITECTURE.md, "Statement time limits").
 */
export function householdKeyIn(keys: readonly { village_code: string; id: string }[]) {
  const villages = keys.map((k) => k.village_code);
  const ids = keys.map((k) => k.id);
  return sql<SqlBool>`(h.village_code, h.id) IN (SELECT * FROM unnest(${villages}::text[], ${ids}::uuid[]))`;
}

/** Keys of the filtered households in the list's order: village, number (none last), id. */
export function inListOrder(base: ReturnType<typeof filteredHouseholds>) {
  return base
    .select(['h.village_code', 'h.id'])
    .orderBy('h.village_code')
    .orderBy(sql`h.household_no NULLS LAST`)
    .orderBy('h.id');
}

export async function listHouseholds(db: Db, region: string, query: HouseholdListQuery) {
  const base = filteredHouseholds(db, region, query);
  const [total, page] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    inListOrder(base).limit(query.limit).offset(query.offset).execute(),
  ]);
  if (page.length === 0) return { total: Number(total.n), rows: [] };
  const rows = await householdsWithHead(db)
    .select([
      'h.id',
      'h.village_code',
      'v.name as village_name',
      'h.household_no',
      'h.dusun',
      'h.rw',
      'h.rt',
      'h.address',
      'h.latitude',
      'head.full_name as head_name',
      housingAnswered.as('housing_answered'),
      familyCount.as('family_count'),
      memberCount.as('member_count'),
    ])
    .where(householdKeyIn(page))
    .execute();
  const position = new Map(page.map((p, i) => [p.id, i]));
  rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  return { total: Number(total.n), rows };
}
