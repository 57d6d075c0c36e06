// The housing sheet of the DTKS/Regsosek 2022 workbook OpenSID imports (format_impor_dtks_regsosek2022k.xlsx,
// sheet "3.keterangan perumahan"): one row per family card, its number in "no kartu keluarga", then one
// column per question (301a … 310) under two title rows. A CSV with the same header line reads the same.
import { REGSOSEK_HOUSING_VARIABLES } from '@smart-kampung/domain';
import type { SheetLayout } from '../../../../../platform/sheets/read-sheet.ts';

export const KK_HEADER = 'no kartu keluarga';
export const VARIABLE_HEADERS = REGSOSEK_HOUSING_VARIABLES.map((v) => v.variable);
/** "no kartu keluarga" or a question number ("301a" … "310"). */
export type RegsosekHeader = string;

export const REGSOSEK_LAYOUT: SheetLayout<RegsosekHeader> = {
  sheetName: '3.keterangan perumahan',
  ignoredSheets: ['Kode Data'],
  formatName: {
    id: 'lembar "3.keterangan perumahan" format impor DTKS/Regsosek 2022 OpenSID',
    en: 'the "3.keterangan perumahan" sheet of OpenSID\'s DTKS/Regsosek 2022 import format',
  },
  headers: [KK_HEADER, ...VARIABLE_HEADERS],
  required: [KK_HEADER],
  oneOf: {
    headers: VARIABLE_HEADERS,
    description: {
      id: 'kolom pertanyaan perumahan (301a sampai 310)',
      en: 'the housing question columns (301a to 310)',
    },
  },
  rowNoun: { id: 'data perumahan keluarga', en: 'family housing rows' },
  headerSearchLines: 5,
};
