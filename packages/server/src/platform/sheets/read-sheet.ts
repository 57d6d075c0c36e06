// Opens an uploaded spreadsheet (xlsx, xlsm, legacy xls or CSV) and returns the rows of the sheet that holds a
// template's columns, as plain cells keyed by header. Every importer reads through here; which template it
// reads is data (a SheetLayout), so the reading can run in a worker thread. A file that cannot be read as the
// template at all raises ImportFileError with a message for the operator; row-level problems are the
// importer's rules'.
import * as XLSX from '@e965/xlsx';
import { isBlank, type PlainCell } from './cell-values.ts';
import { decodeText, sniffDelimiter, type FileFormat } from './file-format.ts';
import { readTablePair, type CompanionTable } from './companion-table.ts';
import { readKeyValueSheet, type KeyValueLine } from './key-value-sheet.ts';
import { unpackSpreadsheet, ZipRefused } from './zip-archive.ts';

export interface Bilingual {
  id: string;
  en: string;
}

export interface RawRow<H extends string = string> {
  /** Spreadsheet row number, counted from the top of the sheet (the header is line 1 in most templates). */
  lineNo: number;
  cells: Partial<Record<H, PlainCell>>;
  /** The sheet the line comes from, when several sheets are read together (layout.everySheet). */
  sheet?: string;
}

export interface SheetContents<H extends string = string> {
  /** The sheet the rows come from (null for CSV); the sheets, comma-separated, when several were read. */
  sheetName: string | null;
  headers: H[];
  rows: RawRow<H>[];
  /** Things the operator should know about how the file was read (which sheet, when several fit). */
  notes: Bilingual[];
  /** Every line was read (false when a sniff stopped before the end of a sheet). */
  wholeFile: boolean;
  /** The lines of the layout's keyValueSheet, when it names one (key-value-sheet.ts). */
  keyValues?: KeyValueLine[];
  /** The rows of the layout's companion table, when the upload held it (companion-table.ts). */
  companion?: RawRow[];
}

/** What an import template looks like. Plain data: it crosses into the reading worker. */
export interface SheetLayout<H extends string = string> {
  /** The sheet the template names; it is read first when present. */
  sheetName: string;
  /** Sheets that never hold data (OpenSID's "Kode Data" code lists). */
  ignoredSheets?: readonly string[];
  /** "OpenSID's resident import format", for messages. */
  formatName: Bilingual;
  /** Every header the template knows, lower-case; other columns are ignored. */
  headers: readonly H[];
  required: readonly H[];
  /** Headers of which the file must have at least one (the answers of a survey sheet), and what they are. */
  oneOf?: { headers: readonly H[]; description: Bilingual };
  /** The thing a data row holds ("data penduduk"/"resident rows"), for the empty-file message. */
  rowNoun: Bilingual;
  /**
   * Templates with title rows above the headers (the Regsosek workbook's headers are on line 3): the header
   * row is the first of this many lines that names a required column. Default 1: the header is line 1.
   */
  headerSearchLines?: number;
  /**
   * Headers over two lines (the BIP's "Tempat dan Tanggal Lahir" over "Tempat Lahir" and "Tgl/Bln/Th"): a
   * column's header is its top cell, or the nearest one to its left under a merged title, followed by the
   * cell below it ("tempat dan tanggal lahir tgl/bln/th"), spaces collapsed. Default 1.
   */
  headerLines?: 1 | 2;
  /** The template also arrives as a zip holding its .xlsx (OpenDK's exchange, with photos): see zip-archive.ts. */
  acceptsZip?: boolean;
  /**
   * Registers kept one sheet per dusun or RW (a BIP): every sheet whose header fits is read, in the workbook's
   * order, as if stacked; other sheets are skipped. The notes say which sheets were read and which lines of
   * the report each one holds. Default: the first fitting sheet only.
   */
  everySheet?: boolean;
  /** A second table zipped beside the rows' CSV (OpenDK's programs beside its participants); optional. */
  companion?: CompanionTable;
  /** A sheet of key/value lines read beside the rows (OpenSID's "Program"); required when named. */
  keyValueSheet?: string;
  /**
   * Headers the template itself repeats (the Regsosek members sheet starts each of its three side-by-side
   * blocks with 401, 402 and 403): the first such column is read, the repeats are not duplicates.
   */
  repeatedHeaders?: readonly H[];
}

