// All SQL of the import pipeline: jobs and their staged lines. Importers' own registry look-ups and writes
// live in their modules' queries files.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Actor } from '../../access/roles.ts';
import type { Db } from '../../db/database.ts';
import type { ImportJob, ImportJobRow } from '../../db/schema.ts';

export function findVillage(db: Db, code: string) {
  return db
    .selectFrom('region')
    .select(['code', 'name'])
    .where('code', '=', code)
    .where('level', '=', 'village')
    .executeTakeFirst();
}

/** Every column of a job but its file, which only the runner reads. */
const JOB_COLUMNS = [
  'village_code',
  'id',
  'kind',
  'created_by',
  'file_name',
  'file_format',
  'sheet_name',
  'status',
  'phase',
  'total_rows',
  'processed_rows',
  'error_rows',
  'warning_rows',
  'action_counts',
  'issue_counts',
  'notes',
  'commit_mode',
  'committed_by',
  'result',
  'failure',
  'created_at',
  'finished_at',
] as const;

export async function insertJob(db: Db, job: Insertable<ImportJob>) {
  await db.insertInto('import_job').values(job).execute();
}

export function findJob(db: Db, villageCode: string, jobId: string) {
  return db
    .selectFrom('import_job')
    .select(JOB_COLUMNS)
    .where('village_code', '=', villageCode)
    .where('id', '=', jobId)
    .executeTakeFirst();
}

export async function findJobFile(db: Db, villageCode: string, jobId: string) {
  const row = await db
    .selectFrom('import_job')
    .select('file_content')
    .where('village_code', '=', villageCode)
    .where('id', '=', jobId)
    .executeTakeFirst();
  return row?.file_content ?? null;
}

export function listJobs(db: Db, villageCode: string, kind: string | undefined, limit: number) {
  let query = db.selectFrom('import_job').select(JOB_COLUMNS).where('village_code', '=', villageCode);
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('created_at', 'desc').limit(limit).execute();
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

/** Jobs a stopped process left half-way: their check or commit runs again. */
export function findInterruptedJobs(db: Db) {
  return db
    .selectFrom('import_job')
    .select(['village_code', 'id', 'status'])
    .where('status', 'in', ['validating', 'committing'])
    .orderBy('created_at')
    .execute();
}

export type JobRecord = NonNullable<Awaited<ReturnType<typeof findJob>>>;

export async function insertJobRows(db: Db, rows: Insertable<ImportJobRow>[]) {
  if (rows.length > 0) await db.insertInto('import_job_row').values(rows).execute();
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
  if (kind === 'changes') query = query.where('action', 'is not', null).where('action', '!=', 'unchanged');
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

/** Staged lines after `afterLine` in line order; error lines are never written. */
export function stagedLinesAfter(
  db: Db,
  villageCode: string,
  jobId: string,
  afterLine: number,
  limit: number,
) {
  return db
    .selectFrom('import_job_row')
    .select(['line_no', 'action', 'data', 'errors', 'warnings', 'changes'])
    .where('village_code', '=', villageCode)
    .where('job_id', '=', jobId)
    .where('line_no', '>', afterLine)
    .where(sql<boolean>`jsonb_array_length(errors) = 0`)
    .orderBy('line_no')
    .limit(limit)
    .execute();
}

/** The user a job's commit acts as (whoever decided to save it), as the access layer describes users. */
export async function findJobActor(db: Db, userId: string): Promise<Actor> {
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'role', 'agency', 'area_code'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return {
    id: user.id,
    username: user.username,
    role: user.role as Actor['role'],
    agency: user.agency as Actor['agency'],
    areaCode: user.area_code,
  };
}
