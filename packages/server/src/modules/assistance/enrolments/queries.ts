// All SQL of enrolments: the unit checks, the writes with their history rows, and the rows read for pages
// and lists (the unit's name, identifier and address joined from the registry).
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { inArea } from '../../../platform/area/in-area.ts';
import { statusCode } from '../../population/records/status.ts';
import { markTargetingChanged } from '../targeting/stored/village-version.ts';

export type UnitType = 'resident' | 'family' | 'household' | 'group';
const unitColumn = {
  resident: 'resident_id',
  family: 'family_id',
  household: 'household_id',
  group: 'group_code',
} as const;

/** Whether the unit is a current one of the village: a present resident, an active family, a household. */
export async function unitExists(db: Db, village: string, type: UnitType, id: string): Promise<boolean> {
  switch (type) {
    case 'resident':
      return !!(await db
        .selectFrom('resident')
        .select('id')
        .where('village_code', '=', village)
        .where('id', '=', id)
        .where('status_code', '=', statusCode.present)
        .executeTakeFirst());
    case 'family':
      return !!(await db
        .selectFrom('family')
        .select('id')
        .where('village_code', '=', village)
        .where('id', '=', id)
        .where('active', '=', true)
        .executeTakeFirst());
    case 'household':
      return !!(await db
        .selectFrom('household')
        .select('id')
        .where('village_code', '=', village)
        .where('id', '=', id)
        .executeTakeFirst());
    case 'group':
      return true;
  }
}

