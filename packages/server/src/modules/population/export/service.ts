// The resident export: who may export which area, the size cap, and the audit of full (unmasked) exports.
// NIK and KK numbers are masked unless the caller asks for them with a reason and holds a role that keeps
// the registry; the audit entry records how many residents were exported, never their numbers.
import { canActOnRegion } from '../../../access/access.ts';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { appendAudit } from '../../audit/service.ts';
import { today as todayInVillage } from '../registry/nik-check.ts';
import { findExportIds, findExportRows, findRegion } from './queries.ts';
import type { ExportQuery } from './schemas.ts';
import { listArea } from '../../../platform/area/in-area.ts';
import {
  MAX_EXPORT_ROWS,
  tooManyRows,
  writeSheetFile,
  type ExportFile,
} from '../../../platform/exports/sheet-export.ts';
import { DATA_SHEET_NAME } from '../resident-import/template-columns.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { codeSheet } from '../resident-import/template-file.ts';
import {
  LABELLED_SHEET_COLUMNS,
  TEMPLATE_SHEET_COLUMNS,
  templateRow,
  wholeIdentifier,
} from './write-file.ts';

export interface RequestOrigin {
  ip: string;
  userAgent: string | undefined;
}

export async function exportResidents(
  db: Db,
  actor: Actor,
  query: ExportQuery,
  origin: RequestOrigin,
): Promise<ExportFile> {
  const region = listArea(actor, query.region);
  if (!(await findRegion(db, region))) throw new AppError('REGION_NOT_FOUND');
  const full = query.full === 'true';
  // Full identifiers go only to those who keep the registry of the whole region (write access there).
  if (full && !canActOnRegion(actor, region, 'write')) throw new AppError('FORBIDDEN');

  const ids = await findExportIds(db, region, query, MAX_EXPORT_ROWS + 1);
  if (ids.length > MAX_EXPORT_ROWS)
    throw tooManyRows(
      MAX_EXPORT_ROWS,
      { id: 'penduduk', en: 'residents' },
      { id: 'pilih desa, dusun, atau status', en: 'choose a village, dusun or status' },
    );
  const shown = full ? wholeIdentifier : (await identifierMasks(db)).civil;
  const file = await writeSheetFile({
    format: query.format,
    sheetName: DATA_SHEET_NAME,
    // CSV: a label beside each code; XLSX: OpenSID's columns exactly, the codes listed on "Kode Data".
    columns: query.format === 'csv' ? LABELLED_SHEET_COLUMNS : TEMPLATE_SHEET_COLUMNS,
    appendSheets: [codeSheet()],
    keys: ids,
    // A page may span villages (district or regency exports): fetched per village.
    fetchPage: async (page) => {
      const rows = [];
      for (const village of new Set(page.map((entry) => entry.village_code)))
        rows.push(
          ...(await findExportRows(
            db,
            village,
            page.filter((e) => e.village_code === village).map((e) => e.id),
          )),
        );
      return rows;
    },
    toRow: (row) => templateRow(row, shown, query.format === 'csv'),
    fileName: `penduduk-${region}-${todayInVillage()}`,
  });

  if (full) {
    await appendAudit(db, {
      actor,
      action: 'population.export_full',
      entityType: 'resident',
      regionCode: region,
      ip: origin.ip,
      userAgent: origin.userAgent ?? null,
      details: {
        count: ids.length,
        format: query.format,
        reason: query.reason,
        filter: {
          status: query.status,
          sex: query.sex ?? null,
          ageMin: query.ageMin ?? null,
          ageMax: query.ageMax ?? null,
          flagged: query.flagged ?? false,
          dusun: query.dusun ?? null,
          rw: query.rw ?? null,
          rt: query.rt ?? null,
          byName: query.q !== undefined,
        },
      },
    });
  }
  return file;
}
