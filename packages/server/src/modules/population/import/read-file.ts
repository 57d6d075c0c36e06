// Opens an uploaded file (xlsx/xlsm or CSV, both through exceljs) and returns the rows of one template's
// sheet as plain cells keyed by header: the resident template ("Data Penduduk") and, through the same code,
// the household template ("RTM") and the Regsosek housing sheet. A file that cannot be read as the template at all raises ImportFileError
// with a message for the operator; row-level problems are left to the rules.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { plainCell, isBlank, type PlainCell } from './cell-values.ts';
import {
  DATA_SHEET_NAME,
  REQUIRED_HEADERS,
  isTemplateHeader,
  type TemplateHeader,
} from './template-columns.ts';

export type FileFormat = 'xlsx' | 'xlsm' | 'csv';

export interface RawRow<H extends string = TemplateHeader> {
  /** Spreadsheet row number, counted from the top of the sheet (the header is line 1 in most templates). */
  lineNo: number;
  cells: Partial<Record<H, PlainCell>>;
}

export interface SheetContents<H extends string = TemplateHeader> {
  headers: H[];
  rows: RawRow<H>[];
}

/** What an import template looks like: its sheet, its headers, and how to name it to the operator. */
export interface SheetLayout<H extends string> {
  sheetName: string;
  /** "OpenSID's resident import format", for messages. */
  formatName: { id: string; en: string };
  isHeader(value: string): value is H;
  required: readonly H[];
  /** The thing a data row holds ("penduduk"/"resident"), for the empty-file message. */
  rowNoun: { id: string; en: string };
  /**
   * Templates with title rows above the headers (the Regsosek workbook's headers are on line 3): the header
   * row is the first of this many lines that names a required column. Default 1: the header is line 1.
   */
  headerSearchLines?: number;
}

const RESIDENT_LAYOUT: SheetLayout<TemplateHeader> = {
  sheetName: DATA_SHEET_NAME,
  formatName: { id: 'format impor penduduk OpenSID', en: "OpenSID's resident import format" },
  isHeader: isTemplateHeader,
  required: REQUIRED_HEADERS,
  rowNoun: { id: 'data penduduk', en: 'resident rows' },
};

export class ImportFileError extends Error {
  constructor(readonly failure: { id: string; en: string }) {
    super(failure.en);
  }
}

/** Large enough for the biggest village of the regency several times over; larger files are split. */
export const MAX_IMPORT_ROWS = 100_000;

const END_OF_DATA = '###';
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Decides the format from the file name and checks the content agrees (a zip for Excel, text for CSV). */
export function detectFormat(fileName: string, content: Buffer): FileFormat | null {
  const extension = /\.([a-z]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  const isZip = content.subarray(0, 4).equals(ZIP_SIGNATURE);
  if ((extension === 'xlsx' || extension === 'xlsm') && isZip) return extension;
  if (extension === 'csv' && !isZip && !content.subarray(0, 65_536).includes(0)) return 'csv';
  return null;
}

function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    // CSV saved by an older Excel on Windows: the ANSI code page.
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** Excel in an Indonesian locale saves CSV with semicolons (the comma is the decimal sign there). */
function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

async function openSheet<H extends string>(
  content: Buffer,
  format: FileFormat,
  layout: SheetLayout<H>,
): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  if (format === 'csv') {
    const text = decodeText(content);
    // Every CSV cell stays the text it was: exceljs's default mapping would turn a NIK into a rounded number.
    return workbook.csv.read(Readable.from([text]), {
      map: (value: string) => (value === '' ? null : value),
      parserOptions: { delimiter: sniffDelimiter(text) },
    });
  }
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError({
      id: 'Berkas Excel tidak dapat dibaca (rusak atau bukan berkas .xlsx/.xlsm). Simpan ulang dari Excel lalu unggah lagi.',
      en: 'The Excel file cannot be read (damaged or not an .xlsx/.xlsm file). Save it again from Excel and upload it again.',
    });
  }
  const wanted = layout.sheetName.toLowerCase();
  const sheet = workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === wanted);
  if (!sheet) {
    const names = workbook.worksheets.map((ws) => `"${ws.name}"`).join(', ') || '-';
    throw new ImportFileError({
      id: `Lembar "${layout.sheetName}" tidak ditemukan di berkas. Lembar yang ada: ${names}. Gunakan ${layout.formatName.id}.`,
      en: `The file has no "${layout.sheetName}" sheet. Its sheets are: ${names}. Use ${layout.formatName.en}.`,
    });
  }
  return sheet;
}

