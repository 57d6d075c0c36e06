// OpenDK's program exchange for an area, both tables zipped as OpenDK's own import takes them: the programs
// with open enrolments in each village and their participants. Whoever reads the area may export it with NIK
// and KK numbers masked; the whole numbers (what OpenDK needs to match its residents) go only to those who
// may write the area, with a reason, audited with the count and the reason, never the numbers.
import { zipSync } from 'fflate';
import { canActOnRegion } from '../../../../access/access.ts';
import type { Actor } from '../../../../access/roles.ts';
import type { Db } from '../../../../db/database.ts';
import { AppError } from '../../../../http/problem.ts';
import { listArea } from '../../../../platform/area/in-area.ts';
import { MAX_EXPORT_ROWS, tooManyRows, type ExportFile } from '../../../../platform/exports/sheet-export.ts';
import { identifierMasks } from '../../../../platform/identifiers/identifier-masks.ts';
import { csvWriter, type SheetCell, type SheetColumn } from '../../../../platform/sheets/sheet-writer.ts';
import type { RequestOrigin } from '../../../population/export/service.ts';
import { today } from '../../../population/registry/nik-check.ts';
import { appendAudit } from '../../../audit/service.ts';
import { findRegionName } from '../queries.ts';
import { opendkExportRows } from './queries.ts';
import {
  numberPrograms,
  participantLine,
  PARTICIPANT_COLUMNS,
  PROGRAM_COLUMNS,
  programLines,
} from './rows.ts';
import type { OpendkExportQuery } from './schemas.ts';

/** OpenDK's template names: `program_bantuan_dd_mm_yyyy_opendk.csv` and `peserta_…` beside it. */
const fileStem = () => {
  const [year, month, day] = today().split('-');
  return `program_bantuan_${day}_${month}_${year}_opendk`;
};

async function csvOf(columns: readonly SheetColumn[], lines: SheetCell[][]) {
  const writer = csvWriter('opendk', columns);
  await writer.addRows(lines);
  return writer.finish();
}

export async function exportOpendkPrograms(
  db: Db,
  actor: Actor,
  query: OpendkExportQuery,
  origin: RequestOrigin,
): Promise<ExportFile> {
  const area = listArea(actor, query.region);
  if (!(await findRegionName(db, area))) throw new AppError('REGION_NOT_FOUND');
  const full = query.full === 'true';
  if (full && !canActOnRegion(actor, area, 'write')) throw new AppError('FORBIDDEN');
  const rows = await opendkExportRows(db, area, MAX_EXPORT_ROWS + 1);
  if (rows.length > MAX_EXPORT_ROWS)
    throw tooManyRows(
      MAX_EXPORT_ROWS,
      { id: 'peserta', en: 'participants' },
      { id: 'pilih kecamatan atau desa', en: 'choose a district or village' },
    );
  const shown = full ? (value: string) => value : (await identifierMasks(db)).civil;
  const ids = numberPrograms(rows);
  const stem = fileStem();
  const programs = await csvOf(PROGRAM_COLUMNS, programLines(rows, ids));
  const participants = await csvOf(
    PARTICIPANT_COLUMNS,
    rows.map((row, index) => participantLine(row, index, ids, shown)),
  );
  const body = Buffer.from(
    zipSync(
      { [`${stem}.csv`]: new Uint8Array(programs), [`peserta_${stem}.csv`]: new Uint8Array(participants) },
      { level: 6 },
    ),
  );
  if (full)
    await appendAudit(db, {
      actor,
      action: 'assistance.opendk_export_full',
      entityType: 'region',
      entityId: area,
      regionCode: area,
      ip: origin.ip,
      userAgent: origin.userAgent ?? null,
      details: { count: rows.length, reason: query.reason },
    });
  return { fileName: `${stem}.zip`, contentType: 'application/zip', body, count: rows.length };
}
