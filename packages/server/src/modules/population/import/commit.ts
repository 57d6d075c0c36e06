// Writes a validated import into the registry in one transaction: new families, new residents (through the
// shared insertResidents so the regency-wide NIK index stays whole), updated residents, one life event per
// written resident, fresh statistics and an audit entry. Any failure rolls all of it back.
import { randomUUID } from 'node:crypto';
import type { Insertable, Updateable } from 'kysely';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { allowLongStatements } from '../../../db/statement-timeout.ts';
import type { Family, Resident, ResidentEvent } from '../../../db/schema.ts';
import { AppError } from '../../../http/problem.ts';
import { appendAudit } from '../../audit/service.ts';
import { insertResidents, type NewResident } from '../registry-writes.ts';
import { refreshVillageStats } from '../stats-refresh.ts';
import type { Change } from './check-batch.ts';
import type { StagedRowData } from './check-row.ts';
import {
  deleteJobRows,
  findActiveFamiliesByKk,
  findJob,
  findVillageResidentsByNik,
  insertFamilies,
  insertResidentEvents,
  stagedWritesAfter,
  updateFamily,
  updateJobIf,
  updateResidentByNik,
} from './queries.ts';
import { TEMPLATE_COLUMNS, isTemplateHeader } from './template-columns.ts';
import { today } from '../nik-check.ts';

export type CommitMode = 'all' | 'valid_only';

export interface CommitSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

const PAGE = 1000;
const FAMILY_HEADERS = new Set(['alamat', 'dusun', 'rw', 'rt']);

interface StagedWrite {
  line_no: number;
  data: StagedRowData;
  action: 'insert' | 'update';
  changes: Change[] | null;
}

/** Template header of a change to the column name stored in the resident event. */
function eventKey(field: string): string {
  if (field === 'no_kk') return 'kk_number';
  if (!isTemplateHeader(field)) return field;
  const column = TEMPLATE_COLUMNS[field];
  if (column.kind === 'family') return `family_${column.field}`;
  return 'column' in column ? column.column : field;
}

function familyValues(data: StagedRowData): Pick<Insertable<Family>, 'address' | 'dusun' | 'rw' | 'rt'> {
  const { address, dusun, rw, rt } = data.familyAddress;
  return { address: address ?? null, dusun: dusun ?? null, rw: rw ?? null, rt: rt ?? null };
}

class CommitWriter {
  private readonly familyIds = new Map<string, string>();
  private readonly events: Insertable<ResidentEvent>[] = [];
  private readonly today = today();
  inserted = 0;
  updated = 0;

  constructor(
    private readonly trx: Db,
    private readonly villageCode: string,
    private readonly jobId: string,
    private readonly actor: Actor,
  ) {}

  /** Family ids by KK for this page, creating the families that are new to the village. */
  private async ensureFamilies(rows: StagedWrite[]) {
    const wanted = [...new Set(rows.map((row) => row.data.kk!))].filter((kk) => !this.familyIds.has(kk));
    for (const family of await findActiveFamiliesByKk(this.trx, this.villageCode, wanted))
      this.familyIds.set(family.kk_number, family.id);
    const created: Insertable<Family>[] = [];
    for (const row of rows) {
      const kk = row.data.kk!;
      if (this.familyIds.has(kk)) continue;
      const id = randomUUID();
      this.familyIds.set(kk, id);
      created.push({ village_code: this.villageCode, id, kk_number: kk, ...familyValues(row.data) });
    }
    await insertFamilies(this.trx, created);
  }

  private event(
    row: StagedWrite,
    residentId: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ) {
    this.events.push({
      village_code: this.villageCode,
      id: randomUUID(),
      resident_id: residentId,
      family_id: this.familyIds.get(row.data.kk!) ?? null,
      event_type: 'import',
      event_date: this.today,
      details: JSON.stringify({ jobId: this.jobId, lineNo: row.line_no, action: row.action }),
      before: before ? JSON.stringify(before) : null,
      after: JSON.stringify(after),
      actor_id: this.actor.id,
    });
  }

  private async applyFamilyChanges(row: StagedWrite) {
    if (!row.changes?.some((change) => FAMILY_HEADERS.has(change.field))) return;
    await updateFamily(this.trx, this.villageCode, this.familyIds.get(row.data.kk!)!, {
      ...familyValues(row.data),
      updated_at: new Date(),
    });
  }

