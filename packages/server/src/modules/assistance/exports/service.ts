// A program's by-name-by-address list: who may export which area (the shared area filter), the size caps,
// and the audit of full (unmasked) lists. NIK and KK numbers are masked unless the caller asks for them with
// a reason and may write the area (those who keep its registry); the audit entry counts, never lists.
import { canActOnRegion, isWithin } from '../../../access/access.ts';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { listArea } from '../../../platform/area/in-area.ts';
import {
  MAX_EXPORT_ROWS,
  tooManyRows,
  writeSheetFile,
  type ExportFile,
} from '../../../platform/exports/sheet-export.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { renderPdf } from '../../../platform/pdf/render-pdf.ts';
import type { RequestOrigin } from '../../population/export/service.ts';
import { today } from '../../population/registry/nik-check.ts';
import { appendAudit } from '../../audit/service.ts';
import { BNBA_COLUMNS, bnbaLine } from './columns.ts';
import { bnbaPdf } from './pdf.ts';
import { bnbaRows, findProgram, findRegionName } from './queries.ts';
import type { BnbaQuery } from './schemas.ts';

/** A PDF is for printing and signing: a village's list, or a district's; longer lists go to XLSX. */
export const MAX_PDF_ROWS = 5000;

export async function exportBnba(
  db: Db,
  actor: Actor,
  programId: string,
  query: BnbaQuery,
  origin: RequestOrigin,
): Promise<ExportFile> {
  const area = listArea(actor, query.region);
  const region = await findRegionName(db, area);
  if (!region) throw new AppError('REGION_NOT_FOUND');
  const program = await findProgram(db, programId);
  // A village's own program is not another village's business: it answers like a missing one.
  const reaches =
    program &&
    (program.level !== 'village' ||
      isWithin(program.owner_area_code, area) ||
      isWithin(area, program.owner_area_code));
  if (!program || !reaches) throw new AppError('NOT_FOUND');
  const full = query.full === 'true';
  if (full && !canActOnRegion(actor, area, 'write')) throw new AppError('FORBIDDEN');
  const cap = query.format === 'pdf' ? MAX_PDF_ROWS : MAX_EXPORT_ROWS;
  const rows = await bnbaRows(db, program.id, area, query.status, cap + 1);
  if (rows.length > cap)
    throw tooManyRows(
      cap,
      { id: 'penerima', en: 'recipients' },
      query.format === 'pdf'
        ? {
            id: 'pilih desa atau kecamatan, atau unduh XLSX',
            en: 'choose a village or district, or download XLSX',
          }
        : { id: 'pilih kecamatan atau desa', en: 'choose a district or village' },
    );
  const shown = full ? (value: string) => value : (await identifierMasks(db)).civil;
  const date = today();
  const fileName = `bnba-${program.code.toLowerCase()}-${area}-${date}`;
  const file =
    query.format === 'pdf'
      ? {
          fileName: `${fileName}.pdf`,
          contentType: 'application/pdf',
          body: await renderPdf(
            bnbaPdf({
              program,
              area: region,
              date,
              lines: rows.map((row, index) => bnbaLine(row, index, shown)),
              statuses: rows.map((row) => row.status),
            }),
          ),
          count: rows.length,
        }
      : await (async () => {
          const order = new Map(rows.map((row, index) => [row.id, index]));
          return writeSheetFile({
            format: query.format === 'csv' ? 'csv' : 'xlsx',
            sheetName: 'BNBA',
            columns: BNBA_COLUMNS,
            keys: rows,
            fetchPage: async (page) => page,
            toRow: (row) => bnbaLine(row, order.get(row.id)!, shown),
            fileName,
          });
        })();
  if (full)
    await appendAudit(db, {
      actor,
      action: 'assistance.bnba_export_full',
      entityType: 'assistance_program',
      entityId: program.id,
      regionCode: area,
      ip: origin.ip,
      userAgent: origin.userAgent ?? null,
      details: {
        count: rows.length,
        format: query.format,
        reason: query.reason,
        status: query.status ?? null,
      },
    });
  return file;
}
