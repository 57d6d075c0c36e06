// The import workflow as the routes see it: every step first passes the one access check (write access to
// the village), then starts, reads, lists or cancels a job. Validation runs in the background (validate-job),
// the commit in one transaction (commit.ts).
import { randomUUID } from 'node:crypto';
import { maskIdentifier } from '@smart-kampung/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { Selectable } from 'kysely';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import type { ImportJob, ImportJobRow } from '../../../db/schema.ts';
import { AppError } from '../../../http/problem.ts';
import type { Change } from './check-batch.ts';
import type { StagedRowData } from './check-row.ts';
import {
  deleteJobRows,
  failValidatingJobs,
  findJob,
  findVillage,
  insertJob,
  listJobRows,
  listJobs,
  updateJobIf,
  type RowKind,
} from './queries.ts';
import type { FileFormat } from './read-file.ts';
import type { RowIssue } from './row-issues.ts';
import type { ImportJobDto, importRowSchema } from './schemas.ts';
import { IDENTIFIER_HEADERS } from './template-columns.ts';
import { validateImportJob } from './validate-job.ts';
import type { z } from 'zod';

/** Write access to the village, and the code must name a village (not a district or the regency). */
export async function assertVillageImportAccess(db: Db, actor: Actor, code: string) {
  assertRegionAccess(actor, code, 'write');
  if (!(await findVillage(db, code))) throw new AppError('NOT_FOUND');
}

function parseFailure(text: string | null): ImportJobDto['failure'] {
  if (!text) return null;
  try {
    return JSON.parse(text) as { id: string; en: string };
  } catch {
    return { id: text, en: text };
  }
}

export function toJobDto(job: Selectable<ImportJob>): ImportJobDto {
  return {
    id: job.id,
    villageCode: job.village_code,
    fileName: job.file_name,
    fileFormat: job.file_format as FileFormat,
    status: job.status as ImportJobDto['status'],
    totalRows: job.total_rows,
    processedRows: job.processed_rows,
    progress: job.total_rows > 0 ? job.processed_rows / job.total_rows : 0,
    errorRows: job.error_rows,
    warningRows: job.warning_rows,
    insertRows: job.insert_rows,
    updateRows: job.update_rows,
    unchangedRows: job.unchanged_rows,
    failure: parseFailure(job.failure),
    createdAt: job.created_at.toISOString(),
    finishedAt: job.finished_at?.toISOString() ?? null,
  };
}

function maskChange(change: Change): Change {
  if (!IDENTIFIER_HEADERS.has(change.field)) return change;
  const mask = (value: Change['from']) => (value === null ? null : maskIdentifier(String(value)));
  return { field: change.field, from: mask(change.from), to: mask(change.to) };
}

function toRowDto(row: Selectable<ImportJobRow>): z.infer<typeof importRowSchema> {
  const data = row.data as unknown as StagedRowData;
  const name = data.resident.full_name;
  return {
    lineNo: row.line_no,
    nikMasked: data.nik ? maskIdentifier(data.nik) : null,
    kkMasked: data.kk ? maskIdentifier(data.kk) : null,
    name: typeof name === 'string' ? name : null,
    action: row.action as 'insert' | 'update' | 'unchanged' | null,
    errors: row.errors as unknown as RowIssue[],
    warnings: row.warnings as unknown as RowIssue[],
    changes: row.changes ? (row.changes as unknown as Change[]).map(maskChange) : null,
  };
}

export interface UploadedFile {
  fileName: string;
  format: FileFormat;
  content: Buffer;
}

/** Creates the job and starts validating it; the returned promise of the validation is the caller's to track. */
export async function startImport(
  db: Db,
  actor: Actor,
  code: string,
  file: UploadedFile,
  log: FastifyBaseLogger,
) {
  const jobId = randomUUID();
  await insertJob(db, {
    village_code: code,
    id: jobId,
    created_by: actor.id,
    file_name: file.fileName.slice(0, 200),
    file_format: file.format,
    status: 'validating',
  });
  const validation = validateImportJob(
    db,
    { villageCode: code, jobId, content: file.content, format: file.format },
    log,
  );
  return { jobId, validation };
}

export async function readImportJob(db: Db, actor: Actor, code: string, jobId: string) {
  await assertVillageImportAccess(db, actor, code);
  const job = await findJob(db, code, jobId);
  if (!job) throw new AppError('NOT_FOUND');
  return toJobDto(job);
}

export async function listImportJobs(db: Db, actor: Actor, code: string) {
  await assertVillageImportAccess(db, actor, code);
  return (await listJobs(db, code, 20)).map(toJobDto);
}

export async function listImportRows(
  db: Db,
  actor: Actor,
  code: string,
  jobId: string,
  query: { kind: RowKind; limit: number; offset: number },
) {
  await readImportJob(db, actor, code, jobId);
  const { total, rows } = await listJobRows(db, code, jobId, query.kind, query.limit, query.offset);
  return { items: rows.map(toRowDto), total, limit: query.limit, offset: query.offset };
}

/**
 * For start-up, before the server listens: validation runs inside the process that received the upload, so
 * a job still 'validating' at start-up was interrupted and can only be uploaded again. ('committing' needs
 * no sweep: it only exists inside the commit's transaction.)
 */
export function failInterruptedImports(db: Db) {
  return failValidatingJobs(
    db,
    JSON.stringify({
      id: 'Pemeriksaan berkas terhenti karena server dimulai ulang. Unggah ulang berkasnya.',
      en: 'Checking the file stopped because the server restarted. Upload the file again.',
    }),
  );
}

/** Drops the staged rows; a job still validating stops at its next batch. */
export async function cancelImport(db: Db, actor: Actor, code: string, jobId: string) {
  const job = await readImportJob(db, actor, code, jobId);
  const cancellable = job.status === 'validating' || job.status === 'ready' || job.status === 'failed';
  if (
    !cancellable ||
    !(await updateJobIf(db, code, jobId, job.status, { status: 'cancelled', finished_at: new Date() }))
  ) {
    throw new AppError('IMPORT_NOT_READY', {
      reason: {
        id: `Impor berstatus "${job.status}" tidak dapat dibatalkan.`,
        en: `An import with status "${job.status}" cannot be cancelled.`,
      },
    });
  }
  await deleteJobRows(db, code, jobId);
}
