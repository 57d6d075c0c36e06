// All SQL of programs: the list with its open enrolments in an area, one program with its cycles, quotas
// and exclusive programs, and the writes.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { inArea } from '../../../platform/area/in-area.ts';
import { markTargetingChanged } from '../targeting/stored/village-version.ts';
import type { ProgramChange, ProgramInput } from './schemas.ts';

const programColumns = [
  'id',
  'code',
  'name',
  'description',
  'level',
  'owner_area_code',
  'owner_agency',
  'fund_source',
  'target_unit',
  'benefit_kind',
  'benefit_amount',
  'benefit_note',
  'cycle',
  'period_start',
  'period_end',
  'active',
  'opensid_id',
] as const;

export interface ProgramFilters {
  level?: string;
  targetUnit?: string;
  active?: boolean;
}

/**
 * Programs seen from `area`: every regency-run program, and the villages' own programs within the area. With
 * each, its open enrolments in the area (one grouped count over the area's enrolments).
 */
export async function listPrograms(db: Db, area: string, filters: ProgramFilters) {
  const villageProgramsInArea = inArea('p.owner_area_code', area);
  const counts = db
    .selectFrom('assistance_enrolment as e')
    .select(['e.program_id', (eb) => eb.fn.countAll<string>().as('open')])
    .where('e.status', '<>', 'exited')
    .where(inArea('e.village_code', area))
    .groupBy('e.program_id')
    .as('c');
  let query = db
    .selectFrom('assistance_program as p')
    .leftJoin(counts, 'c.program_id', 'p.id')
    .select([
      'p.id',
      'p.code',
      'p.name',
      'p.level',
      'p.owner_area_code',
      'p.fund_source',
      'p.target_unit',
      'p.benefit_kind',
      'p.benefit_amount',
      'p.cycle',
      'p.active',
      'p.eligibility',
      sql<string>`coalesce(c.open, 0)`.as('open'),
    ])
    .where((eb) => eb.or([eb('p.level', '<>', 'village'), villageProgramsInArea]));
  if (filters.level) query = query.where('p.level', '=', filters.level);
  if (filters.targetUnit) query = query.where('p.target_unit', '=', filters.targetUnit);
  if (filters.active !== undefined) query = query.where('p.active', '=', filters.active);
  return query.orderBy('p.active', 'desc').orderBy('p.level').orderBy('p.code').execute();
}

export function findProgram(db: Db, id: string) {
  return db.selectFrom('assistance_program').select(programColumns).where('id', '=', id).executeTakeFirst();
}

