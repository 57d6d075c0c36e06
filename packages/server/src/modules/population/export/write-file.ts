// Writes residents as OpenSID's "Data Penduduk" sheet (same 43 headers, coded values as their numbers), so an
// export opens like the template and a full export can be imported again. Both writers take rows a page
// at a time: the xlsx one streams into its zip, the CSV one formats each page with exceljs's CSV writer.
import { PassThrough } from 'node:stream';
import { maskIdentifier } from '@smart-kampung/domain';
import ExcelJS from 'exceljs';
import { DATA_SHEET_NAME, TEMPLATE_COLUMNS, TEMPLATE_HEADERS } from '../import/template-columns.ts';
import type { ExportRow } from './queries.ts';

type Cell = string | number | null | { isoDate: string };

function identifier(value: string | null, full: boolean): string | null {
  if (value === null) return null;
  return full ? value : maskIdentifier(value);
}

/** One resident as the template's row, in header order. */
export function templateRow(row: ExportRow, full: boolean): Cell[] {
  const record = row as unknown as Record<string, unknown>;
  return TEMPLATE_HEADERS.map((header): Cell => {
    const column = TEMPLATE_COLUMNS[header];
    switch (column.kind) {
      case 'family':
        return (column.field === 'address' ? row.family_address : row[column.field]) ?? null;
      case 'identifier':
        if (column.column === 'kk') return identifier(row.kk_number, full);
        return identifier(row[column.column], full);
      case 'date': {
        const value = record[column.column];
        return typeof value === 'string' ? { isoDate: value } : null;
      }
      case 'text':
      case 'code':
        return (record[column.column] as string | number | null | undefined) ?? null;
      case 'ignored':
        return null;
    }
  });
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export interface TemplateWriter {
  addRows(rows: Cell[][]): Promise<void>;
  finish(): Promise<Buffer>;
}

export function xlsxWriter(): TemplateWriter {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => output.on('end', resolve).on('error', reject));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(DATA_SHEET_NAME);
  sheet.columns = TEMPLATE_HEADERS.map((header) => {
    const kind = TEMPLATE_COLUMNS[header].kind;
    // Identifiers as text, so Excel never rounds a 16-digit number; dates shown as the template shows them.
    const numFmt = kind === 'date' ? 'dd/mm/yyyy' : kind === 'identifier' ? '@' : undefined;
    return {
      header,
      key: header,
      width: kind === 'identifier' ? 20 : 14,
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
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
    async finish() {
      sheet.commit();
      await workbook.commit();
      await done;
      return Buffer.concat(chunks);
    },
  };
}

/** Excel runs a CSV cell starting with = + - @ as a formula; a leading apostrophe keeps it text (the import removes it). */
function guardFormula(value: string): string {
  return /^[=+\-@]/.test(value) && value !== '-' ? `'${value}` : value;
}

export function csvWriter(): TemplateWriter {
  const parts: Buffer[] = [];
  let first = true;
  return {
    async addRows(rows) {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(DATA_SHEET_NAME);
      if (first) sheet.addRow(TEMPLATE_HEADERS);
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
      // A BOM tells Excel the file is UTF-8; every page ends its last line so pages join cleanly.
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
