// The housing importer: the "3.keterangan perumahan" sheet of the DTKS/Regsosek 2022 workbook, one line per
// family card. The facts belong to the house, so cards of one household must agree: the whole file is
// checked at once (check.ts) and saved only as a whole. The commit checks it again on the registry as its
// transaction sees it, with cards and households locked, then updates each household's facts and makes a
// household for a card that had none.
import { randomUUID } from 'node:crypto';
import { maskIdentifier } from '@smart-kampung/domain';
import type { Db } from '../../../../../db/database.ts';
import { allStagedLines, linesFromFileCheck } from '../../../../../platform/imports/file-check.ts';
import { defineImporter, ImportConflict } from '../../../../../platform/imports/importer.ts';
import type { PlainCell } from '../../../../../platform/sheets/cell-values.ts';
import type { RawRow } from '../../../../../platform/sheets/read-sheet.ts';
import { refreshVillageStats } from '../../../registry/stats-refresh-queries.ts';
import * as q from '../../record/queries.ts';
import { checkRegsosek, type PlannedHousing } from './check.ts';
import { HOUSING_IMPORT_ISSUES } from './issues.ts';
import { KK_HEADER, REGSOSEK_LAYOUT, type RegsosekHeader } from './layout.ts';
import { loadRegsosekFacts } from './queries.ts';

interface HousingLine {
  cells: Partial<Record<RegsosekHeader, PlainCell>>;
}

const changedMeanwhile = {
  id: 'Data keluarga atau rumah tangga berubah sejak berkas diperiksa, sehingga berkas kini bermasalah. Tidak ada yang disimpan; unggah ulang berkasnya untuk melihat masalahnya.',
  en: 'Families or households changed since the file was checked, and the file now has errors. Nothing was saved; upload the file again to see them.',
};

async function apply(trx: Db, villageCode: string, planned: readonly PlannedHousing[]) {
  const changed: { householdId: string; created: boolean; columns: string[] }[] = [];
  for (const household of planned) {
    if (household.change === 'unchanged') continue;
    let id = household.householdId;
    if (id === null) {
      id = randomUUID();
      await q.insertHouseholdLike(trx, villageCode, id, null, household.familyId);
      await q.moveFamilies(trx, villageCode, [household.familyId], id);
    }
    await q.updateHousehold(trx, villageCode, id, {
      ...household.housing,
      // A new household is headed by its card's head (set after the card moved in: moving clears heads).
      ...(household.householdId === null ? { head_resident_id: household.headResidentId } : {}),
    });
    changed.push({
      householdId: id,
      created: household.householdId === null,
      columns: household.changedColumns,
    });
  }
  return changed;
}

/** The file's headers: every staged line holds a cell (maybe empty) under each header the file has. */
const headersOf = (rows: readonly RawRow<RegsosekHeader>[]) => Object.keys(rows[0]?.cells ?? {});

const toRows = (lines: readonly { lineNo: number; data: HousingLine }[]): RawRow<RegsosekHeader>[] =>
  lines.map((line) => ({ lineNo: line.lineNo, cells: line.data.cells }));

export const housingImporter = defineImporter<RegsosekHeader, HousingLine>({
  name: 'housing',
  kind: 'population.housing',
  title: { id: 'Impor perumahan (Regsosek)', en: 'Housing import (Regsosek)' },
  summary:
    'Upload housing facts from the "3.keterangan perumahan" sheet of the DTKS/Regsosek 2022 workbook (one line per family card, landing on its household)',
  layout: REGSOSEK_LAYOUT,
  issues: HOUSING_IMPORT_ISSUES,
  allowPartial: false,
  auditAction: 'population.housing_import',
  async check({ db, villageCode, headers, rows, progress }) {
    const { report, planned } = checkRegsosek(rows, headers, await loadRegsosekFacts(db, villageCode));
    await progress(rows.length);
    // Each planned household once, however many lines name it.
    const planByLine = new Map(
      planned.flatMap((h) =>
        h.lines.map((line) => [line, { action: h.change, unit: String(h.lines[0]) }] as const),
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
    const kk = data.cells[KK_HEADER];
    const text = typeof kk === 'number' ? String(kk) : typeof kk === 'string' ? kk.trim() : '';
    return {
      identifierMasked: /^\d{16}$/.test(text) ? maskIdentifier(text) : null,
      secondaryMasked: null,
      name: null,
    };
  },
  async commit({ trx, villageCode, lines, progress }) {
    const rows = toRows(await allStagedLines(lines));
    // Checked again on the registry as this transaction sees it, with cards and households locked.
    const facts = await loadRegsosekFacts(trx, villageCode, { lock: true });
    const { report, planned } = checkRegsosek(rows, headersOf(rows), facts);
    if (report.issues.some((issue) => issue.level === 'error')) throw new ImportConflict(changedMeanwhile);
    const changed = await apply(trx, villageCode, planned);
    if (report.households.create > 0) await refreshVillageStats(trx, villageCode);
    progress(rows.length, rows.length);
    return { counts: report.households, auditDetails: { changed } };
  },
});