/** The program row locked for a change (cycles, quotas, exclusions, enrolments against it). */
export function lockProgram(db: Db, id: string) {
  return db
    .selectFrom('assistance_program')
    .select(programColumns)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** The program row held against change while a unit is enrolled in it (enrolments may run side by side). */
export function lockProgramShared(db: Db, id: string) {
  return db
    .selectFrom('assistance_program')
    .select(programColumns)
    .where('id', '=', id)
    .forShare()
    .executeTakeFirst();
}

export function programByCode(db: Db, code: string) {
  return db.selectFrom('assistance_program').select('id').where('code', '=', code).executeTakeFirst();
}

export function listCycles(db: Db, programId: string) {
  return db
    .selectFrom('assistance_cycle')
    .select(['label', 'starts_on', 'ends_on', 'amount'])
    .where('program_id', '=', programId)
    .orderBy('starts_on')
    .orderBy('label')
    .execute();
}

export function listQuotas(db: Db, programId: string) {
  return db
    .selectFrom('assistance_program_quota')
    .select(['area_code', 'quota'])
    .where('program_id', '=', programId)
    .orderBy('area_code')
    .execute();
}

/** The programs this one may not be received with, whichever side of the pair it was stored on. */
export function listExclusivePrograms(db: Db, programId: string) {
  return db
    .selectFrom('assistance_program_exclusion as x')
    .innerJoin('assistance_program as p', (join) =>
      join.on((eb) =>
        eb.or([
          eb.and([eb('x.program_id', '=', programId), eb('p.id', '=', eb.ref('x.other_program_id'))]),
          eb.and([eb('x.other_program_id', '=', programId), eb('p.id', '=', eb.ref('x.program_id'))]),
        ]),
      ),
    )
    .select(['p.id', 'p.code', 'p.name'])
    .orderBy('p.code')
    .execute();
}

export async function insertProgram(
  db: Db,
  row: { id: string; level: string; ownerAreaCode: string; actorId: string },
  input: ProgramInput,
) {
  await db
    .insertInto('assistance_program')
    .values({
      id: row.id,
      code: input.code,
      name: input.name,
      description: input.description,
      level: row.level,
      owner_area_code: row.ownerAreaCode,
      owner_agency: input.ownerAgency,
      fund_source: input.fundSource,
      target_unit: input.targetUnit,
      benefit_kind: input.benefitKind,
      benefit_amount: input.benefitAmount,
      benefit_note: input.benefitNote,
      cycle: input.cycle,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      created_by: row.actorId,
      updated_by: row.actorId,
    })
    .execute();
}

export async function updateProgram(db: Db, id: string, actorId: string, change: ProgramChange) {
  await db
    .updateTable('assistance_program')
    .set({
      name: change.name,
      description: change.description,
      owner_agency: change.ownerAgency,
      fund_source: change.fundSource,
      target_unit: change.targetUnit,
      benefit_kind: change.benefitKind,
      benefit_amount: change.benefitAmount,
      benefit_note: change.benefitNote,
      cycle: change.cycle,
      period_start: change.periodStart,
      period_end: change.periodEnd,
      active: change.active,
      updated_at: new Date(),
      updated_by: actorId,
    })
    .where('id', '=', id)
    .execute();
}

/** Whether any enrolment, open or not, exists: a program that has enrolled someone keeps its target unit. */
export async function hasEnrolments(db: Db, programId: string) {
  const row = await db
    .selectFrom('assistance_enrolment')
    .select('id')
    .where('program_id', '=', programId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertCycles(
  db: Db,
  programId: string,
  cycles: readonly { label: string; startsOn: string; endsOn: string }[],
) {
  if (cycles.length === 0) return [];
  const rows = await db
    .insertInto('assistance_cycle')
    .values(
      cycles.map((c) => ({
        program_id: programId,
        label: c.label,
        starts_on: c.startsOn,
        ends_on: c.endsOn,
      })),
    )
    .onConflict((oc) => oc.columns(['program_id', 'label']).doNothing())
    .returning('label')
    .execute();
  return rows.map((row) => row.label);
}

/** How many one-off rounds a program already has in a year (the next is numbered after them). */
export async function countRounds(db: Db, programId: string, year: number) {
  const row = await db
    .selectFrom('assistance_cycle')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('program_id', '=', programId)
    .where('label', 'like', `${year}-R%`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function replaceQuotas(
  db: Db,
  programId: string,
  quotas: readonly { areaCode: string; quota: number }[],
) {
  await db.deleteFrom('assistance_program_quota').where('program_id', '=', programId).execute();
  if (quotas.length === 0) return;
  await db
    .insertInto('assistance_program_quota')
    .values(quotas.map((q) => ({ program_id: programId, area_code: q.areaCode, quota: q.quota })))
    .execute();
}

/** Region codes among `codes` that exist (a quota for an unknown area is refused, not a foreign-key 500). */
export async function existingRegions(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return new Set<string>();
  const rows = await db.selectFrom('region').select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((row) => row.code));
}

export async function programsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('assistance_program')
    .select(['id', 'level', 'owner_area_code'])
    .where('id', 'in', ids)
    .execute();
}

/** The pairs are stored once, smaller id first (the table's check). */
export async function replaceExclusions(db: Db, programId: string, otherIds: readonly string[]) {
  await db
    .deleteFrom('assistance_program_exclusion')
    .where((eb) => eb.or([eb('program_id', '=', programId), eb('other_program_id', '=', programId)]))
    .execute();
  if (otherIds.length === 0) return;
  await db
    .insertInto('assistance_program_exclusion')
    .values(
      otherIds.map((other) =>
        programId < other
          ? { program_id: programId, other_program_id: other }
          : { program_id: other, other_program_id: programId },
      ),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The program's open enrolments in every village, locked for ending them with the program. */
export function lockOpenProgramEnrolments(db: Db, programId: string) {
  return db
    .selectFrom('assistance_enrolment')
    .select(['village_code', 'id', 'status'])
    .where('program_id', '=', programId)
    .where('status', '<>', 'exited')
    .orderBy('village_code')
    .orderBy('id')
    .forUpdate()
    .execute();
}

export interface EndedEnrolments {
  villageCodes: string[];
  ids: string[];
  fromStatuses: string[];
}

/**
 * Exits these enrolments with 'program_ended' on `date` (never before they started), each with its history
 * row, in two set-based statements; the villages' targeting versions rise with them (their stored counts read
 * the enrolments).
 */
export async function exitEndedProgramEnrolments(
  db: Db,
  rows: EndedEnrolments,
  exit: { date: string; actorId: string; note: string },
) {
  if (rows.ids.length === 0) return;
  // The villages' targeting counts and map figures count open enrolments: their versions rise with the exits.
  await markTargetingChanged(db, rows.villageCodes);
  await sql`
    UPDATE assistance_enrolment e
    SET status = 'exited', exit_reason = 'program_ended', status_reason = ${exit.note},
      end_date = greatest(coalesce(e.start_date, ${exit.date}::date), ${exit.date}::date),
      status_changed_at = now(), status_changed_by = ${exit.actorId}::uuid
    FROM unnest(${rows.villageCodes}::text[], ${rows.ids}::uuid[]) AS u(village_code, id)
    WHERE e.village_code = u.village_code AND e.id = u.id`.execute(db);
  await sql`
    INSERT INTO assistance_enrolment_change (village_code, enrolment_id, seq, changed_by, from_status,
      to_status, exit_reason, reason, source)
    SELECT u.village_code, u.id,
      (SELECT coalesce(max(c.seq), 0) + 1 FROM assistance_enrolment_change c
        WHERE c.village_code = u.village_code AND c.enrolment_id = u.id),
      ${exit.actorId}::uuid, u.from_status, 'exited', 'program_ended', ${exit.note}, 'program_end'
    FROM unnest(${rows.villageCodes}::text[], ${rows.ids}::uuid[], ${rows.fromStatuses}::text[])
      AS u(village_code, id, from_status)`.execute(db);
}
