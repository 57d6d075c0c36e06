// The household export: the list's filters and order, for anyone who may read the area, as XLSX or CSV with
// the head's NIK masked. Capped like the resident export; like its masked export, not an audited read.
import { assertRegionAccess } from '../../../../access/assert-access.ts';
import type { Actor } from '../../../../access/roles.ts';
import type { Db } from '../../../../db/database.ts';
import { AppError } from '../../../../http/problem.ts';
import { findRegion } from '../../export/queries.ts';
import { MAX_EXPORT_ROWS } from '../../export/service.ts';
import { today as todayInVillage } from '../../nik-check.ts';
import { csvWriter, xlsxWriter } from '../../../../platform/sheets/sheet-writer.ts';
import { householdExportColumns, SHEET_NAME } from './columns.ts';
import { findExportKeys, findExportRows, type HouseholdExportRow } from './queries.ts';
import type { HouseholdExportQuery } from './schemas.ts';

const PAGE = 2000;

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export interface HouseholdExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  count: number;
}

export async function exportHouseholds(
  db: Db,
  actor: Actor,
  query: HouseholdExportQuery,
): Promise<HouseholdExportFile> {
  const region = query.region ?? actor.areaCode;
  assertRegionAccess(actor, region, 'read');
  if (!(await findRegion(db, region))) throw new AppError('REGION_NOT_FOUND');

  const keys = await findExportKeys(db, region, query, MAX_EXPORT_ROWS + 1);
  if (keys.length > MAX_EXPORT_ROWS) {
    const limit = MAX_EXPORT_ROWS.toLocaleString('id-ID');
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'region',
          in: 'querystring',
          message: `Lebih dari ${limit} rumah tangga cocok, terlalu banyak untuk satu berkas. Persempit saringan: pilih desa, dusun, RW atau RT.`,
          message_en: `More than ${MAX_EXPORT_ROWS.toLocaleString('en')} households match, too many for one file. Narrow the filter: choose a village, dusun, RW or RT.`,
        },
      ],
    });
  }

  const columns = householdExportColumns();
  const writer = query.format === 'xlsx' ? xlsxWriter(SHEET_NAME, columns) : csvWriter(SHEET_NAME, columns);
  for (let start = 0; start < keys.length; start += PAGE) {
    const page = keys.slice(start, start + PAGE);
    const byId = new Map<string, HouseholdExportRow>();
    for (const row of await findExportRows(db, page)) byId.set(row.id, row);
    await writer.addRows(
      page.flatMap((key) => {
        const row = byId.get(key.id);
        return row ? [columns.map((column) => column.value(row))] : [];
      }),
    );
  }
  return {
    fileName: `rumah-tangga-${region}-${todayInVillage()}.${query.format}`,
    contentType: CONTENT_TYPES[query.format],
    body: await writer.finish(),
    count: keys.length,
  };
}
