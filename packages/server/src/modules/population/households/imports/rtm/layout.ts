// OpenSID's household import template (FormatImporRTM.xlsx): sheet "RTM", one row per resident with the
// household number and the resident's place in it (1 head, 2 member; the template's "Kode Data" sheet labels
// them "KEPALA KELUARGA" and "ANGGOTA"). Headers are matched in lower case, in any order.
import type { CodeList } from '@smart-kampung/domain';
import type { SheetLayout } from '../../../../../platform/sheets/read-sheet.ts';

export const RTM_HEADERS = ['nik', 'nomor rumah tangga', 'status hubungan dalam rumah tangga'] as const;
export type RtmHeader = (typeof RTM_HEADERS)[number];
export const [NIK, NUMBER, STATUS] = RTM_HEADERS;

export const RTM_LAYOUT: SheetLayout<RtmHeader> = {
  sheetName: 'RTM',
  ignoredSheets: ['Kode Data'],
  formatName: {
    id: 'format impor rumah tangga OpenSID (RTM)',
    en: "OpenSID's household import format (RTM)",
  },
  headers: RTM_HEADERS,
  required: RTM_HEADERS,
  rowNoun: { id: 'data rumah tangga', en: 'household rows' },
};

export const HEAD = 1;

/** The household relationship; both spellings of the head seen in OpenSID's own files are accepted. */
export const RTM_STATUS: CodeList = [
  { code: HEAD, id: 'Kepala Keluarga', en: 'Head of household' },
  { code: HEAD, id: 'Kepala Rumah Tangga', en: 'Head of household' },
  { code: 2, id: 'Anggota', en: 'Member' },
];
