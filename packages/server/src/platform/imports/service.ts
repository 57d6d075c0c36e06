// The import workflow as the routes see it. Every step first passes the one access check (write access to
// the village: outside it the job does not exist, inside it a reader is refused), then starts, reads, lists,
// commits or cancels a job. The work itself runs in the background (job-runner.ts).
import { randomUUID } from 'node:crypto';
import { assertRegionAccess } from '../../access/assert-access.ts';
import type { Actor } from '../../access/roles.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../http/problem.ts';
import { identifierMasks, type IdentifierMasks } from '../identifiers/identifier-masks.ts';
import type { FileFormat } from '../sheets/file-format.ts';
import { readSheetInWorker } from '../sheets/read-in-worker.ts';
import { ImportFileError, noDataRows, type Bilingual } from '../sheets/read-sheet.ts';
import type { AnyImporter, FieldChange } from './importer.ts';
import type { ImportRunner } from './job-runner.ts';
import * as q from './queries.ts';
import type { ImportJobDto, importRowSchema } from './schemas.ts';
import type { z } from 'zod';

/** Enough lines to find a header under title rows and a first data row, at upload time. */
const SNIFF_ROWS = 60;

export interface ImportServices {
  db: Db;
  runner: ImportRunner;
  importers: ReadonlyMap<string, AnyImporter>;
}

export interface UploadedFile {
  fileName: string;
  format: FileFormat;
  content: Buffer;
}

/** Write access to the village, and the code must name a village (not a district or the regency). */
export async function assertVillageImportAccess(db: Db, actor: Actor, code: string) {
  assertRegionAccess(actor, code, 'write');
  if (!(await q.findVillage(db, code))) throw new AppError('NOT_FOUND');
}

function parseFailure(text: string | null): Bilingual | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as Bilingual;
  } catch {
    return { id: text, en: text };
  }
}

export function toJobDto(services: ImportServices, job: q.JobRecord): ImportJobDto {
  const importer = services.importers.get(job.kind);
  const live = services.runner.progressOf(job.id);
  const running = job.status === 'validating' || job.status === 'committing';
  const phase = running ? (live?.phase ?? (job.phase as ImportJobDto['phase']) ?? 'queued') : null;
  const total = live && running ? live.total : job.total_rows;
  const done = live && running ? live.done : job.processed_rows;
  return {
    id: job.id,
    importer: importer?.name ?? job.kind,
    villageCode: job.village_code,
    fileName: job.file_name,
    fileFormat: job.file_format as FileFormat,
    sheetName: job.sheet_name,
    status: job.status as ImportJobDto['status'],
    phase,
    totalRows: total,
    processedRows: done,
    progress: total > 0 ? Math.min(1, done / total) : 0,
    errorRows: job.error_rows,
    warningRows: job.warning_rows,
    actionCounts: job.action_counts as Record<string, number>,
    issueCounts: Object.entries(job.issue_counts as Record<string, number>)
      .map(([code, lines]) => {
        const definition = importer?.issues[code];
        const message = definition ? { id: definition.id, en: definition.en } : { id: code, en: code };
        return { code, level: definition?.level ?? 'error', lines, message };
      })
      .sort((a, b) => b.lines - a.lines || a.code.localeCompare(b.code)),
    allowPartial: importer?.allowPartial ?? false,
    notes: job.notes as unknown as Bilingual[],
    commitMode: job.commit_mode as ImportJobDto['commitMode'],
    result: job.result as Record<string, number> | null,
    failure: parseFailure(job.failure),
    createdAt: job.created_at.toISOString(),
    finishedAt: job.finished_at?.toISOString() ?? null,
  };
}

/**
 * Identifier-shaped values (eight digits or more) never leave the server in a change list: a NIK or KK as the
 * installation masks it, another long number (a phone) by its ends.
 */
function maskValue(value: FieldChange['from'], masks: IdentifierMasks): FieldChange['from'] {
  return typeof value === 'string' && /^\d{8,}$/.test(value.trim()) ? masks.anyNumber(value.trim()) : value;
}

/**
 * Refuses, before any job exists, a file that is not the importer's template or holds no data: the operator
 * learns it on the upload itself, on the file field.
 */
export async function startImport(
  services: ImportServices,
  actor: Actor,
  code: string,
  importer: AnyImporter,
  file: UploadedFile,
) {
  await assertVillageImportAccess(services.db, actor, code);
  const sniffed = await readSheetInWorker(file.content, file.format, importer.layout, {
    sniffRows: SNIFF_ROWS,
  });
  if (sniffed.wholeFile && importer.holdsRecords?.(sniffed.rows) === false)
    throw new ImportFileError(noDataRows(importer.layout));
  const jobId = randomUUID();
  await q.insertJob(services.db, {
    village_code: code,
    id: jobId,
    kind: importer.kind,
    created_by: actor.id,
    file_name: file.fileName.slice(0, 200),
    file_format: file.format,
    file_content: file.content,
    status: 'validating',
    phase: 'queued',
  });
  services.runner.enqueue({ step: 'check', villageCode: code, jobId });
  return jobId;
}

