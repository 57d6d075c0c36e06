// The resident list's search, one statement per request whatever is asked:
// - an exact NIK is looked up in the regency-wide NIK directory (resident_nik, keyed by the NIK), then its one
//   resident is checked against the caller's area and the filters: no scan of an area's residents;
// - a name search never reads every match. A common name ("siti", "nur") matches 100,000 residents of the
//   regency, and counting them or ordering them all by similarity read every one of them. The count stops
//   after NAME_MATCH_BOUND ("more than 1,000"), and the page is ranked within a bounded candidate set chosen
//   so that the best matches are always in it (see nameSearch);
// - without a query, the filtered list is counted and paged as before.
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { isVillageArea } from '../../../platform/area/in-area.ts';
import { preparedStatement } from '../../../db/prepared-statements.ts';
import {
  keyedByVillage,
  nameQueryWords as nameWords,
  queryWordMatches,
  villageNameKeys,
} from '../registry/name-match.ts';
import { isNikPrefix } from './nik-prefix.ts';
import { ageExpression, filteredResidents, isNik } from './queries.ts';
import type { ResidentListQuery } from './schemas.ts';

/** A name search counts its matches up to this many; beyond it the list says "more than 1,000". */
export const NAME_MATCH_BOUND = 1000;
/** Past the bound, residents named exactly as asked taken into the ranking (they tie, first). */
const EXACT_PAST_BOUND = 200;

/** Residents with their village and family, as a list row; joined to the keys of one page. */
function pageRows(residents: ReturnType<typeof filteredResidents>) {
  return residents
    .innerJoin('region as v', 'v.code', 'r.village_code')
    .leftJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .select([
      'r.id',
      'r.village_code',
      'v.name as village_name',
      'r.nik',
      'f.kk_number',
      'r.family_id',
      'r.full_name',
      'r.sex',
      'r.birth_date',
      ageExpression.as('age'),
      'r.relationship',
      'f.dusun',
      'f.rw',
      'f.rt',
      'r.status_code',
      'r.verification_flags',
    ]);
}

export interface ResidentSearchResult {
  /** How many match; with `totalCapped`, a lower bound: more than this many match. */
  total: number;
  totalCapped: boolean;
  items: Awaited<ReturnType<ReturnType<typeof pageRows>['execute']>>;
}

/**
 * An exact NIK: the directory's key finds the one resident, then the area and the filters decide whether the
 * caller sees it. Outside the area it is simply not found, exactly like a NIK nobody has.
 */
async function nikSearch(db: Db, region: string, query: ResidentListQuery): Promise<ResidentSearchResult> {
  const nik = query.q!;
  const claim = db.selectFrom('resident_nik as n').where('n.nik', '=', nik);
  // The claim's key as two one-row look-ups, so the resident is then read by its primary key.
  const found = await pageRows(
    filteredResidents(db, region, query)
      .where('r.village_code', '=', claim.select('n.village_code'))
      .where('r.id', '=', claim.select('n.resident_id')),
  )
    .modifyEnd(preparedStatement)
    .execute();
  return { total: found.length, totalCapped: false, items: query.offset === 0 ? found : [] };
}

const candidateColumns = ['r.village_code', 'r.id', 'r.full_name', 'r.birth_date'] as const;
interface Candidate {
  village_code: string;
  id: string;
  full_name: string;
  birth_date: string;
}

/**
 * A name search in one statement. Each candidate set is a MATERIALIZED CTE: planned for all its rows (so an
 * index is used), executed only as far as its reader asks, and at most NAME_MATCH_BOUND + 1 rows are read:
 * - `word_match`: each query word against the dictionary once (registry/name-match.ts): the words it matches
 *   and the closest of them; every later set reads these, so the dictionary is scanned once per word;
 * - `exact_name`: residents named exactly like the query read as its closest dictionary words ("Siti
 *   Aminnah" → siti aminah), found through the hash index of migration 0017. They rank first (similarity
 *   1), so a full name always finds its person however common it is; past the bound here ("siti" alone:
 *   4,000 residents named just SITI) nothing else is read;
 * - `spelling_match`: the distinct spellings of names (name_spelling, migration 0019) that the list's name
 *   rule matches: every query word matches a word of the spelling (typos, prefixes, spelling conventions).
 *   Matching 82,000 spellings instead of 1.7 million residents reads word lists twenty times shorter. The
 *   spellings come most similar to the query first;
 * - `every_match`: the residents of those spellings, in that order, each spelling's through the hash index.
 *   Under the bound it holds every match, so the count and the order are exactly those of a full search;
 *   past it, the residents read are those of the spellings most like the query, so the page is ranked
 *   among the best candidates there are (better than the shortest names of the first matches read, which
 *   is what the search did before).
 * The ranking computes the similarity once per distinct full name among the candidates (a few dozen names
 * among up to 1,000 residents), not once per resident. In one village, `every_match` reads the village's own
 * residents instead of the spellings' (see there).
 */
