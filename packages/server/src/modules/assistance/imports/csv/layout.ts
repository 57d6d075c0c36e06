// The plain program file: one line per participant with the program's code, the participant's NIK, KK
// number or household number (what the program enrols), the card number and the start date, and
// optionally the status. CSV (comma or semicolon) or a spreadsheet; headers in any order and case.
import type { SheetLayout } from '../../../../platform/sheets/read-sheet.ts';

export const PLAIN_HEADERS = [
  'kode_program',
  'nik',
  'no_kk',
  'no_rtm',
  'no_kartu',
  'tanggal_mulai',
  'status',
] as const;
export type PlainHeader = (typeof PLAIN_HEADERS)[number];
export const [PROGRAM, NIK, KK, RTM, CARD, START, STATUS] = PLAIN_HEADERS;

export const PLAIN_LAYOUT: SheetLayout<PlainHeader> = {
  sheetName: 'peserta',
  formatName: { id: 'format CSV peserta program', en: 'the plain program participant CSV' },
  headers: PLAIN_HEADERS,
  required: [PROGRAM],
  oneOf: {
    headers: [NIK, KK, RTM],
    description: { id: 'kolom nik, no_kk atau no_rtm', en: 'the columns nik, no_kk or no_rtm' },
  },
  rowNoun: { id: 'data peserta', en: 'participant rows' },
};