export class ImportFileError extends Error {
  constructor(readonly failure: Bilingual) {
    super(failure.en);
  }
}

/** Large enough for the biggest village of the regency several times over; larger files are split. */
export const MAX_IMPORT_ROWS = 100_000;

const END_OF_DATA = '###';

/** SheetJS's number-format helpers (typed `any` by the package): is a format a date's, and its calendar day. */
const formats = XLSX.SSF as {
  is_date(format: string | number): boolean;
  parse_date_code(value: number): { y: number; m: number; d: number };
};
type Grid = (XLSX.CellObject | undefined)[][];

function cellOf(cell: XLSX.CellObject | undefined): PlainCell {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return { error: cell.w ?? '#ERROR' };
    case 'd': {
      const value = cell.v instanceof Date ? cell.v.toISOString() : String(cell.v);
      return { date: value.slice(0, 10) };
    }
    case 'n': {
      const value = Number(cell.v);
      // A number Excel formats as a date is a calendar day (parse_date_code keeps Excel's 1900 calendar).
      if (cell.z !== undefined && formats.is_date(cell.z)) {
        const day = formats.parse_date_code(value);
        const pad = (n: number, width: number) => String(n).padStart(width, '0');
        return { date: `${pad(day.y, 4)}-${pad(day.m, 2)}-${pad(day.d, 2)}` };
      }
      return value;
    }
    case 'z':
      return null;
  }
}

/** A header cell as text: Regsosek's question numbers ("302") are often typed as numbers. */
function headerText(cell: XLSX.CellObject | undefined): string {
  const value = cellOf(cell);
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim().toLowerCase() : '';
}