async function nameSearch(db: Db, region: string, query: ResidentListQuery): Promise<ResidentSearchResult> {
  const text = query.q!;
  const words = nameWords(text);
  if (words.length === 0) return { total: 0, totalCapped: false, items: [] };
  const bound = NAME_MATCH_BOUND + 1;
  const withFilters = filteredResidents(db, region, { ...query, q: undefined });
  const tier = (nameCondition: Expression<SqlBool>) =>
    withFilters.where(nameCondition).select([...candidateColumns]);
  // Per query word (by position): NULL when it matches no dictionary word, so nothing matches the query.
  const matchOf = (i: number, column: 'words' | 'closest') =>
    sql`(SELECT ${sql.ref(column)} FROM word_match WHERE i = ${sql.lit(i + 1)})`;
  const closest = sql`(SELECT words FROM closest)`;
  // The residents of the matching spellings that pass `which`, each spelling's through the hash index of
  // migration 0017: a few index probes per spelling instead of intersecting the resident GIN index's long
  // word lists. OFFSET 0 keeps the sub-select whole: pulled up into a plain join, the planner may pick a
  // hash join over every resident instead.
  const residentsOf = (which: RawBuilder<SqlBool>) =>
    sql<Candidate>`(SELECT m.* FROM spelling_match s CROSS JOIN LATERAL (${tier(
      sql<SqlBool>`hash_array(r.name_words) = hash_array(s.words) AND r.name_words IS NOT DISTINCT FROM s.words`,
    )} OFFSET 0) m WHERE ${which})`;
  // Whether a set read so far stays under the bound; as a one-time filter it decides whether a later set is
  // read at all: past the bound with the exact name alone, no spelling is matched and no other resident read.
  const below = (earlier: string) =>
    sql<SqlBool>`(SELECT count(*) FROM (SELECT 1 FROM ${sql.table(earlier)} LIMIT ${bound}) s) < ${bound}`;
  const byRelevance = query.sort !== 'birth_date' && query.sort !== '-birth_date';
  const order =
    query.sort === 'birth_date'
      ? sql`c.birth_date ASC, c.full_name, c.id`
      : query.sort === '-birth_date'
        ? sql`c.birth_date DESC, c.full_name, c.id`
        : sql`s.score DESC, c.full_name, c.id`;
  const rows = await db
    .with(
      (cte) => cte('word_match').materialized(),
      () => queryWordMatches(words),
    )
    .with(
      (cte) => cte('closest').materialized(),
      // Kysely writes a raw CTE body as it is: the parentheses are ours.
      () =>
        sql<{
          words: string[];
        }>`(SELECT ARRAY[${sql.join(words.map((_, i) => matchOf(i, 'closest')))}]::text[] AS words)`,
    )
    .with(
      (cte) => cte('exact_name').materialized(),
      // The hash finds them (migration 0017); IS NOT DISTINCT FROM checks the words without inviting the
      // planner to intersect the GIN index's long word lists as well, which `=` would.
      () =>
        tier(
          sql<SqlBool>`hash_array(r.name_words) = hash_array(${closest}) AND r.name_words IS NOT DISTINCT FROM ${closest}`,
        ),
    )
    .with(
      (cte) => cte('spelling_match').materialized(),
      // Every word of the query matches a word of the spelling (the rule of filteredResidents, each word
      // matched once); the most similar spellings first, so past the bound the residents read are the best.
      () => sql<{ words: string[] }>`(SELECT s.words FROM name_spelling s
        WHERE ${sql.join(
          words.map((_, i) => sql`s.words && ${matchOf(i, 'words')}`),
          sql` AND `,
        )}
        ORDER BY similarity(array_to_string(s.words, ' '), ${text}) DESC, s.words)`,
    )
    .with(
      (cte) => cte('every_match').materialized(),
      // The exact name's own spelling is left out: exact_name has read its residents already. In one village
      // (a few thousand residents) its own residents are matched instead, through the village's own name keys
      // (migration 0033): probing each spelling's residents of the whole regency for the few in one village
      // read ten times more, and the residents' word lists are the regency's ("siti": 100,000 entries).
      () =>
        isVillageArea(region)
          ? tier(
              sql.join(
                words.map(
                  (_, i) => sql`${villageNameKeys} && ${keyedByVillage(region, matchOf(i, 'words'))}`,
                ),
                sql` AND `,
              ) as Expression<SqlBool>,
            )
              .where(sql<SqlBool>`r.name_words IS DISTINCT FROM ${closest}`)
              .where(below('exact_name'))
          : residentsOf(sql<SqlBool>`s.words IS DISTINCT FROM ${closest} AND ${below('exact_name')}`),
    )
    .with(
      'match_count',
      // The exact names, then the other matches, together up to the bound.
      () => sql<{ n: number; exact: number }>`(SELECT
        (SELECT count(*) FROM (SELECT 1 FROM exact_name UNION ALL SELECT 1 FROM every_match LIMIT ${bound}) a)::int AS n,
        (SELECT count(*) FROM (SELECT 1 FROM exact_name LIMIT ${bound}) e)::int AS exact)`,
    )
    .with(
      'candidate',
      () => sql<Candidate>`(
          (SELECT * FROM exact_name
           LIMIT (SELECT CASE WHEN n > ${NAME_MATCH_BOUND} THEN ${EXACT_PAST_BOUND} ELSE n END FROM match_count))
          UNION (SELECT * FROM every_match LIMIT (SELECT n - exact FROM match_count)))`,
    )
    .with(
      'page',
      () => sql<{ village_code: string; id: string; position: number }>`(
        SELECT c.village_code, c.id, row_number() OVER (ORDER BY ${order})::int AS position
        FROM candidate c
        ${
          byRelevance
            ? sql`JOIN (SELECT full_name, similarity(full_name, ${text}) AS score FROM candidate GROUP BY full_name) s
                USING (full_name)`
            : sql``
        }
        ORDER BY ${order} LIMIT ${query.limit} OFFSET ${query.offset})`,
    )
    .selectFrom('page as p')
    .innerJoin('match_count as m', (join) => join.on(sql<SqlBool>`true`))
    .innerJoin(
      () => pageRows(db.selectFrom('resident as r')).as('row'),
      (join) => join.onRef('row.village_code', '=', 'p.village_code').onRef('row.id', '=', 'p.id'),
    )
    .selectAll('row')
    .select('m.n as matched')
    .orderBy('p.position')
    .modifyEnd(preparedStatement)
    .execute();
  // An empty page past the end still needs the count: ask for the first page's (rare: a stale link).
  if (rows.length === 0 && query.offset > 0) {
    const first = await nameSearch(db, region, { ...query, offset: 0, limit: 1 });
    return { ...first, items: [] };
  }
  const matched = rows[0]?.matched ?? 0;
  return {
    total: Math.min(matched, NAME_MATCH_BOUND),
    totalCapped: matched > NAME_MATCH_BOUND,
    items: rows.map(({ matched: _, ...row }) => row),
  };
}

