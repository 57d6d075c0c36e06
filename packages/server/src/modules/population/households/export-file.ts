// Writes the household export as XLSX or CSV a page of rows at a time: the xlsx writer streams into its zip,
// the CSV one formats each page with exceljs's CSV writer (UTF-8 with a BOM, so Excel reads the names right).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell, ExportColumn } from './export-columns.ts';

export const SHEET_NAME = 'Rumah Tangga';

export interface SheetWriter {
  addRows(rows: Cell[][]): Promise<void>;
  finish(): Promise<Buffer>;
}

export function xlsxWriter(columns: readonly ExportColumn[]): SheetWriter {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => output.on('end', resolve).on('error', reject));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(SHEET_NAME);
  // Codes as text, so Excel keeps RT "002" and a village code as written.
  sheet.columns = columns.map((column, i) => ({
    header: column.header,
    key: String(i),
    width: column.width,
    ...(column.text ? { style: { numFmt: '@' } } : {}),
  }));
  return {
    addRows(rows) {
      for (const cells of rows) sheet.addRow(cells).commit();
      return Promise.resolve();
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
      await done;
      return Buffer.concat(chunks);
    },
  };
}

/** Excel runs a CSV cell starting with = + - @ as a formula; a leading apostrophe keeps it text. */
function guardFormula(value: string): string {
  return /^[=+\-@]/.test(value) && value !== '-' ? `'${value}` : value;
}

export function csvWriter(columns: readonly ExportColumn[]): SheetWriter {
  const parts: Buffer[] = [];
  let first = true;
  return {
    async addRows(rows) {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(SHEET_NAME);
      if (first) sheet.addRow(columns.map((column) => column.header));
      for (const cells of rows)
        sheet.addRow(cells.map((cell) => (typeof cell === 'string' ? guardFormula(cell) : cell)));
      // Every page ends its last line so pages join cleanly.
      const buffer = await workbook.csv.writeBuffer({
        formatterOptions: { writeBOM: first, includeEndRowDelimiter: true },
      });
      parts.push(Buffer.from(buffer));
      first = false;
    },
    async finish() {
      if (first) await this.addRows([]);
      return Buffer.concat(parts);
    },
  };
}
