// SQL of the Regsosek section IV and V imports: what the rows are checked against (the village's family cards
// and residents, their recorded answers, open enrolments of the 501 programs) and the set-based writes.
import { sql, type Insertable } from 'kysely';
import type { Db } from '../../../../db/database.ts';
import type { FamilyWelfare, ResidentWelfare } from '../../../../db/schema.ts';
import { markTargetingChanged } from '../../targeting/stored/village-version.ts';

const HEAD = 1;

/** The village's family cards: active ones by number, and numbers that only replaced cards carry. */
export async function loadCards(db: Db, villageCode: string, lock = false) {
  let query = db
    .selectFrom('family as f')
    .leftJoin('resident as head', (join) =>
      join
        .onRef('head.village_code', '=', 'f.village_code')
        .onRef('head.family_id', '=', 'f.id')
        .on('head.relationship', '=', HEAD)
        .on('head.status_code', '=', 1),
    )
    .select(['f.id', 'f.kk_number', 'f.household_id', 'f.active', 'head.id as head_id'])
    .where('f.village_code', '=', villageCode);
  if (lock) query = query.forUpdate('f');
  const rows = await query.execute();
  const active = new Map<string, { id: string; householdId: string | null; headId: string | null }>();
  const replaced = new Set<string>();
  for (const row of rows) {
    if (row.active)
      active.set(row.kk_number, { id: row.id, householdId: row.household_id, headId: row.head_id });
    else replaced.add(row.kk_number);
  }
  for (const kk of active.keys()) replaced.delete(kk);
  return { active, replaced };
}

export function villageResidents(db: Db, villageCode: string, lock = false) {
  let query = db
    .selectFrom('resident')
    .select(['id', 'nik', 'family_id', 'sex', 'birth_date', 'marital_status', 'pregnant'])
    .where('village_code', '=', villageCode);
  if (lock) query = query.forUpdate();
  return query.execute();
}

export function villageMemberWelfare(db: Db, villageCode: string) {
  return db.selectFrom('resident_welfare').selectAll().where('village_code', '=', villageCode).execute();
}

export function villageFamilyWelfare(db: Db, villageCode: string) {
  return db.selectFrom('family_welfare').selectAll().where('village_code', '=', villageCode).execute();
}

const CHUNK = 500;
const chunks = <T>(rows: readonly T[]) =>
  Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

/** Inserts or replaces members' section IV rows, a few hundred per statement. */
export async function upsertMemberWelfare(db: Db, rows: readonly Insertable<ResidentWelfare>[]) {
  for (const chunk of chunks(rows)) {
    await db
      .insertInto('resident_welfare')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['village_code', 'resident_id']).doUpdateSet((eb) => ({
          ...Object.fromEntries(
            Object.keys(chunk[0]!)
              .filter((column) => column !== 'village_code' && column !== 'resident_id')
              .map((column) => [column, eb.ref(`excluded.${column}` as 'excluded.source')]),
          ),
        })),
      )
      .execute();
  }
  await markTargetingChanged(
    db,
    rows.map((row) => row.village_code),
  );
}

/**
 * 410 lands on the registry's pregnancy code, one statement for the file.
 * name-words: only the pregnancy code changes, never a name, so no name word is new.
 */
export async function setPregnancies(
  db: Db,
  villageCode: string,
  changes: readonly { residentId: string; pregnant: number | null }[],
) {
  if (changes.length === 0) return;
  await sql`
    UPDATE resident r SET pregnant = v.pregnant, updated_at = now()
    FROM unnest(${changes.map((c) => c.residentId)}::uuid[], ${changes.map((c) => c.pregnant)}::smallint[])
      AS v(id, pregnant)
    WHERE r.village_code = ${villageCode} AND r.id = v.id`.execute(db);
  await markTargetingChanged(db, [villageCode]);
}

export async function upsertFamilyWelfare(db: Db, rows: readonly Insertable<FamilyWelfare>[]) {
  for (const chunk of chunks(rows)) {
    await db
      .insertInto('family_welfare')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['village_code', 'family_id']).doUpdateSet((eb) => ({
          ...Object.fromEntries(
            Object.keys(chunk[0]!)
              .filter((column) => column !== 'village_code' && column !== 'family_id')
              .map((column) => [column, eb.ref(`excluded.${column}` as 'excluded.source')]),
          ),
        })),
      )
      .execute();
  }
  await markTargetingChanged(
    db,
    rows.map((row) => row.village_code),
  );
}
