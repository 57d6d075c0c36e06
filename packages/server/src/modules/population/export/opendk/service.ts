// The OpenDK export: a village's residents as the zip OpenSID sends to its district's OpenDK (one .xlsx,
// no photos), so a village on Smart Kampung still feeds a district that runs OpenDK. OpenDK needs the
// identifiers in full, so the export is for those who keep the village's registry, always with a reason,
// and audited like every full export (the count and the reason, never the numbers). Every resident goes,
// whatever their status, as OpenSID sends them: OpenDK updates by NIK and never deletes, so a death or a
// move reaches the district only as the resident's new status.
import { zipSync } from 'fflate';
import { assertRegionAccess } from '../../../../access/assert-access.ts';
import type { Actor } from '../../../../access/roles.ts';
import type { Db } from '../../../../db/database.ts';
import { AppError } from '../../../../http/problem.ts';
import {
  MAX_EXPORT_ROWS,
  tooManyRows,
  writeSheetFile,
  type ExportFile,
} from '../../../../platform/exports/sheet-export.ts';
import { appendAudit } from '../../../audit/service.ts';
import { today } from '../../registry/nik-check.ts';
import { findExportIds, findExportRows, findRegion } from '../queries.ts';
import type { RequestOrigin } from '../service.ts';
import { OPENDK_SHEET_COLUMNS, opendkRow } from './opendk-row.ts';

/** OpenSID's name for the file, dated dd_mm_yyyy: what a district operator expects to upload. */
const fileStem = () => {
  const [year, month, day] = today().split('-');
  return `penduduk_${day}_${month}_${year}_opendk`;
};

export async function exportOpendkZip(
  db: Db,
  actor: Actor,
  villageCode: string,
  reason: string,
  origin: RequestOrigin,
): Promise<ExportFile> {
  assertRegionAccess(actor, villageCode, 'write');
  const region = await findRegion(db, villageCode);
  if (region?.level !== 'village') throw new AppError('NOT_FOUND');

  const ids = await findExportIds(db, villageCode, { status: 'all' }, MAX_EXPORT_ROWS + 1);
  if (ids.length > MAX_EXPORT_ROWS)
    throw tooManyRows(
      MAX_EXPORT_ROWS,
      { id: 'penduduk', en: 'residents' },
      { id: 'hubungi admin kabupaten', en: 'contact the regency admin' },
    );
  const stem = fileStem();
  const sheet = await writeSheetFile({
    format: 'xlsx',
    // OpenSID's writer names the only sheet "Sheet1".
    sheetName: 'Sheet1',
    columns: OPENDK_SHEET_COLUMNS,
    keys: ids,
    fetchPage: (page) =>
      findExportRows(
        db,
        villageCode,
        page.map((entry) => entry.id),
      ),
    toRow: (row) => opendkRow(row, villageCode),
    fileName: stem,
  });
  const body = Buffer.from(zipSync({ [sheet.fileName]: new Uint8Array(sheet.body) }, { level: 6 }));

  await appendAudit(db, {
    actor,
    action: 'population.export_full',
    entityType: 'resident',
    regionCode: villageCode,
    ip: origin.ip,
    userAgent: origin.userAgent ?? null,
    details: { count: ids.length, format: 'opendk-zip', reason, filter: { status: 'all' } },
  });
  return { fileName: `${stem}.zip`, contentType: 'application/zip', body, count: ids.length };
}
