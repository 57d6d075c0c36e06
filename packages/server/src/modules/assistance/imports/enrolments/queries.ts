// Every statement of the program-file importers: the registry facts a file's participants are matched
// against (read once per file by key lists, never per line), the programs, and the set-based commit
// (enrolments and their history by unnest, so a file of 50,000 lines is a handful of statements).
import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../../../db/database.ts';
import { markTargetingChanged } from '../../targeting/stored/village-version.ts';

/** Present residents of the village with these NIKs, with their family card and household. */
export function residentsByNik(db: Db, villageCode: string, niks: readonly string[]) {
  return db
    .selectFrom('resident as r')
    .leftJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .select([
      'r.id',
      'r.nik',
      'r.full_name',
      'r.birth_date',
      'r.birth_place',
      'r.status_code',
      'r.family_id',
      'f.kk_number',
      'f.active as family_active',
      'f.household_id',
    ])
    .where('r.village_code', '=', villageCode)
    .where(sql<SqlBool>`r.nik = ANY(${[...niks]}::text[])`)
    .execute();
}

/** Active family cards of the village with these numbers. */
export function familiesByKk(db: Db, villageCode: string, numbers: readonly string[]) {
  return db
    .selectFrom('family')
    .select(['id', 'kk_number', 'household_id'])
    .where('village_code', '=', villageCode)
    .where('active', '=', true)
    .where(sql<SqlBool>`kk_number = ANY(${[...numbers]}::text[])`)
    .execute();
}

/** Households of the village with these numbers (a number the village gave twice matches both). */
export function householdsByNumber(db: Db, villageCode: string, numbers: readonly string[]) {
  return db
    .selectFrom('household')
    .select(['id', 'household_no'])
    .where('village_code', '=', villageCode)
    .where(sql<SqlBool>`household_no = ANY(${[...numbers]}::text[])`)
    .execute();
}

const programColumns = [
  'id',
  'code',
  'name',
  'level',
  'owner_area_code',
  'target_unit',
  'opensid_id',
] as const;

/** Programs the village may record: every non-village program, and the village's own. */
function visiblePrograms(db: Db, villageCode: string) {
  return db
    .selectFrom('assistance_program')
    .select(programColumns)
    .where((eb) => eb.or([eb('level', '<>', 'village'), eb('owner_area_code', '=', villageCode)]));
}

export function programsByCodeOrName(db: Db, villageCode: string, keys: readonly string[]) {
  const lowered = keys.map((key) => key.trim().toLowerCase());
  return visiblePrograms(db, villageCode)
    .where((eb) =>
      eb.or([
        eb('code', '=', sql<string>`ANY(${[...keys.map((key) => key.trim().toUpperCase())]}::text[])`),
        sql<SqlBool>`lower(trim(name)) = ANY(${lowered}::text[])`,
      ]),
    )
    .execute();
}

/** The village's own program an earlier OpenSID file of the village made (OpenSID's ids are per village). */
export function villageProgramByOpensidId(db: Db, villageCode: string, opensidId: string) {
  return db
    .selectFrom('assistance_program')
    .select(programColumns)
    .where('level', '=', 'village')
    .where('owner_area_code', '=', villageCode)
    .where('opensid_id', '=', opensidId)
    .execute();
}

export type ProgramRow = Awaited<ReturnType<typeof programsByCodeOrName>>[number];

/** Open enrolments (not exited) of the village in these programs. */
export function openEnrolments(db: Db, villageCode: string, programIds: readonly string[]) {
  return db
    .selectFrom('assistance_enrolment')
    .select([
      'id',
      'program_id',
      'unit_type',
      'resident_id',
      'family_id',
      'household_id',
      'group_code',
      'status',
      'card_number',
      sql<string | null>`to_char(start_date, 'YYYY-MM-DD')`.as('start_date'),
    ])
    .where('village_code', '=', villageCode)
    .where('status', '<>', 'exited')
    .where(sql<SqlBool>`program_id = ANY(${[...programIds]}::uuid[])`)
    .execute();
}

export interface NewProgramRow {
  id: string;
  code: string;
  name: string;
  description: string | null;
  villageCode: string;
  fundSource: string;
  targetUnit: string;
  periodStart: string | null;
  periodEnd: string | null;
  opensidId: string | null;
  actorId: string;
}

/** A village program made from a file (OpenSID's program sheet): the benefit is not in the file. */
export async function insertVillageProgram(db: Db, program: NewProgramRow) {
  await db
    .insertInto('assistance_program')
    .values({
      id: program.id,
      code: program.code,
      name: program.name,
      description: program.description,
      level: 'village',
      owner_area_code: program.villageCode,
      fund_source: program.fundSource,
      target_unit: program.targetUnit,
      benefit_kind: 'cash',
      cycle: 'one_off',
      period_start: program.periodStart,
      period_end: program.periodEnd,
      opensid_id: program.opensidId,
      created_by: program.actorId,
      updated_by: program.actorId,
    })
    .execute();
}

