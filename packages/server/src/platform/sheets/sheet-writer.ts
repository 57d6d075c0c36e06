// Writes an export as XLSX or CSV a page of rows at a time: the xlsx writer streams into its zip, the CSV one
// formats each page with exceljs's CSV writer (UTF-8 with a BOM, so Excel reads names right). Used by the
// resident export (OpenSID's template layout), the household export, and OpenSID's whole import template
// (several sheets: xlsxWorkbookWriter).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/** A calendar day travels as { isoDate }: an Excel date in XLSX, dd/mm/yyyy in CSV. */
export type SheetCell = string | number | null | { isoDate: string };

export interface SheetColumn {
  header: string;
  width: number;
  /** 'text' keeps identifiers and zero-padded codes as written; 'date' shows days as dd/mm/yyyy. */
  format?: 'text' | 'date';
}

export interface SheetWriter {
  addRows(rows: SheetCell[][]): Promise<void>;
  finish(): Promise<Buffer>;
}

const NUMBER_FORMAT = { text: '@', date: 'dd/mm/yyyy' } as const;

/** One sheet of a workbook being written: its rows, added in order. */
export interface SheetRows {
  addRows(rows: SheetCell[][]): Promise<void>;
}

/**
 * An .xlsx of several sheets, streamed into its zip: each sheet is finished when the next one is added, so
 * write them in order (OpenSID's template: "Data Penduduk", then "Kode Data").
 */
export function xlsxWorkbookWriter(): {
  addSheet(name: string, columns: readonly SheetColumn[]): SheetRows;
  finish(): Promise<Buffer>;
} {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => output.on('end', resolve).on('error', reject));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  let open: ExcelJS.Worksheet | null = null;
  return {
    addSheet(name, columns) {
      open?.commit();
      const sheet = workbook.addWorksheet(name);
      open = sheet;
      sheet.columns = columns.map((column, i) => ({
        header: column.header,
        key: String(i),
        width: column.width,
        ...(column.format ? { style: { numFmt: NUMBER_FORMAT[column.format] } } : {}),
      }));
      return {
        addRows(rows) {
          for (const cells of rows) {
            // An Excel date is a calendar day; midnight UTC is what exceljs writes and reads back unchanged.
            const values = cells.map((cell) =>
              cell !== null && typeof cell === 'object' ? new Date(`${cell.isoDate}T00:00:00Z`) : cell,
            );
            sheet.addRow(values).commit();
          }
          return Promise.resolve();
        },
      };
    },
    async finish() {
      open?.commit();
      await workbook.commit();
      await done;
      return Buffer.concat(chunks);
    },
  };
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Excel runs a CSV cell starting with = + - @ as a formula; a leading apostrophe keeps it text (the import removes it). */
function guardFormula(value: string): string {
  return /^[=+\-@]/.test(value) && value !== '-' ? `'${value}` : value;
}

export function csvWriter(sheetName: string, columns: readonly SheetColumn[]): SheetWriter {
  const parts: Buffer[] = [];
  let first = true;
  return {
    async addRows(rows) {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(sheetName);
      if (first) sheet.addRow(columns.map((column) => column.header));
      for (const cells of rows) {
        sheet.addRow(
          cells.map((cell) =>
            cell !== null && typeof cell === 'object'
              ? dmy(cell.isoDate)
              : typeof cell === 'string'
                ? guardFormula(cell)
                : cell,
          ),
        );
      }
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
