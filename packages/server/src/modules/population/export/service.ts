// The resident export: who may export which area, the size cap, and the audit of full (unmasked) exports.
// NIK and KK numbers are masked unless the caller asks for them with a reason and holds a role that keeps
// the registry; the audit entry records how many residents were exported, never their numbers.
import { assertRegionAccess } from '../../../access/assert-access.ts';
import { canActOnRegion } from '../../../access/access.ts';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { appendAudit } from '../../audit/service.ts';
import { today as todayInVillage } from '../nik-check.ts';
import { findExportIds, findExportRows, findRegion } from './queries.ts';
import type { ExportQuery } from './schemas.ts';
import { templateCsvWriter, templateRow, templateXlsxWriter } from './write-file.ts';

export const MAX_EXPORT_ROWS = 200_000;
const PAGE = 2000;

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  count: number;
}

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
  const region = query.region ?? actor.areaCode;
  assertRegionAccess(actor, region, 'read');
  if (!(await findRegion(db, region))) throw new AppError('REGION_NOT_FOUND');
  const full = query.full === 'true';
  // Full identifiers go only to those who keep the registry of the whole region (write access there).
  if (full && !canActOnRegion(actor, region, 'write')) throw new AppError('FORBIDDEN');

  const ids = await findExportIds(db, region, query, MAX_EXPORT_ROWS + 1);
  if (ids.length > MAX_EXPORT_ROWS) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'region',
          in: 'querystring',
          message: `Lebih dari ${MAX_EXPORT_ROWS} penduduk cocok; persempit saringan (pilih desa, dusun, atau status) / more than ${MAX_EXPORT_ROWS} residents match; narrow the filter`,
        },
      ],
    });
  }

  const writer = query.format === 'xlsx' ? templateXlsxWriter() : templateCsvWriter();
  for (let start = 0; start < ids.length; start += PAGE) {
    const page = ids.slice(start, start + PAGE);
    // A page may span villages (district or regency exports); fetch per village, keep the file order.
    const byId = new Map<string, Awaited<ReturnType<typeof findExportRows>>[number]>();
    for (const village of new Set(page.map((entry) => entry.village_code))) {
      const rows = await findExportRows(
        db,
        village,
        page.filter((entry) => entry.village_code === village).map((entry) => entry.id),
      );
      for (const row of rows) byId.set(row.id, row);
    }
    await writer.addRows(
      page.flatMap((entry) => (byId.has(entry.id) ? [templateRow(byId.get(entry.id)!, full)] : [])),
    );
  }
  const body = await writer.finish();

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
          dusun: query.dusun ?? null,
          rw: query.rw ?? null,
          rt: query.rt ?? null,
          byName: query.q !== undefined,
        },
      },
    });
  }
  return {
    fileName: `penduduk-${region}-${todayInVillage()}.${query.format}`,
    contentType: CONTENT_TYPES[query.format],
    body,
    count: ids.length,
  };
}