export interface NewEnrolments {
  ids: string[];
  programIds: string[];
  unitTypes: string[];
  residentIds: (string | null)[];
  familyIds: (string | null)[];
  householdIds: (string | null)[];
  groupCodes: (string | null)[];
  statuses: string[];
  cardNumbers: (string | null)[];
  startDates: (string | null)[];
}

/** New enrolments from a file and their first history row (seq 1, from nothing), in two statements. */
export async function insertFileEnrolments(
  db: Db,
  villageCode: string,
  jobId: string,
  actorId: string,
  rows: NewEnrolments,
) {
  if (rows.ids.length === 0) return;
  await sql`
    INSERT INTO assistance_enrolment (village_code, id, program_id, unit_type, resident_id, family_id,
      household_id, group_code, status, card_number, start_date, source, source_reference, created_by,
      status_changed_by)
    SELECT ${villageCode}, u.id, u.program_id, u.unit_type, u.resident_id, u.family_id, u.household_id,
      u.group_code, u.status, u.card_number, u.start_date, 'file', ${jobId}, ${actorId}, ${actorId}
    FROM unnest(${rows.ids}::uuid[], ${rows.programIds}::uuid[], ${rows.unitTypes}::text[],
      ${rows.residentIds}::uuid[], ${rows.familyIds}::uuid[], ${rows.householdIds}::uuid[],
      ${rows.groupCodes}::text[], ${rows.statuses}::text[], ${rows.cardNumbers}::text[],
      ${rows.startDates}::date[])
      AS u(id, program_id, unit_type, resident_id, family_id, household_id, group_code, status, card_number,
        start_date)`.execute(db);
  await sql`
    INSERT INTO assistance_enrolment_change (village_code, enrolment_id, seq, changed_by, from_status,
      to_status, reason, source)
    SELECT ${villageCode}, u.id, 1, ${actorId}, NULL, u.status, ${`import ${jobId}`}, 'file'
    FROM unnest(${rows.ids}::uuid[], ${rows.statuses}::text[]) AS u(id, status)`.execute(db);
  await markTargetingChanged(db, [villageCode]);
}

export interface EnrolmentUpdates {
  ids: string[];
  /** What the check saw: the update applies only where the row is still so. */
  oldStatuses: string[];
  oldCards: (string | null)[];
  oldStarts: (string | null)[];
  statuses: string[];
  cardNumbers: (string | null)[];
  startDates: (string | null)[];
}

/**
 * Card numbers, start dates and statuses the file changes, each with a history row numbered after the
 * enrolment's last. Answers how many rows it changed: fewer than asked means the registry moved meanwhile.
 */
export async function updateFileEnrolments(
  db: Db,
  villageCode: string,
  jobId: string,
  actorId: string,
  rows: EnrolmentUpdates,
): Promise<number> {
  if (rows.ids.length === 0) return 0;
  const updated = await sql<{ id: string }>`
    UPDATE assistance_enrolment e
    SET card_number = u.card_number, start_date = u.start_date, status = u.status,
      status_changed_at = CASE WHEN e.status <> u.status THEN now() ELSE e.status_changed_at END,
      status_changed_by = CASE WHEN e.status <> u.status THEN ${actorId}::uuid ELSE e.status_changed_by END
    FROM unnest(${rows.ids}::uuid[], ${rows.oldStatuses}::text[], ${rows.oldCards}::text[],
      ${rows.oldStarts}::date[], ${rows.statuses}::text[], ${rows.cardNumbers}::text[], ${rows.startDates}::date[])
      AS u(id, old_status, old_card, old_start, status, card_number, start_date)
    WHERE e.village_code = ${villageCode} AND e.id = u.id AND e.status = u.old_status
      AND e.card_number IS NOT DISTINCT FROM u.old_card AND e.start_date IS NOT DISTINCT FROM u.old_start
    RETURNING e.id`.execute(db);
  await sql`
    INSERT INTO assistance_enrolment_change (village_code, enrolment_id, seq, changed_by, from_status,
      to_status, reason, source)
    SELECT ${villageCode}, u.id,
      (SELECT coalesce(max(c.seq), 0) + 1 FROM assistance_enrolment_change c
        WHERE c.village_code = ${villageCode} AND c.enrolment_id = u.id),
      ${actorId}, u.old_status, u.status, ${`import ${jobId}: no. kartu/tanggal mulai/status`}, 'file'
    FROM unnest(${rows.ids}::uuid[], ${rows.oldStatuses}::text[], ${rows.statuses}::text[])
      AS u(id, old_status, status)`.execute(db);
  await markTargetingChanged(db, [villageCode]);
  return updated.rows.length;
}
