// The household export: the list's filters and order, for anyone who may read the area, as XLSX or CSV with
// the head's NIK masked. Capped like the resident export; like its masked export, not an audited read.
import type { Actor } from '../../../../access/roles.ts';
import type { Db } from '../../../../db/database.ts';
import { AppError } from '../../../../http/problem.ts';
import { listArea } from '../../../../platform/area/in-area.ts';
import { MAX_EXPORT_ROWS, tooManyRows, writeSheetFile } from '../../../../platform/exports/sheet-export.ts';
import { identifierMasks } from '../../../../platform/identifiers/identifier-masks.ts';
import { findRegion } from '../../export/queries.ts';
import { today as todayInVillage } from '../../registry/nik-check.ts';
import { householdExportColumns, SHEET_NAME } from './columns.ts';
import { findExportKeys, findExportRows } from './queries.ts';
import type { HouseholdExportQuery } from './schemas.ts';

export async function exportHouseholds(db: Db, actor: Actor, query: HouseholdExportQuery) {
  const region = listArea(actor, query.region);
  if (!(await findRegion(db, region))) throw new AppError('REGION_NOT_FOUND');
  const keys = await findExportKeys(db, region, query, MAX_EXPORT_ROWS + 1);
  if (keys.length > MAX_EXPORT_ROWS)
    throw tooManyRows(
      MAX_EXPORT_ROWS,
      { id: 'rumah tangga', en: 'households' },
      { id: 'pilih desa, dusun, RW atau RT', en: 'choose a village, dusun, RW or RT' },
    );
  const columns = householdExportColumns(await identifierMasks(db));
  return writeSheetFile({
    format: query.format,
    sheetName: SHEET_NAME,
    columns,
    keys,
    fetchPage: (page) => findExportRows(db, page),
    toRow: (row) => columns.map((column) => column.value(row)),
    fileName: `rumah-tangga-${region}-${todayInVillage()}`,
  });
}
