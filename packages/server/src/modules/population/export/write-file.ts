// Writes residents as OpenSID's "Data Penduduk" sheet (same 43 headers, coded values as their numbers), so an
// export opens like the template and a full export can be imported again (sheet-writer.ts writes the file).
// A CSV has no second sheet to look codes up in, so it carries each coded column's Indonesian label in a column
// of its own right after it (`agama_id`, `agama_id_label`); the importer knows no `…_label` header and skips
// those columns, so the CSV still imports. The XLSX stays column for column OpenSID's template (OpenSID and
// the files villages keep read it by position too) and gets the template's "Kode Data" sheet instead.
import { findCode } from '@smart-kampung/domain';
import {
  TEMPLATE_COLUMNS,
  TEMPLATE_HEADERS,
  type TemplateHeader,
} from '../resident-import/template-columns.ts';
import type { ExportRow } from './queries.ts';
import type { SheetCell, SheetColumn } from '../../../platform/sheets/sheet-writer.ts';

type Cell = SheetCell;

/** How an identifier is written: whole (a full export, with a reason) or as the installation masks it. */
export type IdentifierShown = (value: string) => string;
export const wholeIdentifier: IdentifierShown = (value) => value;

/** The header of the label column that follows coded column `header` in a CSV export. */
export const labelHeader = (header: TemplateHeader) => `${header}_label`;

const isCoded = (header: TemplateHeader) => TEMPLATE_COLUMNS[header].kind === 'code';

/** One resident as the template's row, in header order; with `labels`, each code followed by its label. */
export function templateRow(row: ExportRow, shown: IdentifierShown, labels = false): Cell[] {
  const cells = templateCells(row, shown);
  if (!labels) return cells;
  return TEMPLATE_HEADERS.flatMap((header, index) => {
    const cell = cells[index] ?? null;
    if (!isCoded(header)) return [cell];
    const column = TEMPLATE_COLUMNS[header];
    const entry =
      column.kind === 'code' && cell !== null && typeof cell !== 'object'
        ? findCode(column.list, cell)
        : undefined;
    return [cell, entry ? entry.id.trim().replace(/\s+/g, ' ') : null];
  });
}

function templateCells(row: ExportRow, shown: IdentifierShown): Cell[] {
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

/** The CSV's columns: the template's, each coded one followed by its label column. */
export const LABELLED_SHEET_COLUMNS: SheetColumn[] = TEMPLATE_HEADERS.flatMap((header, index) => {
  const column = TEMPLATE_SHEET_COLUMNS[index]!;
  return isCoded(header) ? [column, { header: labelHeader(header), width: 24 }] : [column];
});
