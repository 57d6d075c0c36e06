// Every code a household (RTM) import may report: the shared cell codes and the file's own rules.
import {
  CELL_ISSUES,
  issueBuilder,
  type RowIssueCatalogue,
} from '../../../../../platform/imports/row-issues.ts';

export const RTM_ISSUES = {
  ...CELL_ISSUES,
  NIK_FORMAT: { level: 'error', id: 'NIK harus 16 digit angka.', en: 'A NIK is 16 digits.' },
  RTM_NIK_UNKNOWN: {
    level: 'error',
    id: 'NIK bukan penduduk desa ini yang masih tercatat hidup dan menetap.',
    en: 'The NIK is not a present resident of this village.',
  },
  RTM_NO_FAMILY: {
    level: 'error',
    id: 'Penduduk tidak tercatat dalam KK yang aktif; rumah tangga menampung KK.',
    en: 'The resident is not on an active family card; households hold family cards.',
  },
  RTM_NIK_DUPLICATE: {
    level: 'error',
    id: 'NIK sudah ada di baris lain.',
    en: 'The NIK is on another line too.',
  },
  RTM_FAMILY_SPLIT: {
    level: 'error',
    id: 'Anggota satu KK tercantum di rumah tangga yang berbeda.',
    en: 'Members of one family card are listed in different households.',
  },
  RTM_WHOLE_FAMILY_MOVES: {
    level: 'warning',
    id: 'Anggota KK yang tidak tercantum ikut masuk rumah tangga bersama KK-nya.',
    en: 'Members of the card who are not listed join the household with their card.',
  },
  RTM_NO_HEAD: {
    level: 'error',
    id: 'Rumah tangga tidak punya kepala (kode 1).',
    en: 'A household has no head (code 1).',
  },
  RTM_MANY_HEADS: {
    level: 'error',
    id: 'Rumah tangga punya lebih dari satu kepala.',
    en: 'A household has more than one head.',
  },
  RTM_NUMBER_AMBIGUOUS: {
    level: 'error',
    id: 'Desa punya lebih dari satu rumah tangga dengan nomor ini.',
    en: 'The village has more than one household with this number.',
  },
} as const satisfies RowIssueCatalogue;

export const rtmIssue = issueBuilder(RTM_ISSUES);
