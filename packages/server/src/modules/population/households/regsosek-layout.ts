// The housing sheet of the DTKS/Regsosek 2022 workbook OpenSID imports (format_impor_dtks_regsosek2022k.xlsx,
// sheet "3.keterangan perumahan"): one row per family card, its number in "no kartu keluarga", then one
// column per question (301a … 310) under two title rows. A CSV with the same header line reads the same.
import { REGSOSEK_HOUSING_VARIABLES } from '@smart-kampung/domain';
import type { SheetLayout } from '../import/read-file.ts';

export const KK_HEADER = 'no kartu keluarga';
export const VARIABLE_HEADERS = REGSOSEK_HOUSING_VARIABLES.map((v) => v.variable);
/** "no kartu keluarga" or a question number ("301a" … "310"). */
export type RegsosekHeader = string;

export const REGSOSEK_LAYOUT: SheetLayout<RegsosekHeader> = {
  sheetName: '3.keterangan perumahan',
  formatName: {
    id: 'lembar "3.keterangan perumahan" format impor DTKS/Regsosek 2022 OpenSID',
    en: 'the "3.keterangan perumahan" sheet of OpenSID\'s DTKS/Regsosek 2022 import format',
  },
  isHeader: (value): value is RegsosekHeader => value === KK_HEADER || VARIABLE_HEADERS.includes(value),
  required: [KK_HEADER],
  rowNoun: { id: 'data perumahan keluarga', en: 'family housing rows' },
  headerSearchLines: 5,
};
