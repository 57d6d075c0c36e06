// What every by-name export shares: the formats, the size cap and its refusal, the file it answers with, and
// writing the matching records a page at a time in the list's order (keys first, then a page of rows).
import { z } from 'zod';
import { AppError } from '../../http/problem.ts';
import type { Bilingual } from '../sheets/read-sheet.ts';
import {
  csvWriter,
  xlsxWorkbookWriter,
  type SheetCell,
  type SheetColumn,
  type SheetWriter,
} from '../sheets/sheet-writer.ts';

export const exportFormat = z.enum(['xlsx', 'csv']).default('xlsx');
export type ExportFormat = z.infer<typeof exportFormat>;

/** Large enough for a whole district; a regency-wide file is asked to be narrowed. */
export const MAX_EXPORT_ROWS = 200_000;
const PAGE = 2000;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  count: number;
}

/** 400 on the region filter: more records match than one file may hold (`limit`, the cap in force). */
export function tooManyRows(limit: number, noun: Bilingual, narrower: Bilingual): AppError {
  return new AppError('VALIDATION_FAILED', {
    errors: [
      {
        field: 'region',
        in: 'querystring',
        message: `Lebih dari ${limit.toLocaleString('id-ID')} ${noun.id} cocok, terlalu banyak untuk satu berkas. Persempit saringan: ${narrower.id}.`,
        message_en: `More than ${limit.toLocaleString('en')} ${noun.en} match, too many for one file. Narrow the filter: ${narrower.en}.`,
      },
    ],
  });
}

/**
 * Writes the records of `keys` (already in the file's order, at most the cap) a page at a time: `fetchPage`
 * returns a page's rows in any order, `toRow` turns one into the file's cells.
 */
export async function writeSheetFile<K extends { id: string }, R extends { id: string }>(options: {
  format: ExportFormat;
  sheetName: string;
  columns: readonly SheetColumn[];
  keys: readonly K[];
  fetchPage(keys: readonly K[]): Promise<readonly R[]>;
  toRow(row: R): SheetCell[];
  fileName: string;
  /** XLSX only: sheets after the data (a template's "Kode Data"); a CSV holds one sheet. */
  appendSheets?: readonly { name: string; columns: readonly SheetColumn[]; rows: SheetCell[][] }[];
}): Promise<ExportFile> {
  const { format, keys } = options;
  const writer =
    format === 'xlsx'
      ? xlsxWithAppendedSheets(options.sheetName, options.columns, options.appendSheets ?? [])
      : csvWriter(options.sheetName, options.columns);
  for (let start = 0; start < keys.length; start += PAGE) {
    const page = keys.slice(start, start + PAGE);
    const byId = new Map((await options.fetchPage(page)).map((row) => [row.id, row]));
    await writer.addRows(page.flatMap((key) => (byId.has(key.id) ? [options.toRow(byId.get(key.id)!)] : [])));
  }
  return {
    fileName: `${options.fileName}.${format}`,
    contentType: CONTENT_TYPES[format],
    body: await writer.finish(),
    count: keys.length,
  };
}

function xlsxWithAppendedSheets(
  sheetName: string,
  columns: readonly SheetColumn[],
  appended: NonNullable<Parameters<typeof writeSheetFile>[0]['appendSheets']>,
): SheetWriter {
  const workbook = xlsxWorkbookWriter();
  const data = workbook.addSheet(sheetName, columns);
  return {
    addRows: (rows) => data.addRows(rows),
    async finish() {
      for (const sheet of appended) await workbook.addSheet(sheet.name, sheet.columns).addRows(sheet.rows);
      return workbook.finish();
    },
  };
}
