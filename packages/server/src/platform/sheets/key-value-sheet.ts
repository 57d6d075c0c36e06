// A sheet of key/value lines read beside a template's rows: OpenSID's program import keeps the program on
// sheet "Program" (column A the key, column B the value: "ID Program", "Nama Program", … ending at "###")
// and its participants on sheet "Peserta". The importer gets the lines as they are and decides what they
// mean; only a workbook lacking the sheet is refused here, as not being the template.
import type * as XLSX from '@e965/xlsx';
import type { PlainCell } from './cell-values.ts';
import type { FileFormat } from './file-format.ts';
import { ImportFileError, type SheetLayout } from './read-sheet.ts';

export interface KeyValueLine {
  /** Line number on its own sheet. */
  lineNo: number;
  key: string;
  value: PlainCell;
}

const END_OF_DATA = '###';

export function readKeyValueSheet(
  workbook: XLSX.WorkBook,
  format: FileFormat,
  layout: SheetLayout,
  cellOf: (cell: XLSX.CellObject | undefined) => PlainCell,
): KeyValueLine[] | undefined {
  const wanted = layout.keyValueSheet?.trim().toLowerCase();
  if (wanted === undefined) return undefined;
  const name = workbook.SheetNames.find((sheet) => sheet.trim().toLowerCase() === wanted);
  if (format === 'csv' || name === undefined)
    throw new ImportFileError({
      id: `Berkas harus berupa buku kerja Excel dengan lembar "${layout.keyValueSheet}" dan lembar "${layout.sheetName}" (${layout.formatName.id}).`,
      en: `The file must be an Excel workbook with the sheets "${layout.keyValueSheet}" and "${layout.sheetName}" (${layout.formatName.en}).`,
    });
  const grid = (workbook.Sheets[name]?.['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const lines: KeyValueLine[] = [];
  for (let index = 0; index < grid.length; index++) {
    const key = cellOf(grid[index]?.[0]);
    const text = typeof key === 'string' || typeof key === 'number' ? String(key).trim() : '';
    if (text === END_OF_DATA) break;
    if (text !== '') lines.push({ lineNo: index + 1, key: text, value: cellOf(grid[index]?.[1]) });
  }
  return lines;
}
