// Runs import jobs one at a time in the background: the check (read the file in a worker thread, let the
// importer check every line, stage the lines) and the commit (the importer's writes, the audit entry and the
// job's end, in one transaction). Jobs are rows in import_job, so a check or commit that a restart cut short
// runs again at start-up. Progress lives in memory while a step runs (a commit's own writes are invisible to
// other connections until it ends) and in the job row between steps.
import fastq from 'fastq';
import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../../access/roles.ts';
import type { Db } from '../../db/database.ts';
import { allowLongStatements } from '../../db/statement-timeout.ts';
import { appendAudit } from '../../modules/audit/service.ts';
import { yieldToEventLoop } from '../event-loop.ts';
import type { FileFormat } from '../sheets/file-format.ts';
import { readSheetInWorker } from '../sheets/read-in-worker.ts';
import { ImportFileError, noDataRows, type Bilingual } from '../sheets/read-sheet.ts';
import { ImportConflict, type AnyImporter, type StagedLine } from './importer.ts';
import * as q from './queries.ts';

const STAGE_BATCH = 250;
const COMMIT_PAGE = 2000;

export interface LiveProgress {
  phase: 'reading' | 'checking' | 'committing';
  done: number;
  total: number;
}

interface Task {
  step: 'check' | 'commit';
  villageCode: string;
  jobId: string;
}

const failures = {
  unreadable: {
    id: 'Berkas tidak dapat diproses. Periksa bahwa berkas memakai format yang diminta, lalu unggah lagi.',
    en: 'The file could not be processed. Check that it uses the requested format, then upload it again.',
  },
  conflict: {
    id: 'Data berubah sejak berkas diperiksa (misalnya NIK yang sama baru saja didaftarkan). Tidak ada yang disimpan; unggah ulang berkasnya.',
    en: 'The data changed since the file was checked (e.g. the same NIK was just registered). Nothing was saved; upload the file again.',
  },
  commitFailed: {
    id: 'Penyimpanan gagal dan dibatalkan seluruhnya; tidak ada data yang berubah. Coba unggah ulang berkasnya.',
    en: 'Saving failed and was rolled back entirely; no data changed. Try uploading the file again.',
  },
} satisfies Record<string, Bilingual>;

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** Counts per action (each unit once) and of lines with errors and warnings, for the job row. */
function countLines(lines: readonly StagedLine<unknown>[]) {
  const actions: Record<string, number> = {};
  const issues: Record<string, number> = {};
  const counted = new Set<string>();
  let errors = 0;
  let warnings = 0;
  for (const line of lines) {
    if (line.errors.length > 0) errors += 1;
    if (line.warnings.length > 0) warnings += 1;
    // A line counts once per code, however many of its columns carry it.
    for (const code of new Set([...line.errors, ...line.warnings].map((issue) => issue.code)))
      issues[code] = (issues[code] ?? 0) + 1;
    if (!line.action) continue;
    if (line.unit !== undefined) {
      if (counted.has(line.unit)) continue;
      counted.add(line.unit);
    }
    actions[line.action] = (actions[line.action] ?? 0) + 1;
  }
  return { actions, issues, errors, warnings };
}

/** An issue code outside the importer's catalogue is a programming error: nothing is staged with it. */
function assertCatalogued(importer: AnyImporter, lines: readonly StagedLine<unknown>[]) {
  for (const line of lines)
    for (const issue of [...line.errors, ...line.warnings])
      if (!Object.hasOwn(importer.issues, issue.code))
        throw new Error(`importer ${importer.name} reported the uncatalogued code ${issue.code}`);
}

export class ImportRunner {
  private readonly live = new Map<string, LiveProgress>();
  private readonly queue: fastq.queueAsPromised<Task>;
  private closing = false;

  constructor(
    private readonly db: Db,
    private readonly importers: ReadonlyMap<string, AnyImporter>,
    private readonly log: FastifyBaseLogger,
  ) {
    // One job at a time: a check or commit already uses a core of the two a village server has.
    this.queue = fastq.promise((task: Task) => this.run(task), 1);
  }

  progressOf(jobId: string): LiveProgress | undefined {
    return this.live.get(jobId);
  }

  enqueue(task: Task) {
    if (this.closing) return;
    void this.queue.push(task);
  }

  /** At start-up: checks and commits a stopped process left half-way run again. */
  async resume() {
    for (const job of await q.findInterruptedJobs(this.db)) {
      this.enqueue({
        step: job.status === 'committing' ? 'commit' : 'check',
        villageCode: job.village_code,
        jobId: job.id,
      });
    }
  }

  /** Lets the running step finish and drops the queued ones (they resume at the next start). */
  async close() {
    this.closing = true;
    this.queue.kill();
    while (this.live.size > 0 || this.queue.running() > 0) await new Promise((r) => setTimeout(r, 20));
  }

  private async run(task: Task) {
    try {
      if (task.step === 'check') await this.check(task);
      else await this.commit(task);
    } catch (error) {
      this.log.error({ err: error, jobId: task.jobId }, `import ${task.step} failed`);
    } finally {
      this.live.delete(task.jobId);
    }
  }

  private importerOf(kind: string): AnyImporter {
    const importer = this.importers.get(kind);
    if (!importer) throw new Error(`no importer registered for ${kind}`);
    return importer;
  }

  private async fail(task: Task, status: string, failure: Bilingual) {
    await q.deleteJobRows(this.db, task.villageCode, task.jobId);
    await q.updateJobIf(this.db, task.villageCode, task.jobId, status, {
      status: 'failed',
      phase: null,
      failure: JSON.stringify(failure),
      file_content: null,
      finished_at: new Date(),
    });
  }

