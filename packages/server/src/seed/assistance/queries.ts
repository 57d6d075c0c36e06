// SQL of the demo's welfare facts and enrolments: what a village's generated population holds, and the
// multi-row inserts of the facts, enrolments and their history.
import { FAMILY_ASSET_FIELDS } from '@smart-kampung/domain';
import { sql, type Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AssistanceEnrolment, FamilyWelfare, ResidentWelfare } from '../../db/schema.ts';
import { markTargetingChanged } from '../../modules/assistance/targeting/stored/village-version.ts';

/** Villages with households but no family facts yet (a second seed run leaves the first one's alone). */
export async function villagesWithoutWelfare(db: Db, villageCodes?: readonly string[]) {
  if (villageCodes?.length === 0) return [];
  let query = db.selectFrom('household as h').select('h.village_code').distinct();
  if (villageCodes) query = query.where('h.village_code', 'in', [...villageCodes]);
  const rows = await query
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('family_welfare as w')
            .select('w.family_id')
            .whereRef('w.village_code', '=', 'h.village_code'),
        ),
      ),
    )
    .orderBy('h.village_code')
    .execute();
  return rows.map((row) => row.village_code);
}

export function villageHouseholds(db: Db, villageCode: string) {
  return db
    .selectFrom('household')
    .select([
      'id',
      'head_resident_id',
      'floor_area_m2',
      'floor_material',
      'wall_material',
      'electricity_power',
      'lighting_source',
      'cooking_fuel',
      'toilet_facility',
    ])
    .where('village_code', '=', villageCode)
    .orderBy('household_no')
    .orderBy('id')
    .execute();
}

export function villageFamilies(db: Db, villageCode: string) {
  return db
    .selectFrom('family')
    .select(['id', 'household_id'])
    .where('village_code', '=', villageCode)
    .where('active', '=', true)
    .orderBy('kk_number')
    .execute();
}

/** Present residents, in a stable order. */
export function villageResidents(db: Db, villageCode: string) {
  return db
    .selectFrom('resident')
    .select([
      'id',
      'family_id',
      'relationship',
      'sex',
      'birth_date',
      'education_kk',
      'occupation',
      'disability',
      'insurance',
      'pregnant',
      'birth_certificate_no',
    ])
    .where('village_code', '=', villageCode)
    .where('status_code', '=', 1)
    .orderBy('nik')
    .execute();
}

export function programIds(db: Db) {
  return db.selectFrom('assistance_program').select(['id', 'code']).execute();
}

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 1000) await write(rows.slice(i, i + 1000));
}

/**
 * Rows as one array per column, unnested by the database: one parameter per column instead of one per cell,
 * as the population loader does (bulk-writers.ts). Array columns travel as array literals in a text[].
 */
async function insertUnnest<R extends object>(
  db: Db,
  table: 'resident_welfare' | 'family_welfare',
  rows: readonly R[],
  types: Readonly<Record<string, string>>,
) {
  const columns = Object.keys(types);
  const names = sql.join(columns.map((c) => sql.ref(c)));
  for (let i = 0; i < rows.length; i += 5000) {
    const part = rows.slice(i, i + 5000) as Record<string, unknown>[];
    const arrays = columns.map((c) =>
      types[c] === 'int2[]'
        ? sql`${part.map((row) => (row[c] ? `{${(row[c] as (number | null)[]).map((v) => v ?? 'NULL').join(',')}}` : null))}::text[]`
        : sql`${part.map((row) => row[c] ?? null)}::${sql.raw(types[c]!)}[]`,
    );
    const selected = sql.join(
      columns.map((c) => (types[c] === 'int2[]' ? sql`u.${sql.ref(c)}::int2[]` : sql`u.${sql.ref(c)}`)),
    );
    await sql`INSERT INTO ${sql.table(table)} (${names})
      SELECT ${selected} FROM unnest(${sql.join(arrays)}) AS u (${names})`.execute(db);
  }
}

/** Each column's SQL type: keys, text, the difficulty array, the family's yes/no answers, else smallint. */
const typesOf = (row: object, key: string, booleans: readonly string[] = []) =>
  Object.fromEntries(
    Object.keys(row).map((column) => [
      column,
      column === 'village_code' || column === 'source' || column.endsWith('_text')
        ? 'text'
        : column === key
          ? 'uuid'
          : column === 'difficulty'
            ? 'int2[]'
            : booleans.includes(column)
              ? 'bool'
              : 'int2',
    ]),
  );

export async function insertDemoWelfare(
  db: Db,
  rows: {
    members: Insertable<ResidentWelfare>[];
    families: Insertable<FamilyWelfare>[];
    enrolments: Insertable<AssistanceEnrolment>[];
  },
) {
  if (rows.families[0])
    await insertUnnest(
      db,
      'family_welfare',
      rows.families,
      typesOf(rows.families[0], 'family_id', [...FAMILY_ASSET_FIELDS, 'lost_livelihood']),
    );
  if (rows.members[0])
    await insertUnnest(db, 'resident_welfare', rows.members, typesOf(rows.members[0], 'resident_id'));
  await inChunks(rows.enrolments, async (chunk) => {
    await db.insertInto('assistance_enrolment').values(chunk).execute();
    await db
      .insertInto('assistance_enrolment_change')
      .values(
        chunk.map((e) => ({
          village_code: e.village_code,
          enrolment_id: e.id,
          seq: 1,
          changed_at: e.start_date ?? undefined,
          to_status: 'active',
          reason: e.source_reference,
          source: e.source,
        })),
      )
      .execute();
  });
  await markTargetingChanged(db, [
    ...rows.families.map((row) => row.village_code),
    ...rows.members.map((row) => row.village_code),
    ...rows.enrolments.map((row) => row.village_code),
  ]);
}
