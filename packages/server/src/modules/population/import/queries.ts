// All SQL of the resident import: jobs, their staged rows, and the registry look-ups and writes of a commit.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { Family, ImportJob, ImportJobRow, Resident, ResidentEvent } from '../../../db/schema.ts';

const LOOKUP_CHUNK = 1000;

function chunks<T>(items: readonly T[], size = LOOKUP_CHUNK): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

export function findVillage(db: Db, code: string) {
  return db
    .selectFrom('region')
    .select(['code', 'name'])
    .where('code', '=', code)
    .where('level', '=', 'village')
    .executeTakeFirst();
}

/** Every current district of Indonesia as the six digits NIKs and KK numbers start with ("351001"). */
export async function loadDistrictPrefixes(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('region').select('code').where('level', '=', 'district').execute();
  return new Set(rows.map((row) => row.code.replaceAll('.', '')));
}

// ---- jobs ----

export async function insertJob(db: Db, job: Insertable<ImportJob>) {
  await db.insertInto('import_job').values(job).execute();
}

export function findJob(db: Db, villageCode: string, jobId: string) {
  return db
    .selectFrom('import_job')
    .selectAll()
    .where('village_code', '=', villageCode)
    .where('id', '=', jobId)
    .executeTakeFirst();
}

export function listJobs(db: Db, villageCode: string, limit: number) {
  return db
    .selectFrom('import_job')
    .selectAll()
    .where('village_code', '=', villageCode)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

/** Updates a job still in `status`; false when it has moved on meanwhile (e.g. cancelled). */
export async function updateJobIf(
  db: Db,
  villageCode: string,
  jobId: string,
  status: string,
  values: Updateable<ImportJob>,
) {
  const result = await db
    .updateTable('import_job')
    .set(values)
    .where('village_code', '=', villageCode)
    .where('id', '=', jobId)
    .where('status', '=', status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Jobs left 'validating' by a process that stopped; no validation survives a restart. */
export async function failValidatingJobs(db: Db, failure: string) {
  const result = await db
    .updateTable('import_job')
    .set({ status: 'failed', failure, finished_at: new Date() })
    .where('status', '=', 'validating')
    .executeTakeFirst();
  await sql`DELETE FROM import_job_row r USING import_job j
            WHERE r.village_code = j.village_code AND r.job_id = j.id AND j.status = 'failed'`.execute(db);
  return Number(result.numUpdatedRows);
}

// ---- staged rows ----

export async function insertJobRows(db: Db, rows: Insertable<ImportJobRow>[]) {
  for (const part of chunks(rows, 500)) await db.insertInto('import_job_row').values(part).execute();
}

export async function deleteJobRows(db: Db, villageCode: string, jobId: string) {
  await db
    .deleteFrom('import_job_row')
    .where('village_code', '=', villageCode)
    .where('job_id', '=', jobId)
    .execute();
}

export type RowKind = 'errors' | 'warnings' | 'changes' | 'all';

function rowsOfKind(db: Db, villageCode: string, jobId: string, kind: RowKind) {
  let query = db
    .selectFrom('import_job_row')
    .where('village_code', '=', villageCode)
    .where('job_id', '=', jobId);
  if (kind === 'errors') query = query.where(sql<boolean>`jsonb_array_length(errors) > 0`);
  if (kind === 'warnings') query = query.where(sql<boolean>`jsonb_array_length(warnings) > 0`);
  if (kind === 'changes') query = query.where('action', 'in', ['insert', 'update']);
  return query;
}

export async function listJobRows(
  db: Db,
  villageCode: string,
  jobId: string,
  kind: RowKind,
  limit: number,
  offset: number,
) {
  const base = rowsOfKind(db, villageCode, jobId, kind);
  const [total, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.selectAll().orderBy('line_no').limit(limit).offset(offset).execute(),
  ]);
  return { total: Number(total.n), rows };
}

/** Rows a commit writes (valid inserts and updates), a page at a time in line order. */
export function stagedWritesAfter(
  db: Db,
  villageCode: string,
  jobId: string,
  afterLine: number,
  limit: number,
) {
  return db
    .selectFrom('import_job_row')
    .select(['line_no', 'data', 'action', 'changes'])
    .where('village_code', '=', villageCode)
    .where('job_id', '=', jobId)
    .where('action', 'in', ['insert', 'update'])
    .where(sql<boolean>`jsonb_array_length(errors) = 0`)
    .where('line_no', '>', afterLine)
    .orderBy('line_no')
    .limit(limit)
    .execute();
}

// ---- registry look-ups ----

export async function findVillageResidentsByNik(db: Db, villageCode: string, niks: readonly string[]) {
  const found = [];
  for (const part of chunks(niks)) {
    const rows = await db
      .selectFrom('resident as r')
      .leftJoin('family as f', (join) =>
        join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
      )
      .selectAll('r')
      .select('f.kk_number')
      .where('r.village_code', '=', villageCode)
      .where('r.nik', 'in', part)
      .execute();
    found.push(...rows);
  }
  return found;
}

export async function findNiksClaimedElsewhere(db: Db, villageCode: string, niks: readonly string[]) {
  const found: string[] = [];
  for (const part of chunks(niks)) {
    const rows = await db
      .selectFrom('resident_nik')
      .select('nik')
      .where('nik', 'in', part)
      .where('village_code', '<>', villageCode)
      .execute();
    found.push(...rows.map((row) => row.nik));
  }
  return found;
}

export async function findActiveFamiliesByKk(db: Db, villageCode: string, kks: readonly string[]) {
  const found = [];
  for (const part of chunks(kks)) {
    const rows = await db
      .selectFrom('family')
      .select(['id', 'kk_number', 'address', 'dusun', 'rw', 'rt'])
      .where('village_code', '=', villageCode)
      .where('active', '=', true)
      .where('kk_number', 'in', part)
      .execute();
    found.push(...rows);
  }
  return found;
}

/** Present members of these families, for the one-head rule. */
export async function findPresentMembers(db: Db, villageCode: string, familyIds: readonly string[]) {
  const found = [];
  for (const part of chunks(familyIds)) {
    const rows = await db
      .selectFrom('resident')
      .select(['family_id', 'nik', 'relationship'])
      .where('village_code', '=', villageCode)
      .where('family_id', 'in', part)
      .where('status_code', '=', 1)
      .execute();
    found.push(...rows);
  }
  return found;
}

// ---- commit writes ----

export async function insertFamilies(db: Db, families: Insertable<Family>[]) {
  for (const part of chunks(families, 500)) await db.insertInto('family').values(part).execute();
}

export async function updateFamily(
  db: Db,
  villageCode: string,
  familyId: string,
  values: Updateable<Family>,
) {
  await db
    .updateTable('family')
    .set(values)
    .where('village_code', '=', villageCode)
    .where('id', '=', familyId)
    .execute();
}

/**
 * Updates one resident found by NIK; false when no such resident exists (any more).
 * name-words: the commit (commit.ts writePage) adds the words of every resident a page updates, in one go.
 */
export async function updateResidentByNik(
  db: Db,
  villageCode: string,
  nik: string,
  values: Updateable<Resident>,
) {
  const result = await db
    .updateTable('resident')
    .set(values)
    .where('village_code', '=', villageCode)
    .where('nik', '=', nik)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertResidentEvents(db: Db, events: Insertable<ResidentEvent>[]) {
  for (const part of chunks(events, 500)) await db.insertInto('resident_event').values(part).execute();
}
