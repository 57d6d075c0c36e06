// Every code the Regsosek section IV and V imports may report: the shared cell codes and their own rules.
import {
  CELL_ISSUES,
  issueBuilder,
  type RowIssueCatalogue,
} from '../../../../platform/imports/row-issues.ts';

const CARD_ISSUES = {
  KK_FORMAT: { level: 'error', id: 'Nomor KK harus 16 digit angka.', en: 'A KK number is 16 digits.' },
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
  WELFARE_ANSWER_INVALID: {
    level: 'error',
    id: 'Jawaban di luar yang dibolehkan pertanyaannya (jumlah kode, angka, atau panjang teks).',
    en: 'An answer the question does not allow (a sum of codes, a number or a text length).',
  },
  WELFARE_FOLLOW_UP_SKIPPED: {
    level: 'error',
    id: 'Pertanyaan lanjutan dijawab padahal formulir melewatinya.',
    en: 'A follow-up question is answered where the form skips it.',
  },
} as const satisfies RowIssueCatalogue;

export const MEMBER_IMPORT_ISSUES = {
  ...CELL_ISSUES,
  ...CARD_ISSUES,
  NIK_FORMAT: { level: 'error', id: 'NIK harus 16 digit angka.', en: 'A NIK is 16 digits.' },
  WELFARE_NIK_UNKNOWN: {
    level: 'error',
    id: 'NIK tidak terdaftar di desa ini.',
    en: 'The NIK is not registered in this village.',
  },
  WELFARE_NIK_OTHER_FAMILY: {
    level: 'error',
    id: 'NIK terdaftar di KK lain, bukan di KK baris ini.',
    en: "The NIK is registered on another family card, not on this line's card.",
  },
  WELFARE_NIK_DUPLICATE: {
    level: 'error',
    id: 'NIK sudah ada di baris lain.',
    en: 'The NIK is on another line too.',
  },
} as const satisfies RowIssueCatalogue;

export const FAMILY_IMPORT_ISSUES = {
  ...CELL_ISSUES,
  ...CARD_ISSUES,
  REGSOSEK_KK_DUPLICATE: {
    level: 'error',
    id: 'KK sudah ada di baris lain.',
    en: 'The card is on another line too.',
  },
  PROGRAM_PERIOD_INVALID: {
    level: 'error',
    id: 'Bulan (1–12) atau tahun terakhir menerima program tidak benar, atau di masa depan.',
    en: 'The month (1–12) or year the program was last received is wrong, or in the future.',
  },
  PROGRAM_UNIT_MISSING: {
    level: 'warning',
    id: 'Program untuk rumah tangga atau kepala keluarga, tetapi KK belum punya rumah tangga atau kepala: kepesertaan tidak dibuat.',
    en: 'The program enrols a household or the head, but the card has no household or head yet: no enrolment is made.',
  },
} as const satisfies RowIssueCatalogue;

export const memberIssue = issueBuilder(MEMBER_IMPORT_ISSUES);
export const familyIssue = issueBuilder(FAMILY_IMPORT_ISSUES);
