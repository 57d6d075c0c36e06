// Writes residents as OpenSID's "Data Penduduk" sheet (same 43 headers, coded values as their numbers), so an
// export opens like the template and a full export can be imported again (sheet-writer.ts writes the file).
import { maskCivilNumber } from '@smart-kampung/domain';
import { TEMPLATE_COLUMNS, TEMPLATE_HEADERS } from '../resident-import/template-columns.ts';
import type { ExportRow } from './queries.ts';
import type { SheetCell, SheetColumn } from '../../../platform/sheets/sheet-writer.ts';

type Cell = SheetCell;

function identifier(value: string | null, full: boolean): string | null {
  if (value === null) return null;
  return full ? value : maskCivilNumber(value);
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

/** The template's columns: identifiers as text, so Excel never rounds a 16-digit number; dates as dd/mm/yyyy. */
export const TEMPLATE_SHEET_COLUMNS: SheetColumn[] = TEMPLATE_HEADERS.map((header) => {
  const kind = TEMPLATE_COLUMNS[header].kind;
  const format = kind === 'date' ? 'date' : kind === 'identifier' ? 'text' : undefined;
  return { header, width: kind === 'identifier' ? 20 : 14, ...(format ? { format } : {}) };
});
