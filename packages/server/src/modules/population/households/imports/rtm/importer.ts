// The household importer: OpenSID's RTM file, one line per resident with the household number and the
// resident's place in it. Its rules span lines (a household, a family card), so the whole file is checked at
// once (check.ts), and saved only as a whole: the commit checks it again on the registry as its transaction
// sees it, with the families locked, then makes households (numbered as in the file, addressed like the
// head's card), moves families under their roof and sets heads.
import { randomUUID } from 'node:crypto';
import { maskIdentifier } from '@smart-kampung/domain';
import type { Db } from '../../../../../db/database.ts';
import { allStagedLines, linesFromFileCheck } from '../../../../../platform/imports/file-check.ts';
import { defineImporter, ImportConflict } from '../../../../../platform/imports/importer.ts';
import type { PlainCell } from '../../../../../platform/sheets/cell-values.ts';
import type { RawRow } from '../../../../../platform/sheets/read-sheet.ts';
import { refreshVillageStats } from '../../../registry/stats-refresh-queries.ts';
import * as q from '../../record/queries.ts';
import { checkRtm, type PlannedHousehold } from './check.ts';
import { RTM_ISSUES } from './issues.ts';
import { NIK, RTM_LAYOUT, type RtmHeader } from './layout.ts';

interface RtmLine {
  cells: Partial<Record<RtmHeader, PlainCell>>;
}

const changedMeanwhile = {
  id: 'Data keluarga atau rumah tangga berubah sejak berkas diperiksa, sehingga berkas kini bermasalah. Tidak ada yang disimpan; unggah ulang berkasnya untuk melihat masalahnya.',
  en: 'Families or households changed since the file was checked, and the file now has errors. Nothing was saved; upload the file again to see them.',
};

async function apply(trx: Db, villageCode: string, planned: readonly PlannedHousehold[]) {
  const ids = new Map<PlannedHousehold, string>();
  for (const household of planned) {
    if (household.change === 'unchanged') continue;
    let id = household.existingId;
    if (id === null) {
      id = randomUUID();
      await q.insertHouseholdLike(trx, villageCode, id, household.householdNo, household.headFamilyId);
    }
    ids.set(household, id);
  }
  // Every family moves before any head is set: a family leaving another household takes its head away
  // from there, and must not take away a head this import sets.
  for (const [household, id] of ids) await q.moveFamilies(trx, villageCode, household.familyIds, id);
  for (const [household, id] of ids)
    await q.updateHousehold(trx, villageCode, id, { head_resident_id: household.headResidentId });
}

const toRows = (lines: readonly { lineNo: number; data: RtmLine }[]): RawRow<RtmHeader>[] =>
  lines.map((line) => ({ lineNo: line.lineNo, cells: line.data.cells }));

export const rtmImporter = defineImporter<RtmHeader, RtmLine>({
  name: 'households',
  kind: 'population.households',
  title: { id: 'Impor rumah tangga', en: 'Household import' },
  summary: "Upload households in OpenSID's RTM file (NIK, nomor rumah tangga, status)",
  layout: RTM_LAYOUT,
  issues: RTM_ISSUES,
  allowPartial: false,
  auditAction: 'population.household_import',
  async check({ db, villageCode, rows, progress }) {
    const { report, planned } = checkRtm(rows, await q.loadRtmFacts(db, villageCode));
    await progress(rows.length);
    // Each planned household once, however many lines name it.
    const planByLine = new Map(
      planned.flatMap((h) =>
        h.lines.map((line) => [line, { action: h.change, unit: h.householdNo }] as const),
      ),
    );
    return linesFromFileCheck(
      rows,
      report.issues,
      (line) => planByLine.get(line),
      (row) => ({
        cells: row.cells,
      }),
    );
  },
  subject(data) {
    const nik = data.cells[NIK];
    const text = typeof nik === 'number' ? String(nik) : typeof nik === 'string' ? nik.trim() : '';
    return {
      identifierMasked: /^\d{16}$/.test(text) ? maskIdentifier(text) : null,
      secondaryMasked: null,
      name: null,
    };
  },
  async commit({ trx, villageCode, lines, progress }) {
    const rows = toRows(await allStagedLines(lines));
    // Checked again on the registry as this transaction sees it, with the families locked.
    const { report, planned } = checkRtm(rows, await q.loadRtmFacts(trx, villageCode, { lock: true }));
    if (report.issues.some((issue) => issue.level === 'error')) throw new ImportConflict(changedMeanwhile);
    await apply(trx, villageCode, planned);
    await refreshVillageStats(trx, villageCode);
    progress(rows.length, rows.length);
    return { counts: { ...report.households, familiesMoved: report.familiesMoved } };
  },
});
