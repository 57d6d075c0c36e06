// Identity, family and citizenship lists: the "Kode Data" sheet of OpenSID's import template (see ../code-lists.ts).
// Data only: `id` is the sheet's label byte for byte (including its odd spacing), `en` is our translation.
import type { CodeList } from './types.ts';

/** Jenis kelamin / sex. Sheet column "sex". */
export const SEX: CodeList = [
  { code: 1, id: 'LAKI-LAKI', en: 'Male' },
  { code: 2, id: 'PEREMPUAN', en: 'Female' },
];

/** Agama / religion. Sheet column "agama_id". */
export const AGAMA: CodeList = [
  { code: 1, id: 'ISLAM', en: 'Islam' },
  { code: 2, id: 'KRISTEN', en: 'Christian (Protestant)' },
  { code: 3, id: 'KATHOLIK', en: 'Catholic' },
  { code: 4, id: 'HINDU', en: 'Hindu' },
  { code: 5, id: 'BUDHA', en: 'Buddhist' },
  { code: 6, id: 'KHONGHUCU', en: 'Confucian' },
  { code: 7, id: 'Kepercayaan Terhadap Tuhan YME / Lainnya', en: 'Indigenous belief in One God / other' },
];

/** Status perkawinan / marital status. Sheet column "status_kawin". */
export const STATUS_KAWIN: CodeList = [
  { code: 1, id: 'BELUM KAWIN', en: 'Single (never married)' },
  { code: 2, id: 'KAWIN', en: 'Married' },
  { code: 3, id: 'CERAI HIDUP', en: 'Divorced' },
  { code: 4, id: 'CERAI MATI', en: 'Widowed' },
];

/** SHDK, status hubungan dalam keluarga / relationship to the family head. Sheet column "kk_level". */
export const KK_LEVEL: CodeList = [
  { code: 1, id: 'KEPALA KELUARGA', en: 'Head of family' },
  { code: 2, id: 'SUAMI', en: 'Husband' },
  { code: 3, id: 'ISTRI', en: 'Wife' },
  { code: 4, id: 'ANAK', en: 'Child' },
  { code: 5, id: 'MENANTU', en: 'Child-in-law' },
  { code: 6, id: 'CUCU', en: 'Grandchild' },
  { code: 7, id: 'ORANGTUA', en: 'Parent' },
  { code: 8, id: 'MERTUA', en: 'Parent-in-law' },
  { code: 9, id: 'FAMILI LAIN', en: 'Other relative' },
  { code: 10, id: 'PEMBANTU', en: 'Domestic helper' },
  { code: 11, id: 'LAINNYA', en: 'Other' },
];

/** Kewarganegaraan / citizenship. Sheet column "warganegara_id". */
export const WARGANEGARA: CodeList = [
  { code: 1, id: 'WNI', en: 'Indonesian citizen (WNI)' },
  { code: 2, id: 'WNA', en: 'Foreign national (WNA)' },
  { code: 3, id: 'DUA KEWARGANEGARAAN', en: 'Dual citizenship' },
];

/** Golongan darah / blood type. Sheet column "golongan_darah_id". */
export const GOLONGAN_DARAH: CodeList = [
  { code: 1, id: 'A', en: 'A' },
  { code: 2, id: 'B', en: 'B' },
  { code: 3, id: 'AB', en: 'AB' },
  { code: 4, id: 'O', en: 'O' },
  { code: 5, id: 'A+', en: 'A+' },
  { code: 6, id: 'A-', en: 'A-' },
  { code: 7, id: 'B+', en: 'B+' },
  { code: 8, id: 'B-', en: 'B-' },
  { code: 9, id: 'AB+', en: 'AB+' },
  { code: 10, id: 'AB-', en: 'AB-' },
  { code: 11, id: 'O+', en: 'O+' },
  { code: 12, id: 'O-', en: 'O-' },
  { code: 13, id: 'TIDAK TAHU', en: 'Unknown' },
];