/** An exported CSV protects cells that Excel would run as formulas with a leading apostrophe; undo it. */
function unguardFormula(cell: PlainCell): PlainCell {
  return typeof cell === 'string' && /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

/** A header cell as text: Regsosek's question numbers ("302") are often typed as numbers. */
function headerText(cell: PlainCell): string {
  return typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim().toLowerCase() : '';
}

function findHeaderLine<H extends string>(sheet: ExcelJS.Worksheet, layout: SheetLayout<H>): number {
  const lines = layout.headerSearchLines ?? 1;
  for (let lineNo = 1; lineNo <= lines; lineNo++) {
    const values = (sheet.getRow(lineNo).values as ExcelJS.CellValue[]).map((v) => headerText(plainCell(v)));
    if (layout.required.some((header) => values.includes(header))) return lineNo;
  }
  return 1;
}

function readHeaders<H extends string>(
  sheet: ExcelJS.Worksheet,
  layout: SheetLayout<H>,
  lineNo: number,
): Map<H, number> {
  const columns = new Map<H, number>();
  const duplicates = new Set<string>();
  sheet.getRow(lineNo).eachCell((cell, columnNumber) => {
    const header = headerText(plainCell(cell.value));
    if (!layout.isHeader(header)) return;
    if (columns.has(header)) duplicates.add(header);
    columns.set(header, columnNumber);
  });
  const missing = layout.required.filter((header) => !columns.has(header));
  if (missing.length > 0) {
    throw new ImportFileError({
      id: `Baris judul (baris ${lineNo}) tidak memuat kolom wajib: ${missing.join(', ')}. Pakai nama kolom persis seperti ${layout.formatName.id}.`,
      en: `The header row (line ${lineNo}) lacks the required columns: ${missing.join(', ')}. Use the column names exactly as in ${layout.formatName.en}.`,
    });
  }
  if (duplicates.size > 0) {
    const list = [...duplicates].join(', ');
    throw new ImportFileError({
      id: `Kolom berikut muncul lebih dari sekali di baris judul: ${list}. Hapus salah satunya.`,
      en: `These columns appear more than once in the header row: ${list}. Remove the extra ones.`,
    });
  }
  return columns;
}

export function readImportFile(content: Buffer, format: FileFormat): Promise<SheetContents> {
  return readTemplateSheet(content, format, RESIDENT_LAYOUT);
}

export async function readTemplateSheet<H extends string>(
  content: Buffer,
  format: FileFormat,
  layout: SheetLayout<H>,
): Promise<SheetContents<H>> {
  const sheet = await openSheet(content, format, layout);
  const headerLine = findHeaderLine(sheet, layout);
  const columns = readHeaders(sheet, layout, headerLine);
  const rows: RawRow<H>[] = [];
  let ended = false;
  sheet.eachRow({ includeEmpty: false }, (row, lineNo) => {
    if (lineNo <= headerLine || ended) return;
    // OpenSID's template ends the data with a "###" row followed by instructions (the green block).
    if (
      (row.values as ExcelJS.CellValue[]).some((value) => {
        const cell = plainCell(value);
        return typeof cell === 'string' && cell.trim() === END_OF_DATA;
      })
    ) {
      ended = true;
      return;
    }
    const cells: RawRow<H>['cells'] = {};
    let blank = true;
    for (const [header, columnNumber] of columns) {
      const raw = plainCell(row.getCell(columnNumber).value);
      const cell = format === 'csv' ? unguardFormula(raw) : raw;
      cells[header] = cell;
      if (!isBlank(cell)) blank = false;
    }
    // Templates carry formatted but empty rows below the data; they are not residents.
    if (!blank) rows.push({ lineNo, cells });
  });
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ImportFileError({
      id: `Berkas berisi ${rows.length} baris data; paling banyak ${MAX_IMPORT_ROWS} baris sekali unggah. Bagi berkas per dusun.`,
      en: `The file holds ${rows.length} data rows; at most ${MAX_IMPORT_ROWS} rows can be uploaded at once. Split it by dusun.`,
    });
  }
  if (rows.length === 0) {
    throw new ImportFileError({
      id: `Berkas tidak berisi ${layout.rowNoun.id} di bawah baris judul.`,
      en: `The file holds no ${layout.rowNoun.en} below the header row.`,
    });
  }
  return { headers: [...columns.keys()], rows };
}
