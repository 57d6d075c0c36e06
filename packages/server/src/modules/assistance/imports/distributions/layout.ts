// The distributor's list of a cycle as the export writes it (distributions/export.ts), filled in and sent
// back: one line per enrolment, matched by its "ID Kepesertaan", with its program and cycle on the line.
// Only the columns the distributor fills in are read; the rest are there for the distributor to find people.
import type { SheetLayout } from '../../../../platform/sheets/read-sheet.ts';

export const DISTRIBUTION_HEADERS = [
  'id kepesertaan',
  'kode program',
  'siklus',
  'nama',
  'nominal',
  'diterima (ya/tidak)',
  'tanggal terima',
  'saluran',
  'catatan',
] as const;
export type DistributionHeader = (typeof DISTRIBUTION_HEADERS)[number];
export const [ENROLMENT, PROGRAM, CYCLE, NAME, AMOUNT, RECEIVED, RECEIVED_ON, CHANNEL, NOTE] =
  DISTRIBUTION_HEADERS;

export const DISTRIBUTION_LAYOUT: SheetLayout<DistributionHeader> = {
  sheetName: 'Penyaluran',
  formatName: { id: 'daftar penyaluran (unduhan Smart Kampung)', en: "Smart Kampung's distribution list" },
  headers: DISTRIBUTION_HEADERS,
  required: [ENROLMENT, PROGRAM, CYCLE, RECEIVED],
  rowNoun: { id: 'data penyaluran', en: 'distribution rows' },
};
