// SQL of the household writes.
import { sql, type Insertable, type SqlBool, type Updateable } from 'kysely';
import { householdsWithHead } from '../list/queries.ts';
import type { Db } from '../../../../db/database.ts';
import type { Household } from '../../../../db/schema.ts';
import { householdNumberKey } from './household-number.ts';

export function lockHousehold(db: Db, villageCode: string, id: string) {
  return db
    .selectFrom('household')
    .selectAll()
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** How many family cards, active or replaced, name this household: a household is deleted only at none. */
export async function countFamiliesIn(db: Db, villageCode: string, householdId: string) {
  const row = await db
    .selectFrom('family')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('village_code', '=', villageCode)
    .where('household_id', '=', householdId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function deleteHousehold(db: Db, villageCode: string, id: string) {
  return db.deleteFrom('household').where('village_code', '=', villageCode).where('id', '=', id).execute();
}

/**
 * Another household of the village with this number (compared as household-number.ts says). The transaction-scoped advisory lock
 * on the village and number keeps two concurrent writes from both finding it free.
 */
export async function householdNumbered(db: Db, villageCode: string, householdNo: string, exceptId: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`household_no:${villageCode}:${householdNumberKey(householdNo)}`}, 0))`.execute(
    db,
  );
  const row = await db
    .selectFrom('household')
    .select(['id', 'household_no'])
    .where('village_code', '=', villageCode)
    .where('id', '<>', exceptId)
    .where(sql<SqlBool>`upper(ltrim(household_no, '0')) = ${householdNumberKey(householdNo)}`)
    .executeTakeFirst();
  return row ?? null;
}

export function insertHousehold(db: Db, row: Insertable<Household>) {
  return db.insertInto('household').values(row).execute();
}

export function updateHousehold(db: Db, villageCode: string, id: string, changes: Updateable<Household>) {
  return db
    .updateTable('household')
    .set({ ...changes, updated_at: new Date() })
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .execute();
}

export function lockFamily(db: Db, villageCode: string, id: string) {
  return db
    .selectFrom('family')
    .select(['id', 'household_id', 'active'])
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Active families of the village among `ids`, locked for the move. */
export function lockActiveFamilies(db: Db, villageCode: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('family')
    .select(['id', 'household_id'])
    .where('village_code', '=', villageCode)
    .where('id', 'in', [...ids])
    .where('active', '=', true)
    .forUpdate()
    .execute();
}

/** Puts the families under `householdId` (or none); a household they leave loses a head from among them. */
export async function moveFamilies(
  db: Db,
  villageCode: string,
  ids: readonly string[],
  householdId: string | null,
) {
  if (ids.length === 0) return;
  await db
    .updateTable('family')
    .set({ household_id: householdId, updated_at: new Date() })
    .where('village_code', '=', villageCode)
    .where('id', 'in', [...ids])
    .execute();
  await dropHeadsOfMovedFamilies(db, villageCode, ids, householdId);
}

/** Whether the resident is present and belongs to an active family under this household's roof. */
export async function livesInHousehold(db: Db, villageCode: string, residentId: string, householdId: string) {
  const row = await db
    .selectFrom('resident as r')
    .innerJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .select('r.id')
    .where('r.village_code', '=', villageCode)
    .where('r.id', '=', residentId)
    .where('r.status_code', '=', 1)
    .where('f.active', '=', true)
    .where('f.household_id', '=', householdId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Households other than `keep` whose head belonged to the moved families lose that head. */
export async function dropHeadsOfMovedFamilies(
  db: Db,
  villageCode: string,
  familyIds: readonly string[],
  keep: string | null,
) {
  if (familyIds.length === 0) return;
  let update = db
    .updateTable('household')
    .set({ head_resident_id: null, updated_at: new Date() })
    .where('village_code', '=', villageCode)
    .where('head_resident_id', 'in', (eb) =>
      eb
        .selectFrom('resident')
        .select('id')
        .where('village_code', '=', villageCode)
        .where('family_id', 'in', [...familyIds]),
    );
  if (keep !== null) update = update.where('id', '<>', keep);
  await update.execute();
}

/** A new household numbered as the import file says (or unnumbered), at the address of a family card. */
export async function insertHouseholdLike(
  db: Db,
  villageCode: string,
  id: string,
  householdNo: string | null,
  familyId: string,
) {
  await db
    .insertInto('household')
    .columns(['village_code', 'id', 'household_no', 'dusun', 'rw', 'rt', 'address'])
    .expression((eb) =>
      eb
        .selectFrom('family')
        .select([
          'village_code',
          eb.val(id).as('id'),
          eb.val(householdNo).as('household_no'),
          'dusun',
          'rw',
          'rt',
          'address',
        ])
        .where('village_code', '=', villageCode)
        .where('id', '=', familyId),
    )
    .execute();
}

/** What an RTM import is checked against: the village's present residents, family sizes and households. */
export async function loadRtmFacts(db: Db, villageCode: string, options: { lock?: boolean } = {}) {
  let families = db
    .selectFrom('family')
    .select(['id', 'household_id', 'active'])
    .where('village_code', '=', villageCode);
  // Locked too when applying: a household the import fills must not be deleted before it commits.
  let households = db
    .selectFrom('household')
    .select(['id', 'household_no', 'head_resident_id'])
    .where('village_code', '=', villageCode)
    .where('household_no', 'is not', null);
  if (options.lock) {
    families = families.forUpdate();
    households = households.forUpdate();
  }
  const [residents, familyRows, householdRows] = await Promise.all([
    db
      .selectFrom('resident')
      .select(['id', 'nik', 'family_id'])
      .where('village_code', '=', villageCode)
      .where('status_code', '=', 1)
      .execute(),
    families.execute(),
    households.execute(),
  ]);
  const familyById = new Map(familyRows.map((f) => [f.id, f]));
  const familySizes = new Map<string, number>();
  for (const r of residents)
    if (r.family_id) familySizes.set(r.family_id, (familySizes.get(r.family_id) ?? 0) + 1);
  const byNumber = new Map<string, { id: string; headResidentId: string | null }[]>();
  for (const h of householdRows) {
    const key = householdNumberKey(h.household_no!);
    const list = byNumber.get(key) ?? [];
    list.push({ id: h.id, headResidentId: h.head_resident_id });
    byNumber.set(key, list);
  }
  return {
    residents: new Map(
      residents.map((r) => {
        const family = r.family_id ? familyById.get(r.family_id) : undefined;
        return [
          r.nik,
          {
            id: r.id,
            familyId: r.family_id,
            familyActive: family?.active ?? false,
            householdId: family?.household_id ?? null,
          },
        ];
      }),
    ),
    familySizes,
    households: byNumber,
  };
}

/** A household whose head no longer lives under its roof (died, left, moved to another card) has no head. */
export async function dropHeadWhoLeft(db: Db, villageCode: string, residentId: string) {
  await db
    .updateTable('household as h')
    .set({ head_resident_id: null, updated_at: new Date() })
    .where('h.village_code', '=', villageCode)
    .where('h.head_resident_id', '=', residentId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('resident as r')
            .innerJoin('family as f', (join) =>
              join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
            )
            .select('r.id')
            .whereRef('r.village_code', '=', 'h.village_code')
            .whereRef('r.id', '=', 'h.head_resident_id')
            .where('r.status_code', '=', 1)
            .where('f.active', '=', true)
            .whereRef('f.household_id', '=', 'h.id'),
        ),
      ),
    )
    .execute();
}

// ---- the household page ----

export function findHousehold(db: Db, villageCode: string, id: string) {
  return householdsWithHead(db)
    .selectAll('h')
    .select(['v.name as village_name', 'head.full_name as head_name', 'head.id as present_head_id'])
    .where('h.village_code', '=', villageCode)
    .where('h.id', '=', id)
    .executeTakeFirst();
}

export function householdFamilies(db: Db, villageCode: string, householdId: string) {
  return db
    .selectFrom('family as f')
    .select([
      'f.id',
      'f.kk_number',
      'f.active',
      sql<
        string | null
      >`(SELECT r.full_name FROM resident r WHERE r.village_code = f.village_code AND r.family_id = f.id AND r.relationship = 1 AND r.status_code = 1 LIMIT 1)`.as(
        'head_name',
      ),
      sql<number>`(SELECT count(*) FROM resident r WHERE r.village_code = f.village_code AND r.family_id = f.id AND r.status_code = 1)::int`.as(
        'member_count',
      ),
    ])
    .where('f.village_code', '=', villageCode)
    .where('f.household_id', '=', householdId)
    .orderBy('f.kk_number')
    .execute();
}
