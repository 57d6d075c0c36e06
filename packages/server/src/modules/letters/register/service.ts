// The outgoing-letter register (buku agenda surat keluar) of a village for one year, as a list, an XLSX or
// CSV file and a PDF. It is the village office's own book, kept for its archive and inspections: each letter
// with its running number in the book, its number, date, kind, to whom it was given, who signed it and
// whether it was voided (and why). The person is named in full, as the book is kept by the office and the
// desk's own lists name residents; no NIK is printed.
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { tooManyRows, type ExportFile, type ExportFormat } from '../../../platform/exports/sheet-export.ts';
import { renderPdf } from '../../../platform/pdf/render-pdf.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { csvWriter, xlsxWorkbookWriter, type SheetColumn } from '../../../platform/sheets/sheet-writer.ts';
import { letterheadRow } from '../issue/queries.ts';
import { registerDocument } from './document.ts';
import { registerRows } from './queries.ts';

/** A village issues a few thousand letters a year; a book beyond this is a mistake worth refusing. */
export const MAX_REGISTER_ROWS = 20_000;

export interface RegisterEntry {
  no: number;
  number: string;
  letterDate: string;
  typeName: string;
  subjectName: string;
  signer: string;
  status: 'issued' | 'void';
  voidReason: string | null;
}

export async function readRegister(db: Db, ctx: RequestContext, villageCode: string, year: number) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  const village = await letterheadRow(db, villageCode);
  if (!village) throw new AppError('NOT_FOUND');
  const rows = await registerRows(db, villageCode, year, MAX_REGISTER_ROWS + 1);
  if (rows.length > MAX_REGISTER_ROWS)
    throw tooManyRows(MAX_REGISTER_ROWS, { id: 'surat', en: 'letters' }, { id: 'tahun', en: 'year' });
  const entries = rows.map((row, index): RegisterEntry => {
    const signer = row.signer as { name: string; post: string };
    return {
      no: index + 1,
      number: row.number,
      letterDate: row.letter_date,
      typeName: row.type_name,
      subjectName: (row.subject as { name?: string }).name ?? '-',
      signer: `${signer.name} (${signer.post})`,
      status: row.status as RegisterEntry['status'],
      voidReason: row.void_reason,
    };
  });
  return { village, entries };
}

const COLUMNS: SheetColumn[] = [
  { header: 'No. Urut', width: 8 },
  { header: 'Nomor Surat', width: 30, format: 'text' },
  { header: 'Tanggal Surat', width: 14, format: 'date' },
  { header: 'Jenis / Perihal', width: 36 },
  { header: 'Ditujukan Kepada', width: 28 },
  { header: 'Penandatangan', width: 40 },
  { header: 'Keterangan', width: 36 },
];

export const registerRemark = (entry: RegisterEntry) =>
  entry.status === 'void' ? `DIBATALKAN: ${entry.voidReason ?? ''}` : '';

export async function registerSheet(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  year: number,
  format: ExportFormat,
): Promise<ExportFile> {
  const { entries } = await readRegister(db, ctx, villageCode, year);
  const writer =
    format === 'xlsx'
      ? (() => {
          const workbook = xlsxWorkbookWriter();
          const sheet = workbook.addSheet(`Agenda ${year}`, COLUMNS);
          return {
            addRows: (rows: Parameters<typeof sheet.addRows>[0]) => sheet.addRows(rows),
            finish: () => workbook.finish(),
          };
        })()
      : csvWriter(`Agenda ${year}`, COLUMNS);
  await writer.addRows(
    entries.map((entry) => [
      entry.no,
      entry.number,
      { isoDate: entry.letterDate },
      entry.typeName,
      entry.subjectName,
      entry.signer,
      registerRemark(entry),
    ]),
  );
  return {
    fileName: `agenda-surat-keluar-${villageCode.replaceAll('.', '')}-${year}.${format}`,
    contentType:
      format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
    body: await writer.finish(),
    count: entries.length,
  };
}

export async function registerPdf(db: Db, ctx: RequestContext, villageCode: string, year: number) {
  const { village, entries } = await readRegister(db, ctx, villageCode, year);
  const body = await renderPdf(
    registerDocument({
      village: village.village,
      kind: village.kind,
      district: village.district,
      year,
      entries,
    }),
  );
  return { fileName: `agenda-surat-keluar-${villageCode.replaceAll('.', '')}-${year}.pdf`, body };
}