async function jobRecord(services: ImportServices, actor: Actor, code: string, jobId: string) {
  await assertVillageImportAccess(services.db, actor, code);
  const job = await q.findJob(services.db, code, jobId);
  if (!job) throw new AppError('NOT_FOUND');
  return job;
}

export async function readImportJob(services: ImportServices, actor: Actor, code: string, jobId: string) {
  return toJobDto(services, await jobRecord(services, actor, code, jobId));
}

export async function listImportJobs(
  services: ImportServices,
  actor: Actor,
  code: string,
  importerName: string | undefined,
) {
  await assertVillageImportAccess(services.db, actor, code);
  const kind = importerName
    ? ([...services.importers.values()].find((i) => i.name === importerName)?.kind ?? '-')
    : undefined;
  return (await q.listJobs(services.db, code, kind, 20)).map((job) => toJobDto(services, job));
}

export async function listImportRows(
  services: ImportServices,
  actor: Actor,
  code: string,
  jobId: string,
  query: { kind: q.RowKind; limit: number; offset: number },
) {
  const job = await jobRecord(services, actor, code, jobId);
  const importer = services.importers.get(job.kind);
  const { total, rows } = await q.listJobRows(
    services.db,
    code,
    jobId,
    query.kind,
    query.limit,
    query.offset,
  );
  const masks = await identifierMasks(services.db);
  const items = rows.map((row): z.infer<typeof importRowSchema> => {
    const subject = importer?.subject(row.data, masks) ?? {
      identifierMasked: null,
      secondaryMasked: null,
      name: null,
      birthDate: null,
    };
    return {
      lineNo: row.line_no,
      ...subject,
      action: row.action,
      errors: row.errors as unknown as z.infer<typeof importRowSchema>['errors'],
      warnings: row.warnings as unknown as z.infer<typeof importRowSchema>['warnings'],
      changes: row.changes
        ? (row.changes as unknown as FieldChange[]).map((c) => ({
            field: c.field,
            from: maskValue(c.from, masks),
            to: maskValue(c.to, masks),
          }))
        : null,
    };
  });
  return { items, total, limit: query.limit, offset: query.offset };
}

const notReady = (status: string): AppError =>
  new AppError('IMPORT_NOT_READY', {
    reason: {
      id: `Impor ini tidak dapat disimpan karena statusnya "${status}".`,
      en: `This import cannot be committed: its status is "${status}".`,
    },
  });

/** The operator's decision: the commit is queued and runs in the background (follow the job). */
export async function requestCommit(
  services: ImportServices,
  actor: Actor,
  code: string,
  jobId: string,
  mode: 'all' | 'valid_only',
) {
  const job = await jobRecord(services, actor, code, jobId);
  const importer = services.importers.get(job.kind);
  if (job.status !== 'ready' || !importer) throw notReady(job.status);
  if (mode === 'valid_only' && !importer.allowPartial) {
    throw new AppError('IMPORT_PARTIAL_NOT_ALLOWED');
  }
  if (mode === 'all' && job.error_rows > 0) {
    throw new AppError(importer.errorsCode ?? 'IMPORT_HAS_ERRORS', {
      reason: {
        id: `${job.error_rows} baris masih bermasalah. Perbaiki berkasnya dan unggah lagi${importer.allowPartial ? ', atau pilih "simpan baris yang benar saja"' : ''}.`,
        en: `${job.error_rows} rows still have errors. Fix the file and upload it again${importer.allowPartial ? ', or choose "save the valid rows only"' : ''}.`,
      },
    });
  }
  // Only one decision can get past this line; a second finds the job no longer ready.
  const moved = await q.updateJobIf(services.db, code, jobId, 'ready', {
    status: 'committing',
    phase: 'committing',
    commit_mode: mode,
    committed_by: actor.id,
  });
  if (!moved) throw notReady('committing');
  services.runner.enqueue({ step: 'commit', villageCode: code, jobId });
  return readImportJob(services, actor, code, jobId);
}

/** Drops the staged lines; a job still being checked stops at its next batch. */
export async function cancelImport(services: ImportServices, actor: Actor, code: string, jobId: string) {
  const job = await jobRecord(services, actor, code, jobId);
  const cancellable = job.status === 'validating' || job.status === 'ready' || job.status === 'failed';
  const done =
    cancellable &&
    (await q.updateJobIf(services.db, code, jobId, job.status, {
      status: 'cancelled',
      phase: null,
      file_content: null,
      finished_at: new Date(),
    }));
  if (!done) {
    throw new AppError('IMPORT_NOT_READY', {
      reason: {
        id: `Impor berstatus "${job.status}" tidak dapat dibatalkan.`,
        en: `An import with status "${job.status}" cannot be cancelled.`,
      },
    });
  }
  await q.deleteJobRows(services.db, code, jobId);
}
