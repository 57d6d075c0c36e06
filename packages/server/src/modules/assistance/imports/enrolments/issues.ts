// The codes every program-file importer may report about a participant line: the shared cell codes and the
// matching of the line against the registry (matched, not found, ambiguous, wrong unit) and the program.
import {
  CELL_ISSUES,
  issueBuilder,
  type RowIssueCatalogue,
} from '../../../../platform/imports/row-issues.ts';

export const ENROLMENT_ISSUES = {
  ...CELL_ISSUES,
  ASSIST_NIK_FORMAT: { level: 'error', id: 'NIK harus 16 digit angka.', en: 'A NIK is 16 digits.' },
  ASSIST_KK_FORMAT: { level: 'error', id: 'Nomor KK harus 16 digit angka.', en: 'A KK number is 16 digits.' },
  ASSIST_NOT_FOUND: {
    level: 'error',
    id: 'Peserta tidak ditemukan di data penduduk desa ini (penduduk yang masih hidup dan menetap, KK aktif, atau rumah tangga).',
    en: 'The participant is not in this village’s registry (a present resident, an active family card, or a household).',
  },
  ASSIST_AMBIGUOUS: {
    level: 'error',
    id: 'Nomor peserta cocok dengan lebih dari satu data di desa ini; tidak bisa dipastikan yang mana.',
    en: 'The participant number matches more than one record of this village; which one cannot be told.',
  },
  ASSIST_WRONG_UNIT: {
    level: 'error',
    id: 'Peserta bukan jenis sasaran program ini (misalnya nomor KK untuk program sasaran penduduk, atau NIK yang bukan anggota KK/rumah tangga itu).',
    en: 'The participant is not of the program’s target unit (e.g. a KK number for a resident program, or a NIK not in that KK or household).',
  },
  ASSIST_DUPLICATE: {
    level: 'error',
    id: 'Peserta yang sama sudah ada di baris lain untuk program ini.',
    en: 'The same participant is on another line for this program.',
  },
  ASSIST_PROGRAM_UNKNOWN: {
    level: 'error',
    id: 'Kode program tidak dikenal.',
    en: 'The program code is not known.',
  },
  ASSIST_PROGRAM_AMBIGUOUS: {
    level: 'error',
    id: 'Nama program cocok dengan lebih dari satu program; pakai kodenya.',
    en: 'The program name matches more than one program; use its code.',
  },
  ASSIST_STATUS_UNKNOWN: {
    level: 'error',
    id: 'Status kepesertaan tidak dikenal (diusulkan, terverifikasi, aktif, ditangguhkan).',
    en: 'The enrolment status is not known (proposed, verified, active, suspended).',
  },
  ASSIST_STATUS_CHANGE_REFUSED: {
    level: 'error',
    id: 'Status kepesertaan yang tercatat tidak bisa diubah ke status di berkas.',
    en: 'The recorded enrolment status cannot change to the file’s status.',
  },
  ASSIST_PROGRAM_SHEET_INVALID: {
    level: 'error',
    id: 'Lembar Program tidak bisa dipakai (isi yang salah atau program tidak bisa dipastikan); peserta tidak dapat disimpan.',
    en: 'The Program sheet cannot be used (a wrong value, or the program cannot be told); no participant can be saved.',
  },
  ASSIST_CARD_DIFFERS: {
    level: 'warning',
    id: 'Peserta sudah terdaftar; no. kartu atau tanggal mulai diganti dengan isi berkas.',
    en: 'The participant is enrolled already; the card number or start date is replaced by the file’s.',
  },
} as const satisfies RowIssueCatalogue;

export const enrolmentIssue = issueBuilder(ENROLMENT_ISSUES);