/** An exported CSV protects cells that Excel would run as formulas with a leading apostrophe; undo it. */
function unguardFormula(cell: PlainCell): PlainCell {
  return typeof cell === 'string' && /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

function openWorkbook(content: Buffer, format: FileFormat, sniffRows?: number): XLSX.WorkBook {
  const limit = sniffRows ? { sheetRows: sniffRows } : {};
  if (format === 'csv') {
    const text = decodeText(content).replace(/^\uFEFF/, '');
    // raw: every CSV cell stays the text it was (a NIK must never become a rounded number).
    return XLSX.read(text, { type: 'string', raw: true, dense: true, FS: sniffDelimiter(text), ...limit });
  }
  try {
    return XLSX.read(content, { type: 'buffer', dense: true, cellNF: true, cellHTML: false, ...limit });
  } catch {
    throw new ImportFileError({
      id: 'Berkas Excel tidak dapat dibaca (rusak atau bukan berkas .xlsx/.xlsm/.xls). Simpan ulang dari Excel lalu unggah lagi.',
      en: 'The Excel file cannot be read (damaged or not an .xlsx/.xlsm/.xls file). Save it again from Excel and upload it again.',
    });
  }
}

interface HeaderMatch<H extends string> {
  sheetName: string;
  grid: Grid;
  /** 0-based index of the header row, and of the line after the header. */
  headerIndex: number;
  firstDataIndex: number;
  columns: Map<H, number>;
  duplicates: string[];
  missing: H[];
  /** The layout's oneOf headers are all absent. */
  lacksAnswers: boolean;
}

/** The header texts of the line at `index`, joined with the line below it for two-line headers. */
function headerTexts(grid: Grid, index: number, lines: 1 | 2): string[] {
  const top = (grid[index] ?? []).map(headerText);
  if (lines === 1) return top;
  const below = (grid[index + 1] ?? []).map(headerText);
  const texts: string[] = [];
  let title = '';
  for (let column = 0; column < Math.max(top.length, below.length); column++) {
    const own = top[column] ?? '';
    const sub = below[column] ?? '';
    // An empty top cell with a sub-header lies under the merged title to its left.
    title = own !== '' ? own : sub !== '' ? title : '';
    texts.push([title, sub].filter(Boolean).join(' ').replace(/\s+/g, ' '));
  }
  return texts;
}

function matchHeader<H extends string>(
  sheetName: string,
  grid: Grid,
  layout: SheetLayout<H>,
): HeaderMatch<H> {
  const known = new Set<string>(layout.headers);
  const lines = layout.headerSearchLines ?? 1;
  const headerLines = layout.headerLines ?? 1;
  let headerIndex = 0;
  for (let i = 0; i < Math.min(lines, grid.length); i++) {
    // The top line names the columns; the line below a two-line header only adds sub-headers.
    const texts = headerTexts(grid, i, 1);
    if (layout.required.some((header) => texts.includes(header))) {
      headerIndex = i;
      break;
    }
  }
  const columns = new Map<H, number>();
  const duplicates = new Set<string>();
  const repeated = new Set<string>(layout.repeatedHeaders ?? []);
  headerTexts(grid, headerIndex, headerLines).forEach((header, column) => {
    if (!known.has(header)) return;
    if (columns.has(header as H) && repeated.has(header)) return;
    if (columns.has(header as H)) duplicates.add(header);
    columns.set(header as H, column);
  });
  const missing = layout.required.filter((header) => !columns.has(header));
  const lacksAnswers = !!layout.oneOf && !layout.oneOf.headers.some((header) => columns.has(header));
  return {
    sheetName,
    grid,
    headerIndex,
    firstDataIndex: headerIndex + headerLines,
    columns,
    duplicates: [...duplicates],
    missing,
    lacksAnswers,
  };
}

const quoteNames = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ') || '-';

/**
 * The template's sheet if present and fitting, else the first other sheet whose header row fits; with everySheet,
 * every fitting sheet.
 */
function chooseSheet<H extends string>(workbook: XLSX.WorkBook, format: FileFormat, layout: SheetLayout<H>) {
  const ignored = new Set(
    [...(layout.ignoredSheets ?? []), ...(layout.keyValueSheet ? [layout.keyValueSheet] : [])].map((name) =>
      name.trim().toLowerCase(),
    ),
  );
  const wanted = layout.sheetName.trim().toLowerCase();
  const names = workbook.SheetNames.filter((name) => !ignored.has(name.trim().toLowerCase()));
  const ordered = [
    ...names.filter((name) => name.trim().toLowerCase() === wanted),
    ...names.filter((name) => name.trim().toLowerCase() !== wanted),
  ];
  const matches = ordered.map((name) =>
    matchHeader(name, (workbook.Sheets[name]?.['!data'] ?? []) as Grid, layout),
  );
  const fitting = matches.filter((match) => match.missing.length === 0 && !match.lacksAnswers);
  const chosen = fitting[0];
  if (!chosen && layout.oneOf && matches.some((match) => match.missing.length === 0)) {
    throw new ImportFileError({
      id: `Baris judul tidak memuat satu pun ${layout.oneOf.description.id}.`,
      en: `The header row has none of ${layout.oneOf.description.en}.`,
    });
  }
  if (!chosen) {
    const closest = [...matches].sort((a, b) => a.missing.length - b.missing.length)[0];
    const missing = closest?.missing.join(', ') ?? layout.required.join(', ');
    const line = (closest?.headerIndex ?? 0) + 1;
    if (format === 'csv' || !closest) {
      throw new ImportFileError({
        id: `Baris judul (baris ${line}) tidak memuat kolom wajib: ${missing}. Pakai nama kolom persis seperti ${layout.formatName.id}.`,
        en: `The header row (line ${line}) lacks the required columns: ${missing}. Use the column names exactly as in ${layout.formatName.en}.`,
      });
    }
    // A workbook: the operator may have saved the wrong sheet, so the refusal names every sheet it has.
    const sheets = quoteNames(workbook.SheetNames);
    throw new ImportFileError({
      id: `Tidak ada lembar yang memuat kolom ${layout.formatName.id}. Lembar yang ada: ${sheets}. Kolom wajib yang tidak ditemukan (lembar "${closest.sheetName}", baris ${line}): ${missing}.`,
      en: `No sheet holds the columns of ${layout.formatName.en}. The file's sheets are: ${sheets}. Required columns not found (sheet "${closest.sheetName}", line ${line}): ${missing}.`,
    });
  }
  const read = layout.everySheet
    ? [...fitting].sort((a, b) => names.indexOf(a.sheetName) - names.indexOf(b.sheetName))
    : [chosen];
  for (const match of read) assertNoDuplicates(match, read.length > 1);
  if (read.length > 1) return { read, notes: [stackedNote(read, matches)] };
  const notes: Bilingual[] = [];
  if (format !== 'csv' && (fitting.length > 1 || chosen.sheetName.trim().toLowerCase() !== wanted)) {
    const others = fitting.slice(1).map((match) => match.sheetName);
    notes.push({
      id: `Data dibaca dari lembar "${chosen.sheetName}".${others.length > 0 ? ` Lembar ${quoteNames(others)} juga berisi kolom yang sama dan tidak dibaca.` : ''}`,
      en: `Data was read from sheet "${chosen.sheetName}".${others.length > 0 ? ` Sheets ${quoteNames(others)} hold the same columns too and were not read.` : ''}`,
    });
  }
  return { read, notes };
}

function assertNoDuplicates<H extends string>(match: HeaderMatch<H>, naming: boolean) {
  if (match.duplicates.length === 0) return;
  const list = match.duplicates.join(', ');
  const where = naming ? { id: ` (lembar "${match.sheetName}")`, en: ` (sheet "${match.sheetName}")` } : null;
  throw new ImportFileError({
    id: `Kolom berikut muncul lebih dari sekali di baris judul${where?.id ?? ''}: ${list}. Hapus salah satunya.`,
    en: `These columns appear more than once in the header row${where?.en ?? ''}: ${list}. Remove the extra ones.`,
  });
}

/** Which sheets were read, the lines of the report each holds, and which sheets were skipped. */
function stackedNote<H extends string>(read: HeaderMatch<H>[], all: HeaderMatch<H>[]): Bilingual {
  let offset = 0;
  const parts = read.map((match) => {
    const first = offset + 1;
    offset += match.grid.length;
    return { sheet: match.sheetName, first, last: offset };
  });
  const skipped = quoteNames(all.filter((match) => !read.includes(match)).map((match) => match.sheetName));
  const ranges = (word: string) =>
    parts.map((part) => `"${part.sheet}" (${word} ${part.first}–${part.last})`).join(', ');
  const lines = (other: string) => (skipped === '-' ? '' : other);
  return {
    id: `Data dibaca dari ${read.length} lembar, disusun berurutan: ${ranges('baris')}. Nomor baris laporan dihitung bersambung; baris ${parts[1]!.first} adalah baris 1 lembar "${parts[1]!.sheet}".${lines(` Lembar ${skipped} tidak berisi kolom yang sama dan tidak dibaca.`)}`,
    en: `Data was read from ${read.length} sheets, one after the other: ${ranges('lines')}. The report numbers lines across them; line ${parts[1]!.first} is line 1 of sheet "${parts[1]!.sheet}".${lines(` Sheets ${skipped} do not hold the same columns and were not read.`)}`,
  };
}

/** The data lines, and whether they ended at a "###" line (the data of a template left empty lies above it). */
function dataRows<H extends string>(
  match: HeaderMatch<H>,
  format: FileFormat,
): { rows: RawRow<H>[]; endMarker: boolean } {
  const rows: RawRow<H>[] = [];
  for (let index = match.firstDataIndex; index < match.grid.length; index++) {
    const line = match.grid[index] ?? [];
    // OpenSID's template ends the data with a "###" row followed by instructions (the green block).
    if (line.some((cell) => cell?.t === 's' && String(cell.v).trim() === END_OF_DATA))
      return { rows, endMarker: true };
    const cells: RawRow<H>['cells'] = {};
    let blank = true;
    for (const [header, column] of match.columns) {
      const raw = cellOf(line[column]);
      const cell = format === 'csv' ? unguardFormula(raw) : raw;
      cells[header] = cell;
      if (!isBlank(cell)) blank = false;
    }
    // Templates carry formatted but empty rows below the data; they are not records.
    if (!blank) rows.push({ lineNo: index + 1, cells });
  }
  return { rows, endMarker: false };
}

/**
 * Reads the template's rows. With `sniffRows`, only the first lines are parsed: enough to refuse, at upload,
 * a file that is not the template or holds no data, before a job is made.
 */
export function readSheet<H extends string>(
  content: Buffer,
  format: FileFormat,
  layout: SheetLayout<H>,
  options: { sniffRows?: number } = {},
): SheetContents<H> {
  if (format === 'zip' && layout.companion)
    return readTablePair(readSheet, content, { ...layout, companion: layout.companion }, options);
  if (format === 'zip') return readZippedSheet(content, layout, options);
  const workbook = openWorkbook(content, format, options.sniffRows);
  const keyValues = readKeyValueSheet(workbook, format, layout, cellOf);
  const { read, notes } = chooseSheet(workbook, format, layout);
  const rows: RawRow<H>[] = [];
  let endMarker = false;
  let offset = 0;
  for (const match of read) {
    // Sheets read together are numbered as if stacked, so every line of the report has its own number.
    const start = offset;
    const stacked = read.length > 1 ? { sheet: match.sheetName } : {};
    const sheet = dataRows(match, format);
    endMarker ||= sheet.endMarker;
    rows.push(...sheet.rows.map((row) => ({ ...row, lineNo: start + row.lineNo, ...stacked })));
    offset += match.grid.length;
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ImportFileError({
      id: `Berkas berisi ${rows.length} baris data; paling banyak ${MAX_IMPORT_ROWS} baris sekali unggah. Bagi berkas per dusun.`,
      en: `The file holds ${rows.length} data rows; at most ${MAX_IMPORT_ROWS} rows can be uploaded at once. Split it by dusun.`,
    });
  }
  // A sniff that stopped before the sheet's end has not seen every line: the data may start further down.
  const sawWholeSheet = !options.sniffRows || read.every((match) => match.grid.length < options.sniffRows!);
  if (rows.length === 0 && endMarker) {
    throw new ImportFileError({
      id: `Berkas tidak berisi ${layout.rowNoun.id} di antara baris judul dan baris ${END_OF_DATA}. Isi data di atas baris ${END_OF_DATA}: baris itu dan semua baris di bawahnya (petunjuk dan contoh) tidak dibaca.`,
      en: `The file holds no ${layout.rowNoun.en} between the header row and the ${END_OF_DATA} line. Fill in the data above the ${END_OF_DATA} line: that line and everything below it (instructions and example) are not read.`,
    });
  }
  if (rows.length === 0 && sawWholeSheet) throw new ImportFileError(noDataRows(layout));
  return {
    sheetName: format === 'csv' ? null : read.map((match) => match.sheetName).join(', '),
    headers: [...new Set(read.flatMap((match) => [...match.columns.keys()]))],
    rows,
    notes,
    wholeFile: sawWholeSheet,
    ...(keyValues ? { keyValues } : {}),
  };
}

/** The refusal of a file with a header and nothing below it that the template calls a record. */
export function noDataRows(layout: Pick<SheetLayout, 'rowNoun'>): Bilingual {
  return {
    id: `Berkas tidak berisi ${layout.rowNoun.id} di bawah baris judul.`,
    en: `The file holds no ${layout.rowNoun.en} below the header row.`,
  };
}

/** The .xlsx inside a zip, read like an uploaded one; what the zip held besides is said in the notes. */
function readZippedSheet<H extends string>(
  content: Buffer,
  layout: SheetLayout<H>,
  options: { sniffRows?: number },
): SheetContents<H> {
  if (!layout.acceptsZip)
    throw new ImportFileError({
      id: `Berkas zip tidak diterima untuk ${layout.formatName.id}; unggah berkas lembar kerjanya.`,
      en: `A zip is not accepted for ${layout.formatName.en}; upload the spreadsheet itself.`,
    });
  let unpacked;
  try {
    unpacked = unpackSpreadsheet(content);
  } catch (error) {
    if (error instanceof ZipRefused) throw new ImportFileError(error.failure);
    throw error;
  }
  const sheet = readSheet(unpacked.content, 'xlsx', layout, options);
  return { ...sheet, notes: [...unpacked.notes, ...sheet.notes] };
}
