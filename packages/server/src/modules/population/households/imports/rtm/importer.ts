// The household importer: OpenSID's RTM file, one line per resident with the household number and the
// resident's place in it. Its rules span lines (a household, a family card), so the whole file is checked at
// once (check.ts), and saved only as a whole: the commit checks it again on the registry as its transaction
// sees it, with the families locked, then makes households (numbered as in the file, addressed like the
// head's card), moves families under their roof and sets heads.
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
import { refreshVillageStats } from '../../../registry/stats-refresh-queries.ts';
import * as q from '../../record/queries.ts';
import { checkRtm, type PlannedHousehold } from './check.ts';
import { RTM_ISSUES } from './issues.ts';
import { NIK, RTM_LAYOUT, type RtmHeader } from './layout.ts';

type RtmLine = CellsLine<RtmHeader>;

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
    const { report, planned } = checkRtm(
      rows,
      await q.loadRtmFacts(db, villageCode),
      await identifierMasks(db),
    );
    await progress(rows.length);
    return stageWholeFile(rows, report.issues, planned);
  },
  subject: (data, masks) => maskedIdentifierCell(data.cells[NIK], masks),
  async commit({ trx, villageCode, lines, progress }) {
    const rows = await stagedRows(lines);
    // Checked again on the registry as this transaction sees it, with the families locked.
    const { report, planned } = checkRtm(
      rows,
      await q.loadRtmFacts(trx, villageCode, { lock: true }),
      await identifierMasks(trx),
    );
    if (report.issues.some((issue) => issue.level === 'error'))
      throw new ImportConflict(FILE_CHANGED_MEANWHILE);
    await apply(trx, villageCode, planned);
    await refreshVillageStats(trx, villageCode);
    progress(rows.length, rows.length);
    return { counts: { ...report.households, familiesMoved: report.familiesMoved } };
  },
});
