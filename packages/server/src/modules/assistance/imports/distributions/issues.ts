// The codes of the distribution list's import: the shared cell codes, and a line's match against the
// village's enrolments, the program and its cycles.
import {
  CELL_ISSUES,
  issueBuilder,
  type RowIssueCatalogue,
} from '../../../../platform/imports/row-issues.ts';

export const DISTRIBUTION_ISSUES = {
  ...CELL_ISSUES,
  DIST_ENROLMENT_UNKNOWN: {
    level: 'error',
    id: 'ID Kepesertaan bukan kepesertaan di desa ini.',
    en: 'The enrolment id is not an enrolment of this village.',
  },
  DIST_PROGRAM_MISMATCH: {
    level: 'error',
    id: 'Kode Program bukan program kepesertaan ini.',
    en: 'The program code is not this enrolment’s program.',
  },
  DIST_CYCLE_UNKNOWN: {
    level: 'error',
    id: 'Siklus tidak ada pada program ini.',
    en: 'The cycle is not one of the program’s.',
  },
  DIST_NOT_RECEIVING: {
    level: 'error',
    id: 'Kepesertaan ini belum aktif (diusulkan atau terverifikasi), jadi belum bisa menerima.',
    en: 'The enrolment is not active yet (proposed or verified), so it cannot have received.',
  },
  DIST_RECEIVED_WORD: {
    level: 'error',
    id: 'Diterima harus Ya atau Tidak (atau kosong bila belum dilaporkan).',
    en: 'Received must be Ya or Tidak (or empty when not reported yet).',
  },
  DIST_DATE_NOT_RECEIVED: {
    level: 'error',
    id: 'Tanggal terima hanya diisi bila diterima (Ya).',
    en: 'The date received is given only when received (Ya).',
  },
  DIST_AMOUNT: {
    level: 'error',
    id: 'Nominal harus bilangan bulat rupiah, 0 atau lebih.',
    en: 'The amount must be whole rupiah, 0 or more.',
  },
  DIST_CHANNEL: {
    level: 'error',
    id: 'Saluran tidak dikenal (bank, pos, tunai, dompet digital, barang, layanan).',
    en: 'The channel is not known (bank, post office, cash, e-wallet, in kind, service).',
  },
  DIST_TWICE: {
    level: 'error',
    id: 'Kepesertaan dan siklus yang sama sudah ada di baris lain.',
    en: 'The same enrolment and cycle are on another line.',
  },
} as const satisfies RowIssueCatalogue;

export const distributionIssue = issueBuilder(DISTRIBUTION_ISSUES);
