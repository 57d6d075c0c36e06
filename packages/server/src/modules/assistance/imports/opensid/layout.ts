// OpenSID's program import (assets/import/format_impor_program_bantuan.xlsx): sheet "Program" holds the
// program as key/value lines (ID Program, Nama Program, Sasaran Program 1–4, Keterangan, Asal Dana, Rentang
// Waktu Awal/Akhir, then "###"), sheet "Peserta" one line per participant until "###". OpenSID reads both
// by position; the participant columns here are matched by header, as every template of this project is.
import type { SheetLayout } from '../../../../platform/sheets/read-sheet.ts';

export const OPENSID_PROGRAM_HEADERS = [
  'peserta',
  'no. peserta',
  'nik',
  'nama',
  'tempat lahir',
  'tanggal lahir',
  'alamat',
] as const;
export type OpensidProgramHeader = (typeof OPENSID_PROGRAM_HEADERS)[number];
export const [PARTICIPANT, CARD, NIK, NAME, BIRTH_PLACE, BIRTH_DATE, ADDRESS] = OPENSID_PROGRAM_HEADERS;
export const PROGRAM_SHEET = 'Program';

export const OPENSID_PROGRAM_LAYOUT: SheetLayout<OpensidProgramHeader> = {
  sheetName: 'Peserta',
  keyValueSheet: PROGRAM_SHEET,
  formatName: { id: 'format impor program bantuan OpenSID', en: "OpenSID's program import format" },
  headers: OPENSID_PROGRAM_HEADERS,
  required: [PARTICIPANT, NIK],
  rowNoun: { id: 'data peserta', en: 'participant rows' },
};