  private async check(task: Task) {
    const { villageCode, jobId } = task;
    const job = await q.findJob(this.db, villageCode, jobId);
    const content = await q.findJobFile(this.db, villageCode, jobId);
    if (job?.status !== 'validating' || !content) return;
    const importer = this.importerOf(job.kind);
    const still = (values: Parameters<typeof q.updateJobIf>[4]) =>
      q.updateJobIf(this.db, villageCode, jobId, 'validating', values);
    try {
      this.live.set(jobId, { phase: 'reading', done: 0, total: 0 });
      if (!(await still({ phase: 'reading', processed_rows: 0 }))) return;
      const sheet = await readSheetInWorker(content, job.file_format as FileFormat, importer.layout);
      // Past the lines the upload looked at, the whole file may still hold no record.
      if (importer.holdsRecords?.(sheet.rows) === false)
        throw new ImportFileError(noDataRows(importer.layout));
      const total = sheet.rows.length;
      this.live.set(jobId, { phase: 'checking', done: 0, total });
      const started = await still({
        phase: 'checking',
        total_rows: total,
        sheet_name: sheet.sheetName,
        notes: JSON.stringify(sheet.notes),
      });
      if (!started) return;
      const lines = await importer.check({
        db: this.db,
        villageCode,
        headers: sheet.headers,
        rows: sheet.rows,
        keyValues: sheet.keyValues ?? [],
        companion: sheet.companion ?? [],
        progress: async (done) => {
          this.live.set(jobId, { phase: 'checking', done, total });
          await new Promise((resolve) => setImmediate(resolve));
        },
      });
      assertCatalogued(importer, lines);
      // A check run again after a restart starts from a clean stage.
      await q.deleteJobRows(this.db, villageCode, jobId);
      for (let start = 0; start < lines.length; start += STAGE_BATCH) {
        const batch = lines.slice(start, start + STAGE_BATCH);
        await q.insertJobRows(
          this.db,
          batch.map((line) => ({
            village_code: villageCode,
            job_id: jobId,
            line_no: line.lineNo,
            data: JSON.stringify(line.data),
            errors: JSON.stringify(line.errors),
            warnings: JSON.stringify(line.warnings),
            action: line.action,
            changes: line.changes ? JSON.stringify(line.changes) : null,
          })),
        );
        await yieldToEventLoop();
        if (!(await still({ processed_rows: Math.min(start + STAGE_BATCH, lines.length) }))) {
          await q.deleteJobRows(this.db, villageCode, jobId); // cancelled meanwhile: leave nothing staged
          return;
        }
      }
      const counts = countLines(lines);
      await still({
        status: 'ready',
        phase: null,
        processed_rows: total,
        error_rows: counts.errors,
        warning_rows: counts.warnings,
        action_counts: JSON.stringify(counts.actions),
        issue_counts: JSON.stringify(counts.issues),
        file_content: null,
        finished_at: new Date(),
      });
    } catch (error) {
      if (!(error instanceof ImportFileError)) this.log.error({ err: error, jobId }, 'import check failed');
      await this.fail(
        task,
        'validating',
        error instanceof ImportFileError ? error.failure : failures.unreadable,
      );
    }
  }

  private async commit(task: Task) {
    const { villageCode, jobId } = task;
    const job = await q.findJob(this.db, villageCode, jobId);
    if (job?.status !== 'committing') return;
    const importer = this.importerOf(job.kind);
    const mode = job.commit_mode === 'valid_only' ? 'valid_only' : 'all';
    const total = job.total_rows - (mode === 'valid_only' ? job.error_rows : 0);
    this.live.set(jobId, { phase: 'committing', done: 0, total });
    try {
      await this.db.transaction().execute(async (trx) => {
        // The operator started this and waits for it: a village's statistics may take longer than a request.
        await allowLongStatements(trx);
        const actor: Actor = await q.findJobActor(trx, job.committed_by ?? job.created_by);
        const { counts, auditDetails } = await importer.commit({
          trx,
          villageCode,
          jobId,
          actor,
          mode,
          fileName: job.file_name,
          lines: async (afterLine, limit) =>
            (await q.stagedLinesAfter(trx, villageCode, jobId, afterLine, Math.min(limit, COMMIT_PAGE))).map(
              (row) =>
                ({
                  lineNo: row.line_no,
                  action: row.action,
                  data: row.data,
                  errors: row.errors,
                  warnings: row.warnings,
                  changes: row.changes,
                }) as unknown as StagedLine<unknown>,
            ),
          progress: (done, of) => this.live.set(jobId, { phase: 'committing', done, total: of }),
        });
        await appendAudit(trx, {
          actor,
          action: importer.auditAction,
          entityType: 'import_job',
          entityId: jobId,
          regionCode: villageCode,
          details: {
            jobId,
            kind: job.kind,
            fileName: job.file_name,
            mode,
            ...counts,
            skipped: mode === 'valid_only' ? job.error_rows : 0,
            ...auditDetails,
          },
        });
        await q.updateJobIf(trx, villageCode, jobId, 'committing', {
          status: 'committed',
          phase: null,
          result: JSON.stringify(counts),
          finished_at: new Date(),
        });
        await q.deleteJobRows(trx, villageCode, jobId);
      });
    } catch (error) {
      const conflict = error instanceof ImportConflict || isUniqueViolation(error);
      if (!conflict) this.log.error({ err: error, jobId }, 'import commit failed');
      if (process.env.DEBUG_IMPORTS) console.error('COMMIT ERROR', error);
      const failure =
        error instanceof ImportConflict ? error.reason : conflict ? failures.conflict : failures.commitFailed;
      await this.fail(task, 'committing', failure);
    }
  }
}