/** The unit's open enrolments in `programIds` (one program: the duplicate check; several: exclusions). */
export function openEnrolmentsOfUnit(
  db: Db,
  village: string,
  programIds: readonly string[],
  type: UnitType,
  id: string,
) {
  if (programIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assistance_enrolment as e')
    .innerJoin('assistance_program as p', 'p.id', 'e.program_id')
    .select(['e.id', 'p.id as program_id', 'p.code', 'p.name'])
    .where('e.village_code', '=', village)
    .where('e.program_id', 'in', programIds)
    .where(`e.${unitColumn[type]}`, '=', id)
    .where('e.status', '<>', 'exited')
    .execute();
}

/** The program's quota rows over this village (its district's, its own), locked: activations queue here. */
export function lockQuotasOver(db: Db, programId: string, village: string) {
  const areas = [village.split('.').slice(0, 3).join('.'), village];
  return db
    .selectFrom('assistance_program_quota')
    .select(['area_code', 'quota'])
    .where('program_id', '=', programId)
    .where('area_code', 'in', areas)
    .forUpdate()
    .execute();
}

/** Units receiving (active or suspended) in the program within an area: what a quota counts. */
export async function countReceiving(db: Db, programId: string, area: string) {
  const row = await db
    .selectFrom('assistance_enrolment')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('program_id', '=', programId)
    .where('status', 'in', ['active', 'suspended'])
    .where(inArea('village_code', area))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface NewEnrolment {
  village_code: string;
  id: string;
  program_id: string;
  unit_type: UnitType;
  unitId: string;
  status: string;
  card_number: string | null;
  start_date: string | null;
  source: string;
  source_reference: string | null;
  status_reason: string | null;
  actorId: string | null;
}

export async function insertEnrolment(db: Db, row: NewEnrolment) {
  const { unitId, actorId, ...columns } = row;
  await db
    .insertInto('assistance_enrolment')
    .values({
      ...columns,
      [unitColumn[row.unit_type]]: unitId,
      created_by: actorId,
      status_changed_by: actorId,
    })
    .execute();
  await markTargetingChanged(db, [row.village_code]);
}

export function lockEnrolment(db: Db, village: string, id: string) {
  return db
    .selectFrom('assistance_enrolment')
    .selectAll()
    .where('village_code', '=', village)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateEnrolment(
  db: Db,
  village: string,
  id: string,
  changes: {
    status?: string;
    exit_reason?: string | null;
    status_reason?: string | null;
    card_number?: string | null;
    start_date?: string | null;
    end_date?: string | null;
    actorId?: string | null;
  },
) {
  const { actorId, ...columns } = changes;
  const statusChanged = changes.status !== undefined;
  await db
    .updateTable('assistance_enrolment')
    .set({
      ...columns,
      ...(statusChanged ? { status_changed_at: new Date(), status_changed_by: actorId ?? null } : {}),
    })
    .where('village_code', '=', village)
    .where('id', '=', id)
    .execute();
  await markTargetingChanged(db, [village]);
}

export interface ChangeRow {
  village_code: string;
  enrolment_id: string;
  changed_by: string | null;
  from_status: string | null;
  to_status: string;
  exit_reason: string | null;
  reason: string | null;
  source: string;
}

/** One history row, numbered after the enrolment's last (the caller holds the enrolment's row lock). */
export async function insertChange(db: Db, row: ChangeRow) {
  await db
    .insertInto('assistance_enrolment_change')
    .values({
      ...row,
      seq: sql<number>`(select coalesce(max(seq), 0) + 1 from assistance_enrolment_change
        where village_code = ${row.village_code} and enrolment_id = ${row.enrolment_id})`,
    })
    .execute();
}

export function history(db: Db, village: string, id: string) {
  return db
    .selectFrom('assistance_enrolment_change as c')
    .leftJoin('app_user as u', 'u.id', 'c.changed_by')
    .select([
      'c.seq',
      'c.changed_at',
      'u.username',
      'c.from_status',
      'c.to_status',
      'c.exit_reason',
      'c.reason',
      'c.source',
    ])
    .where('c.village_code', '=', village)
    .where('c.enrolment_id', '=', id)
    .orderBy('c.seq')
    .execute();
}

/**
 * Enrolments with what a list shows of their unit: the resident (name, NIK), the family's head and KK number,
 * the household's head and number; the address of the family (or the household).
 */
function enrolmentRows(db: Db) {
  return db
    .selectFrom('assistance_enrolment as e')
    .innerJoin('assistance_program as p', 'p.id', 'e.program_id')
    .leftJoin('resident as r', (j) =>
      j.onRef('r.village_code', '=', 'e.village_code').onRef('r.id', '=', 'e.resident_id'),
    )
    .leftJoin('family as f', (j) =>
      j
        .onRef('f.village_code', '=', 'e.village_code')
        .on(sql<boolean>`f.id = coalesce(e.family_id, r.family_id)`),
    )
    .leftJoin('resident as fh', (j) =>
      j
        .onRef('fh.village_code', '=', 'f.village_code')
        .onRef('fh.family_id', '=', 'f.id')
        .on('fh.relationship', '=', 1)
        .on('e.unit_type', '=', 'family'),
    )
    .leftJoin('household as h', (j) =>
      j
        .onRef('h.village_code', '=', 'e.village_code')
        .on(sql<boolean>`h.id = coalesce(e.household_id, f.household_id)`),
    )
    .leftJoin('resident as hh', (j) =>
      j
        .onRef('hh.village_code', '=', 'h.village_code')
        .onRef('hh.id', '=', 'h.head_resident_id')
        .on('e.unit_type', '=', 'household'),
    )
    .select([
      'e.id',
      'e.village_code',
      'e.program_id',
      'p.code as program_code',
      'p.name as program_name',
      'p.level as program_level',
      'p.owner_area_code',
      'e.unit_type',
      sql<string>`coalesce(e.resident_id::text, e.family_id::text, e.household_id::text, e.group_code)`.as(
        'unit_id',
      ),
      sql<string | null>`coalesce(r.full_name, fh.full_name, hh.full_name)`.as('name'),
      sql<string | null>`case e.unit_type when 'resident' then r.nik when 'family' then f.kk_number
        when 'household' then hh.nik end`.as('civil_number'),
      'h.household_no',
      sql<string | null>`coalesce(f.dusun, h.dusun)`.as('dusun'),
      sql<string | null>`coalesce(f.rw, h.rw)`.as('rw'),
      sql<string | null>`coalesce(f.rt, h.rt)`.as('rt'),
      sql<string | null>`coalesce(f.address, h.address)`.as('address'),
      'e.status',
      'e.exit_reason',
      'e.card_number',
      'e.start_date',
      'e.end_date',
      'e.source',
      'e.source_reference',
      'e.status_reason',
      'e.status_changed_at',
    ]);
}
export type EnrolmentRow = Awaited<ReturnType<typeof findEnrolment>> & object;

export function findEnrolment(db: Db, village: string, id: string) {
  return enrolmentRows(db).where('e.village_code', '=', village).where('e.id', '=', id).executeTakeFirst();
}

export interface RecipientFilter {
  programId: string;
  area: string;
  status?: string;
  limit: number;
  offset: number;
}

/** A program's recipients in an area, by village and name, with the total for paging. */
export async function recipients(db: Db, filter: RecipientFilter) {
  let query = enrolmentRows(db)
    .where('e.program_id', '=', filter.programId)
    .where(inArea('e.village_code', filter.area));
  if (filter.status === 'open') query = query.where('e.status', '<>', 'exited');
  else if (filter.status) query = query.where('e.status', '=', filter.status);
  const [items, total] = await Promise.all([
    query
      .orderBy('e.village_code')
      .orderBy(sql`coalesce(r.full_name, fh.full_name, hh.full_name)`)
      .orderBy('e.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    countRecipients(db, filter),
  ]);
  return { items, total };
}

async function countRecipients(db: Db, filter: RecipientFilter) {
  let query = db
    .selectFrom('assistance_enrolment as e')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('e.program_id', '=', filter.programId)
    .where(inArea('e.village_code', filter.area));
  if (filter.status === 'open') query = query.where('e.status', '<>', 'exited');
  else if (filter.status) query = query.where('e.status', '=', filter.status);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/**
 * The enrolments that concern a unit: a household's own, its families' and their members'; a family's own,
 * its household's and its members'; a resident's own, their family's and their household's.
 */
export function enrolmentsConcerning(
  db: Db,
  village: string,
  type: 'resident' | 'family' | 'household',
  id: string,
) {
  const familiesOfHousehold = sql`(select id from family where village_code = ${village} and household_id = ${id})`;
  const membersOf = (families: ReturnType<typeof sql>) =>
    sql`(select id from resident where village_code = ${village} and family_id in ${families})`;
  const familyOfResident = sql`(select family_id from resident where village_code = ${village} and id = ${id})`;
  const householdOfFamily = (family: ReturnType<typeof sql>) =>
    sql`(select household_id from family where village_code = ${village} and id in ${family})`;
  const condition =
    type === 'household'
      ? sql<boolean>`(e.household_id = ${id} or e.family_id in ${familiesOfHousehold}
          or e.resident_id in ${membersOf(familiesOfHousehold)})`
      : type === 'family'
        ? sql<boolean>`(e.family_id = ${id} or e.household_id in ${householdOfFamily(sql`(select ${id}::uuid)`)}
            or e.resident_id in ${membersOf(sql`(select ${id}::uuid)`)})`
        : sql<boolean>`(e.resident_id = ${id} or e.family_id in ${familyOfResident}
            or e.household_id in ${householdOfFamily(familyOfResident)})`;
  return enrolmentRows(db)
    .where('e.village_code', '=', village)
    .where(condition)
    .orderBy(sql`e.status = 'exited'`)
    .orderBy('p.code')
    .orderBy('e.status_changed_at', 'desc')
    .execute();
}

export interface UnitIds {
  residentIds?: readonly string[];
  familyIds?: readonly string[];
  householdIds?: readonly string[];
}

/** The open enrolments of these units, locked, with the status each leaves (a life event ends them). */
export function lockOpenEnrolmentsOf(db: Db, village: string, units: UnitIds) {
  const residentIds = units.residentIds ?? [];
  const familyIds = units.familyIds ?? [];
  const householdIds = units.householdIds ?? [];
  if (residentIds.length + familyIds.length + householdIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assistance_enrolment as e')
    .innerJoin('assistance_program as p', 'p.id', 'e.program_id')
    .select(['e.id', 'e.status', 'e.unit_type', 'e.family_id', 'p.id as program_id', 'p.code', 'p.name'])
    .where('e.village_code', '=', village)
    .where('e.status', '<>', 'exited')
    .where((eb) =>
      eb.or([
        ...(residentIds.length ? [eb('e.resident_id', 'in', residentIds)] : []),
        ...(familyIds.length ? [eb('e.family_id', 'in', familyIds)] : []),
        ...(householdIds.length ? [eb('e.household_id', 'in', householdIds)] : []),
      ]),
    )
    .orderBy('p.code')
    .forUpdate('e')
    .execute();
}

/** Ends these enrolments on `date` (never before they started) with the exit reason. */
export async function exitEnrolments(
  db: Db,
  village: string,
  ids: readonly string[],
  exit: { reason: string; date: string; actorId: string | null; note: string | null },
) {
  if (ids.length === 0) return;
  await db
    .updateTable('assistance_enrolment')
    .set({
      status: 'exited',
      exit_reason: exit.reason,
      status_reason: exit.note,
      end_date: sql<string>`greatest(coalesce(start_date, ${exit.date}::date), ${exit.date}::date)`,
      status_changed_at: new Date(),
      status_changed_by: exit.actorId,
    })
    .where('village_code', '=', village)
    .where('id', 'in', ids)
    .execute();
  await markTargetingChanged(db, [village]);
}

/** Moves family enrolments to another family of the same village (the one that keeps them after a split). */
export async function moveFamilyEnrolments(
  db: Db,
  village: string,
  ids: readonly string[],
  familyId: string,
) {
  if (ids.length === 0) return;
  await db
    .updateTable('assistance_enrolment')
    .set({ family_id: familyId })
    .where('village_code', '=', village)
    .where('id', 'in', ids)
    .execute();
  await markTargetingChanged(db, [village]);
}

/** Enrolments, open or ended, of the household as a unit. */
export async function countHouseholdEnrolments(db: Db, village: string, householdId: string) {
  const row = await db
    .selectFrom('assistance_enrolment')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('village_code', '=', village)
    .where('household_id', '=', householdId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether the unit is one of the village's, whatever its status (a panel also shows a past resident's). */
export async function unitOfVillage(
  db: Db,
  village: string,
  type: 'resident' | 'family' | 'household',
  id: string,
) {
  const table = type === 'resident' ? 'resident' : type === 'family' ? 'family' : 'household';
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('village_code', '=', village)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