  async writePage(rows: StagedWrite[]) {
    await this.ensureFamilies(rows);
    const inserts = rows.filter((row) => row.action === 'insert');
    // The row checks guarantee the required columns (name, sex, birth date) of every row staged for insert.
    const residents = inserts.map(
      (row): NewResident =>
        ({
          ...row.data.resident,
          village_code: this.villageCode,
          id: randomUUID(),
          nik: row.data.nik!,
          family_id: this.familyIds.get(row.data.kk!)!,
          verification_flags: row.data.flags,
        }) as NewResident,
    );
    await insertResidents(this.trx, residents);
    inserts.forEach((row, i) =>
      this.event(row, residents[i]!.id, null, { ...row.data.resident, kk_number: row.data.kk }),
    );
    this.inserted += inserts.length;

    const updates = rows.filter((row) => row.action === 'update');
    const existing = new Map(
      (
        await findVillageResidentsByNik(
          this.trx,
          this.villageCode,
          updates.map((row) => row.data.nik!),
        )
      ).map((r) => [r.nik, r]),
    );
    for (const row of updates) {
      const resident = existing.get(row.data.nik!);
      const values: Updateable<Resident> = {
        ...(row.data.resident as Updateable<Resident>),
        family_id: this.familyIds.get(row.data.kk!)!,
        verification_flags: row.data.flags,
        updated_at: new Date(),
      };
      if (!resident || !(await updateResidentByNik(this.trx, this.villageCode, row.data.nik!, values))) {
        throw new CommitConflict(row.line_no);
      }
      const changes = row.changes ?? [];
      this.event(
        row,
        resident.id,
        Object.fromEntries(changes.map((c) => [eventKey(c.field), c.from])),
        Object.fromEntries(changes.map((c) => [eventKey(c.field), c.to])),
      );
      this.updated += 1;
    }
    for (const row of rows) await this.applyFamilyChanges(row);
    await insertResidentEvents(this.trx, this.events.splice(0));
  }
}

/** The registry changed between validation and commit (a resident staged for update is gone). */
class CommitConflict extends Error {
  constructor(readonly lineNo: number) {
    super(`resident of line ${lineNo} changed since validation`);
  }
}

/** What the operator reads on the failed job; a registry that moved underneath is a conflict, not a crash. */
function describeFailure(error: unknown): { conflict: boolean; failure: { id: string; en: string } } {
  if ((error as { code?: string }).code === '23505' || error instanceof CommitConflict) {
    return {
      conflict: true,
      failure: {
        id: 'Data penduduk berubah sejak berkas diperiksa (misalnya NIK yang sama baru saja didaftarkan). Tidak ada yang disimpan; unggah ulang berkasnya.',
        en: 'The registry changed since the file was checked (e.g. the same NIK was just registered). Nothing was saved; upload the file again.',
      },
    };
  }
  return {
    conflict: false,
    failure: {
      id: 'Penyimpanan gagal dan dibatalkan seluruhnya; tidak ada data yang berubah. Coba unggah ulang berkasnya.',
      en: 'Saving failed and was rolled back entirely; no data changed. Try uploading the file again.',
    },
  };
}

export async function commitImport(
  db: Db,
  actor: Actor,
  villageCode: string,
  jobId: string,
  mode: CommitMode,
): Promise<CommitSummary> {
  const job = await findJob(db, villageCode, jobId);
  if (!job) throw new AppError('NOT_FOUND');
  if (job.status !== 'ready') {
    throw new AppError('IMPORT_NOT_READY', {
      reason: {
        id: `Impor ini tidak dapat disimpan karena statusnya "${job.status}".`,
        en: `This import cannot be committed: its status is "${job.status}".`,
      },
    });
  }
  if (mode === 'all' && job.error_rows > 0) {
    throw new AppError('IMPORT_HAS_ERRORS', {
      reason: {
        id: `${job.error_rows} baris masih bermasalah. Perbaiki berkasnya dan unggah lagi, atau pilih "simpan baris yang benar saja".`,
        en: `${job.error_rows} rows still have errors. Fix the file and upload it again, or choose "save the valid rows only".`,
      },
    });
  }
  const summary: CommitSummary = {
    inserted: 0,
    updated: 0,
    unchanged: job.unchanged_rows,
    skipped: job.error_rows,
  };
  try {
    await db.transaction().execute(async (trx) => {
      // A whole village's rows and statistics in one transaction: more than the server's usual statement limit.
      await allowLongStatements(trx);
      // Only one commit of a job can get past this line; a second one finds it no longer 'ready'.
      if (!(await updateJobIf(trx, villageCode, jobId, 'ready', { status: 'committing' })))
        throw new AppError('IMPORT_NOT_READY');
      const writer = new CommitWriter(trx, villageCode, jobId, actor);
      for (let after = 0; ;) {
        const page = (await stagedWritesAfter(
          trx,
          villageCode,
          jobId,
          after,
          PAGE,
        )) as unknown as StagedWrite[];
        if (page.length === 0) break;
        await writer.writePage(page);
        after = page[page.length - 1]!.line_no;
      }
      summary.inserted = writer.inserted;
      summary.updated = writer.updated;
      await refreshVillageStats(trx, villageCode);
      await appendAudit(trx, {
        actor,
        action: 'population.import',
        entityType: 'import_job',
        entityId: jobId,
        regionCode: villageCode,
        details: { jobId, mode, ...summary },
      });
      await updateJobIf(trx, villageCode, jobId, 'committing', {
        status: 'committed',
        finished_at: new Date(),
      });
      await deleteJobRows(trx, villageCode, jobId);
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    const { conflict, failure } = describeFailure(error);
    await updateJobIf(db, villageCode, jobId, 'ready', {
      status: 'failed',
      failure: JSON.stringify(failure),
      finished_at: new Date(),
    });
    await deleteJobRows(db, villageCode, jobId);
    if (conflict) throw new AppError('CONFLICT', { reason: failure });
    throw error;
  }
  return summary;
}
