// The columns of the by-name-by-address list, shared by its XLSX/CSV and PDF forms.
import { ENROLMENT_STATUS_LABELS, type EnrolmentStatus } from '@smart-kampung/domain';
import type { SheetCell, SheetColumn } from '../../../platform/sheets/sheet-writer.ts';
import type { BnbaRow } from './queries.ts';

export const BNBA_HEADERS = [
  'No',
  'Desa/Kelurahan',
  'Dusun',
  'RW',
  'RT',
  'Alamat',
  'Nama',
  'NIK',
  'No. KK',
  'Status',
  'No. Kartu',
  'Sejak',
] as const;

export const BNBA_COLUMNS: readonly SheetColumn[] = BNBA_HEADERS.map((header) => ({
  header,
  width: header === 'Alamat' || header === 'Nama' ? 30 : header === 'NIK' || header === 'No. KK' ? 20 : 12,
  ...(header === 'NIK' || header === 'No. KK' || header === 'No. Kartu' || header === 'RW' || header === 'RT'
    ? { format: 'text' as const }
    : header === 'Sejak'
      ? { format: 'date' as const }
      : {}),
}));

export type BnbaLine = SheetCell[];

/** One line of the list; `shown` masks identifiers (or shows them whole for a full export). */
export function bnbaLine(row: BnbaRow, index: number, shown: (value: string) => string): BnbaLine {
  return [
    index + 1,
    row.village_name,
    row.dusun,
    row.rw,
    row.rt,
    row.address,
    row.full_name ?? (row.group_code ? `Kelompok ${row.group_code}` : null),
    row.nik === null ? null : shown(row.nik),
    row.kk_number === null ? null : shown(row.kk_number),
    ENROLMENT_STATUS_LABELS[row.status as EnrolmentStatus].id,
    row.card_number,
    row.start_date === null ? null : { isoDate: row.start_date },
  ];
}