/** The list without a text query: counted and paged; the page is chosen on the resident table alone. */
async function filteredList(db: Db, region: string, query: ResidentListQuery): Promise<ResidentSearchResult> {
  const base = filteredResidents(db, region, query);
  let page = base.select(['r.village_code', 'r.id', 'r.full_name', 'r.birth_date']);
  if (query.sort === 'birth_date') page = page.orderBy('r.birth_date', 'asc');
  if (query.sort === '-birth_date') page = page.orderBy('r.birth_date', 'desc');
  page = page.orderBy('r.full_name').orderBy('r.id').limit(query.limit).offset(query.offset);
  const [total, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db
      .with('page', () => page)
      .selectFrom('page as p')
      .innerJoin(
        () => pageRows(db.selectFrom('resident as r')).as('row'),
        (join) => join.onRef('row.village_code', '=', 'p.village_code').onRef('row.id', '=', 'p.id'),
      )
      .selectAll('row')
      .orderBy(
        query.sort === 'name' || query.sort === 'relevance'
          ? sql`p.full_name, p.id`
          : sql`p.birth_date ${sql.raw(query.sort === 'birth_date' ? 'ASC' : 'DESC')}, p.full_name, p.id`,
      )
      .execute(),
  ]);
  return { total: Number(total.n), totalCapped: false, items: rows };
}

/** One page of the resident list and how many match. */
export function searchResidents(
  db: Db,
  region: string,
  query: ResidentListQuery,
): Promise<ResidentSearchResult> {
  if (isNik(query.q)) return nikSearch(db, region, query);
  // A partial NIK (6 digits or more) is a prefix filter on the list, counted like one.
  if (query.q !== undefined && !isNikPrefix(query.q)) return nameSearch(db, region, query);
  return filteredList(db, region, query);
}
