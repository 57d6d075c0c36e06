// Importing households from OpenSID's RTM file: read the sheet, check every row against the registry, and
// either report what would happen or, when asked and nothing is wrong, apply it all in one transaction:
// new households (numbered as in the file, addressed like the head's family card), families moved under
// their roof, heads set, statistics refreshed, one audit entry.
import { randomUUID } from 'node:crypto';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { appendAudit } from '../../audit/service.ts';
import { readTemplateSheet } from '../import/read-file.ts';
import type { RequestContext } from '../records/service.ts';
import { refreshVillageStats } from '../stats-refresh.ts';
import * as q from './queries.ts';
import { checkRtm, type PlannedHousehold, type RtmReport } from './rtm-check.ts';
import { RTM_LAYOUT } from './rtm-layout.ts';
import type { TemplateUpload } from './template-upload.ts';

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

export async function importHouseholds(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  upload: TemplateUpload,
): Promise<RtmReport & { committed: boolean }> {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  const sheet = await readTemplateSheet(upload.content, upload.format, RTM_LAYOUT);
  if (!upload.commit) {
    const { report } = checkRtm(sheet.rows, await q.loadRtmFacts(db, villageCode));
    return { ...report, committed: false };
  }
  return db.transaction().execute(async (trx) => {
    // Checked again here, on the registry as this transaction sees it, with the families locked.
    const { report, planned } = checkRtm(sheet.rows, await q.loadRtmFacts(trx, villageCode, { lock: true }));
    if (report.issues.some((issue) => issue.level === 'error'))
      throw new AppError('IMPORT_HAS_ERRORS', { report: { ...report, committed: false } });
    await apply(trx, villageCode, planned);
    await refreshVillageStats(trx, villageCode);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'population.household_import',
      entityType: 'household',
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: {
        fileName: upload.fileName,
        rows: report.rows,
        households: report.households,
        familiesMoved: report.familiesMoved,
      },
    });
    return { ...report, committed: true };
  });
}
