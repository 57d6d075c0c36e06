// The housing importer: the "3.keterangan perumahan" sheet of the DTKS/Regsosek 2022 workbook, one line per
// family card. The facts belong to the house, so cards of one household must agree: the whole file is
// checked at once (check.ts) and saved only as a whole. The commit checks it again on the registry as its
// transaction sees it, with cards and households locked, then updates each household's facts and makes a
// household for a card that had none.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../../../db/database.ts';
import {
  FILE_CHANGED_MEANWHILE,
  maskedIdentifierCell,
  stagedRows,
  stageWholeFile,
  type CellsLine,
} from '../../../../../platform/imports/file-check.ts';
import { identifierMasks } from '../../../../../platform/identifiers/identifier-masks.ts';
import { defineImporter, ImportConflict } from '../../../../../platform/imports/importer.ts';
import type { RawRow } from '../../../../../platform/sheets/read-sheet.ts';
import { refreshVillageStats } from '../../../registry/stats-refresh-queries.ts';
import * as q from '../../record/queries.ts';
import { recomputeWelfareScores } from '../../../../assistance/welfare/scores/recompute.ts';
import { checkRegsosek, type PlannedHousing } from './check.ts';
import { HOUSING_IMPORT_ISSUES } from './issues.ts';
import { KK_HEADER, REGSOSEK_LAYOUT, type RegsosekHeader } from './layout.ts';
import { loadRegsosekFacts } from './queries.ts';

type HousingLine = CellsLine<RegsosekHeader>;

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
    const facts = await loadRegsosekFacts(db, villageCode);
    const { report, planned } = checkRegsosek(rows, headers, facts, await identifierMasks(db));
    await progress(rows.length);
    return stageWholeFile(rows, report.issues, planned);
  },
  subject: (data, masks) => maskedIdentifierCell(data.cells[KK_HEADER], masks),
  async commit({ trx, villageCode, lines, progress }) {
    const rows = await stagedRows(lines);
    // Checked again on the registry as this transaction sees it, with cards and households locked.
    const facts = await loadRegsosekFacts(trx, villageCode, { lock: true });
    const { report, planned } = checkRegsosek(rows, headersOf(rows), facts, await identifierMasks(trx));
    if (report.issues.some((issue) => issue.level === 'error'))
      throw new ImportConflict(FILE_CHANGED_MEANWHILE);
    const changed = await apply(trx, villageCode, planned);
    // New housing facts change the welfare scores of these households and their families, in this commit.
    await recomputeWelfareScores(trx, villageCode, { householdIds: changed.map((c) => c.householdId) });
    // Every commit: new households are counted, and filled-in housing facts change what is still missing.
    await refreshVillageStats(trx, villageCode);
    progress(rows.length, rows.length);
    return { counts: report.households, auditDetails: { changed } };
  },
});
