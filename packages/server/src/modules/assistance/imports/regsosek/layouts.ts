// Sections IV and V of the DTKS/Regsosek 2022 workbook OpenSID imports (format_impor_dtks_regsosek2022k.xlsx),
// the workbook whose section III the housing importer reads. Sheet "4.ket sos-ek anggota": one row per member,
// the family card's number in "no kartu keluarga" on the first member's row only (the rows below belong to the
// same card until the next number), the member by "403 nik", then 404 and 410–431 in three blocks side by side,
// each starting again with 401–403. Sheet "5.keikutsertaan program dll": one row per family card, 501a–g with
// the month and year last received, 502a–n, 503a–b, 504a–e, 505, 506. Headers are on line 3 and line 4.
import {
  FAMILY_WELFARE_VARIABLES,
  MEMBER_WELFARE_VARIABLES,
  REGSOSEK_501_LETTERS,
} from '@smart-kampung/domain';
import type { SheetLayout } from '../../../../platform/sheets/read-sheet.ts';

export const KK_HEADER = 'no kartu keluarga';
export const NIK_HEADER = '403 nik';
export const MEMBER_VARIABLE_HEADERS = MEMBER_WELFARE_VARIABLES.map((v) => v.variable);
export const FAMILY_VARIABLE_HEADERS = FAMILY_WELFARE_VARIABLES.map((v) => v.variable);
export const PROGRAM_HEADERS = REGSOSEK_501_LETTERS.flatMap((letter) => [
  `501${letter}`,
  `501${letter} bulan`,
  `501${letter} tahun`,
]);

export const MEMBERS_LAYOUT: SheetLayout = {
  sheetName: '4.ket sos-ek anggota',
  ignoredSheets: ['Kode Data'],
  formatName: {
    id: 'lembar "4.ket sos-ek anggota" format impor DTKS/Regsosek 2022 OpenSID',
    en: 'the "4.ket sos-ek anggota" sheet of OpenSID\'s DTKS/Regsosek 2022 import format',
  },
  headers: [KK_HEADER, NIK_HEADER, ...MEMBER_VARIABLE_HEADERS],
  required: [KK_HEADER, NIK_HEADER],
  repeatedHeaders: [NIK_HEADER],
  oneOf: {
    headers: MEMBER_VARIABLE_HEADERS,
    description: {
      id: 'kolom pertanyaan anggota keluarga (404, 410 sampai 431f)',
      en: 'the member question columns (404, 410 to 431f)',
    },
  },
  rowNoun: { id: 'data sosial ekonomi anggota keluarga', en: 'member socio-economic rows' },
  headerSearchLines: 5,
};

export const FAMILIES_LAYOUT: SheetLayout = {
  sheetName: '5.keikutsertaan program dll',
  ignoredSheets: ['Kode Data'],
  formatName: {
    id: 'lembar "5.keikutsertaan program dll" format impor DTKS/Regsosek 2022 OpenSID',
    en: 'the "5.keikutsertaan program dll" sheet of OpenSID\'s DTKS/Regsosek 2022 import format',
  },
  headers: [KK_HEADER, ...PROGRAM_HEADERS, ...FAMILY_VARIABLE_HEADERS],
  required: [KK_HEADER],
  oneOf: {
    headers: [...PROGRAM_HEADERS, ...FAMILY_VARIABLE_HEADERS],
    description: {
      id: 'kolom program, aset, dan layanan keluarga (501a sampai 506)',
      en: 'the family program, asset and service columns (501a to 506)',
    },
  },
  rowNoun: { id: 'data program dan aset keluarga', en: 'family program and asset rows' },
  headerSearchLines: 6,
};
