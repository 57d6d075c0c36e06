// Importing housing facts from the Regsosek sheet: read it, check every row against the registry, and either
// report what would happen or, when asked and nothing is wrong, apply it all in one transaction: each
// household's facts updated, a household made for a card that had none, statistics refreshed, one audit entry
// listing what changed per household.
import { randomUUID } from 'node:crypto';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { appendAudit } from '../../audit/service.ts';
import { ImportFileError, readTemplateSheet } from '../import/read-file.ts';
import type { RequestContext } from '../records/service.ts';
import { refreshVillageStats } from '../stats-refresh.ts';
import * as q from './queries.ts';
import { checkRegsosek, type PlannedHousing, type RegsosekReport } from './regsosek-check.ts';
import { KK_HEADER, REGSOSEK_LAYOUT } from './regsosek-layout.ts';
import { loadRegsosekFacts } from './regsosek-queries.ts';
import type { TemplateUpload } from './template-upload.ts';

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

export async function importHousing(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  upload: TemplateUpload,
): Promise<RegsosekReport & { committed: boolean }> {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  const sheet = await readTemplateSheet(upload.content, upload.format, REGSOSEK_LAYOUT);
  if (!sheet.headers.some((header) => header !== KK_HEADER))
    throw new ImportFileError({
      id: 'Baris judul tidak memuat satu pun kolom pertanyaan perumahan (301a sampai 310).',
      en: 'The header row has none of the housing question columns (301a to 310).',
    });
  if (!upload.commit) {
    const { report } = checkRegsosek(sheet.rows, sheet.headers, await loadRegsosekFacts(db, villageCode));
    return { ...report, committed: false };
  }
  return db.transaction().execute(async (trx) => {
    // Checked again here, on the registry as this transaction sees it, with cards and households locked.
    const facts = await loadRegsosekFacts(trx, villageCode, { lock: true });
    const { report, planned } = checkRegsosek(sheet.rows, sheet.headers, facts);
    if (report.issues.some((issue) => issue.level === 'error'))
      throw new AppError('IMPORT_HAS_ERRORS', { report: { ...report, committed: false } });
    const changed = await apply(trx, villageCode, planned);
    if (report.households.create > 0) await refreshVillageStats(trx, villageCode);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'population.housing_import',
      entityType: 'household',
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { fileName: upload.fileName, rows: report.rows, households: report.households, changed },
    });
    return { ...report, committed: true };
  });
}
