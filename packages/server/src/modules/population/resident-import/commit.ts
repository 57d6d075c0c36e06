// Writes a checked resident import into the registry, inside the pipeline's transaction. The staged lines
// already hold every value in the shape the registry keeps, so the writes are set-based statements that move
// them from import_job_row into family, resident, resident_nik, resident_event and name_word a range of lines
// at a time (commit-queries.ts): no row travels back through the application, which keeps a 20,000-line
// commit short on both engines. A registry that moved since the check (a NIK now taken, a resident gone) is a
// conflict: nothing is written.
import type { CommitInput, CommitResult } from '../../../platform/imports/importer.ts';
import { ImportConflict } from '../../../platform/imports/importer.ts';
import { addNameWordsOfVillages } from '../registry/name-word-queries.ts';
import { yieldToEventLoop } from '../../../platform/event-loop.ts';
import { refreshVillageStats } from '../registry/stats-refresh-queries.ts';
import type { StagedRowData } from './check-row.ts';
import * as w from './commit-queries.ts';
import { eventKeys } from './template-columns.ts';

const LINES_PER_STEP = 1000;

export interface ResidentImportResult extends Record<string, number> {
  inserted: number;
  updated: number;
}

const residentVanished = {
  id: 'Data penduduk berubah sejak berkas diperiksa (ada penduduk yang akan diperbarui sudah tidak ada). Tidak ada yang disimpan; unggah ulang berkasnya.',
  en: 'The registry changed since the file was checked (a resident to be updated is gone). Nothing was saved; upload the file again.',
};

export async function commitResidentImport(input: CommitInput<StagedRowData>): Promise<CommitResult> {
  const { trx, villageCode, jobId, actor } = input;
  const scope = { villageCode, jobId };
  const lastLine = await w.lastWritableLine(trx, scope);
  const expected = await w.countWritableLines(trx, scope);
  const result: ResidentImportResult = { inserted: 0, updated: 0 };
  for (let from = 0; from < lastLine; from += LINES_PER_STEP) {
    const range = { ...scope, from, to: from + LINES_PER_STEP };
    await w.createMissingFamilies(trx, range);
    await w.updateFamilyAddresses(trx, range);
    result.inserted += await w.insertResidents(trx, range);
    const updated = await w.updateResidents(trx, range);
    if (updated !== (await w.countLinesOf(trx, range, 'update'))) throw new ImportConflict(residentVanished);
    result.updated += updated;
    await w.insertImportEvents(trx, range, actor.id, eventKeys());
    input.progress(Math.min(range.to, lastLine), lastLine);
    await yieldToEventLoop();
  }
  if (result.inserted + result.updated !== expected) throw new ImportConflict(residentVanished);
  // The search dictionary learns the written names (no trigger: Citus distributes no table with one).
  await addNameWordsOfVillages(trx, [villageCode]);
  await refreshVillageStats(trx, villageCode);
  return { counts: result };
}
