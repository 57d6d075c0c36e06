// Writes residents as OpenSID's "Data Penduduk" sheet (same 43 headers, coded values as their numbers), so an
// export opens like the template and a full export can be imported again (sheet-writer.ts writes the file).
import { TEMPLATE_COLUMNS, TEMPLATE_HEADERS } from '../resident-import/template-columns.ts';
import type { ExportRow } from './queries.ts';
import type { SheetCell, SheetColumn } from '../../../platform/sheets/sheet-writer.ts';

type Cell = SheetCell;

/** How an identifier is written: whole (a full export, with a reason) or as the installation masks it. */
export type IdentifierShown = (value: string) => string;
export const wholeIdentifier: IdentifierShown = (value) => value;

/** One resident as the template's row, in header order. */
export function templateRow(row: ExportRow, shown: IdentifierShown): Cell[] {
  const identifier = (value: string | null) => (value === null ? null : shown(value));
  const record = row as unknown as Record<string, unknown>;
  return TEMPLATE_HEADERS.map((header): Cell => {
    const column = TEMPLATE_COLUMNS[header];
    switch (column.kind) {
      case 'family':
        return (column.field === 'address' ? row.family_address : row[column.field]) ?? null;
      case 'identifier':
        if (column.column === 'kk') return identifier(row.kk_number);
        return identifier(row[column.column]);
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
