// Every code a housing (Regsosek) import may report: the shared cell codes and the sheet's own rules.
import {
  CELL_ISSUES,
  issueBuilder,
  type RowIssueCatalogue,
} from '../../../../../platform/imports/row-issues.ts';

export const HOUSING_IMPORT_ISSUES = {
  ...CELL_ISSUES,
  KK_FORMAT: { level: 'error', id: 'Nomor KK harus 16 digit angka.', en: 'A KK number is 16 digits.' },
  FLOOR_AREA_RANGE: {
    level: 'error',
    id: 'Luas lantai (302) bilangan bulat meter persegi, 1 sampai 999.',
    en: 'The floor area (302) is a whole number of square metres, 1 to 999.',
  },
  REGSOSEK_KK_UNKNOWN: {
    level: 'error',
    id: 'Nomor KK tidak terdaftar di desa ini.',
    en: 'The family card number is not registered in this village.',
  },
  REGSOSEK_KK_REPLACED: {
    level: 'error',
    id: 'KK sudah diganti dengan KK baru.',
    en: 'The family card has been replaced by a new one.',
  },
  REGSOSEK_KK_DUPLICATE: {
    level: 'error',
    id: 'KK sudah ada di baris lain.',
    en: 'The card is on another line too.',
  },
  REGSOSEK_HOUSEHOLD_DISAGREES: {
    level: 'error',
    id: 'Dua KK dari satu rumah tangga menjawab pertanyaan yang sama dengan berbeda.',
    en: 'Two cards of one household answer the same question differently.',
  },
  HOUSING_FOLLOW_UP_SKIPPED: {
    level: 'error',
    id: 'Pertanyaan lanjutan dijawab padahal formulir melewatinya.',
    en: 'A follow-up question is answered where the form skips it.',
  },
  REGSOSEK_FOLLOW_UP_CLEARED: {
    level: 'warning',
    id: 'Jawaban lanjutan yang tercatat dihapus karena jawaban baru melewati pertanyaannya.',
    en: 'A recorded follow-up answer is cleared because the new answers skip its question.',
  },
  REGSOSEK_HOUSEHOLD_CREATED: {
    level: 'warning',
    id: 'KK belum masuk rumah tangga: rumah tangga baru dibuat untuknya.',
    en: 'The card is in no household yet: a new household is made for it.',
  },
} as const satisfies RowIssueCatalogue;

export const housingIssue = issueBuilder(HOUSING_IMPORT_ISSUES);
