// One resident as a row of the sheet OpenSID sends to OpenDK: the template's values under OpenDK's column
// names, written the way OpenSID writes them (dates as yyyy-mm-dd text, which OpenDK stores as they are;
// codes as numbers; empty dusun, RW and RT as "-"), then OpenDK's own columns.
import type { SheetCell, SheetColumn } from '../../../../platform/sheets/sheet-writer.ts';
import {
  OPENDK_SHEET_HEADERS,
  OPENDK_TEMPLATE_COLUMNS,
  type OpendkHeader,
} from '../../resident-import/formats/opendk/columns.ts';
import { TEMPLATE_COLUMNS, TEMPLATE_HEADERS } from '../../resident-import/template-columns.ts';
import type { ExportRow } from '../queries.ts';
import { templateRow, wholeIdentifier } from '../write-file.ts';

/** OpenSID writes an empty dusun, RW or RT as "-" for OpenDK (Ekspor_model); the import reads "-" as empty. */
const DASH_WHEN_EMPTY = new Set<OpendkHeader>(['dusun', 'rw', 'rt']);

/** A timestamp as OpenSID's database gives it: local time in Banyuwangi (WIB, UTC+7), to the second. */
export function wibTimestamp(value: Date | string): string {
  const time = new Date(value).getTime() + 7 * 3_600_000;
  return new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}

const isMapped = (header: OpendkHeader): header is keyof typeof OPENDK_TEMPLATE_COLUMNS =>
  Object.hasOwn(OPENDK_TEMPLATE_COLUMNS, header);

/** Where each mapped OpenDK column's value sits in the template row. */
const TEMPLATE_INDEX = new Map(
  Object.entries(OPENDK_TEMPLATE_COLUMNS).map(([opendk, template]) => [
    opendk,
    TEMPLATE_HEADERS.indexOf(template),
  ]),
);

export function opendkRow(row: ExportRow, villageCode: string): SheetCell[] {
  const template = templateRow(row, wholeIdentifier);
  return OPENDK_SHEET_HEADERS.map((header): SheetCell => {
    if (isMapped(header)) {
      const value = template[TEMPLATE_INDEX.get(header)!] ?? null;
      if (value !== null && typeof value === 'object') return value.isoDate;
      if (value === null && DASH_WHEN_EMPTY.has(header)) return '-';
      return value;
    }
    switch (header) {
      case 'created_at':
        return wibTimestamp(row.created_at);
      case 'updated_at':
        return wibTimestamp(row.updated_at);
      case 'desa_id':
        return villageCode;
      // OpenSID's numeric resident id has no counterpart here (a made-up number would mislead OpenDK's API
      // sync, which keys on it; its zip import keys on desa_id + NIK), and no photos are kept.
      case 'id':
      case 'foto':
        return null;
    }
  });
}

/** Identifiers, dates and area numbers stay text, as OpenSID writes them, so Excel never rounds or reformats. */
export const OPENDK_SHEET_COLUMNS: SheetColumn[] = OPENDK_SHEET_HEADERS.map((header) => {
  const kind = isMapped(header) ? TEMPLATE_COLUMNS[OPENDK_TEMPLATE_COLUMNS[header]].kind : 'text';
  const text = kind !== 'code';
  return { header, width: kind === 'identifier' ? 20 : 14, ...(text ? { format: 'text' as const } : {}) };
});
