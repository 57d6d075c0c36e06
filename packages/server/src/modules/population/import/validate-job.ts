// The background half of an upload: read the file, check every row on its own and across the file and the
// registry, and stage the results in import_job_row a batch at a time so the operator sees progress.
// Nothing here touches the registry itself.
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../db/database.ts';
import { checkBatch, type ExistingFamily, type RegistryFacts, type RowDecision } from './check-batch.ts';
import { checkRow, type CheckedRow } from './check-row.ts';
import {
  deleteJobRows,
  findActiveFamiliesByKk,
  findNiksClaimedElsewhere,
  findPresentMembers,
  findVillageResidentsByNik,
  insertJobRows,
  loadDistrictPrefixes,
  updateJobIf,
} from './queries.ts';
import { ImportFileError, readImportFile, type FileFormat } from './read-file.ts';
import { today } from '../nik-check.ts';

const STAGE_BATCH = 500;

async function loadRegistryFacts(db: Db, villageCode: string, rows: CheckedRow[]): Promise<RegistryFacts> {
  const niks = [
    ...new Set(rows.flatMap((row) => (row.data.nik && /^\d{16}$/.test(row.data.nik) ? [row.data.nik] : []))),
  ];
  const kks = [
    ...new Set(rows.flatMap((row) => (row.data.kk && /^\d{16}$/.test(row.data.kk) ? [row.data.kk] : []))),
  ];
  const residents = await findVillageResidentsByNik(db, villageCode, niks);
  const claimedElsewhere = await findNiksClaimedElsewhere(db, villageCode, niks);
  const families = await findActiveFamiliesByKk(db, villageCode, kks);
  const members = await findPresentMembers(
    db,
    villageCode,
    families.map((family) => family.id),
  );
  const familiesByKk = new Map<string, ExistingFamily>();
  const byId = new Map<string, ExistingFamily>();
  for (const family of families) {
    const entry: ExistingFamily = { ...family, members: [] };
    familiesByKk.set(family.kk_number, entry);
    byId.set(family.id, entry);
  }
  for (const member of members) if (member.family_id) byId.get(member.family_id)?.members.push(member);
  return {
    residentsByNik: new Map(residents.map((resident) => [resident.nik, resident])),
    claimedElsewhere: new Set(claimedElsewhere),
    familiesByKk,
  };
}

function stagedRow(villageCode: string, jobId: string, row: CheckedRow, decision: RowDecision) {
  return {
    village_code: villageCode,
    job_id: jobId,
    line_no: row.lineNo,
    data: JSON.stringify(row.data),
    errors: JSON.stringify(row.errors),
    warnings: JSON.stringify(row.warnings),
    action: decision.action,
    changes: decision.changes ? JSON.stringify(decision.changes) : null,
  };
}

export interface ValidationInput {
  villageCode: string;
  jobId: string;
  content: Buffer;
  format: FileFormat;
}

const unreadable = {
  id: 'Berkas tidak dapat diproses. Periksa bahwa berkas memakai format impor penduduk OpenSID, lalu unggah lagi.',
  en: 'The file could not be processed. Check that it uses OpenSID’s resident import format, then upload it again.',
};

export async function validateImportJob(
  db: Db,
  input: ValidationInput,
  log: FastifyBaseLogger,
): Promise<void> {
  const { villageCode, jobId } = input;
  try {
    const sheet = await readImportFile(input.content, input.format);
    const districts = await loadDistrictPrefixes(db);
    const context = { knownDistrict: (prefix: string) => districts.has(prefix), today: today() };
    const rows = sheet.rows.map((raw) => checkRow(raw, sheet.headers, context));
    if (!(await updateJobIf(db, villageCode, jobId, 'validating', { total_rows: rows.length }))) return;

    const decisions = checkBatch(rows, await loadRegistryFacts(db, villageCode, rows));
    const counts = { error_rows: 0, warning_rows: 0, insert_rows: 0, update_rows: 0, unchanged_rows: 0 };
    for (let start = 0; start < rows.length; start += STAGE_BATCH) {
      const part = rows.slice(start, start + STAGE_BATCH);
      const partDecisions = decisions.slice(start, start + STAGE_BATCH);
      await insertJobRows(
        db,
        part.map((row, i) => stagedRow(villageCode, jobId, row, partDecisions[i]!)),
      );
      part.forEach((row, i) => {
        const action = partDecisions[i]!.action;
        if (row.errors.length > 0) counts.error_rows += 1;
        if (row.warnings.length > 0) counts.warning_rows += 1;
        if (action) counts[`${action}_rows`] += 1;
      });
      const processed = Math.min(start + STAGE_BATCH, rows.length);
      if (
        !(await updateJobIf(db, villageCode, jobId, 'validating', { processed_rows: processed, ...counts }))
      ) {
        await deleteJobRows(db, villageCode, jobId); // cancelled meanwhile: leave nothing staged
        return;
      }
    }
    await updateJobIf(db, villageCode, jobId, 'validating', { status: 'ready', finished_at: new Date() });
  } catch (error) {
    if (!(error instanceof ImportFileError)) log.error({ err: error, jobId }, 'import validation failed');
    const failure = error instanceof ImportFileError ? error.failure : unreadable;
    try {
      await deleteJobRows(db, villageCode, jobId);
      await updateJobIf(db, villageCode, jobId, 'validating', {
        status: 'failed',
        failure: JSON.stringify(failure),
        finished_at: new Date(),
      });
    } catch (secondError) {
      log.error({ err: secondError, jobId }, 'could not mark import job failed');
    }
  }
}
