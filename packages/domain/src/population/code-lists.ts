// Coded lists of the population registry. Every code and every Indonesian label follows the "Kode Data" sheet of
// OpenSID's resident import template (FormatImporExcel.xlsm) exactly, so an OpenSID export or a filled-in template
// maps one to one onto our records with no translation table in between; where OpenSID's own source code disagrees
// with the sheet (for example its education enum labels codes 9 and 10 differently) the sheet wins. The labels are
// kept byte for byte, odd spacing included ("SEDANG  D-1/SEDERAJAT", "BELUM WAJIB "); findCode() normalises
// whitespace and case, so user input never has to reproduce those quirks. The English labels are ours.
import { AGAMA, GOLONGAN_DARAH, KK_LEVEL, SEX, STATUS_KAWIN, WARGANEGARA } from './code-lists/person.ts';
import { PENDIDIKAN_KK, PENDIDIKAN_SEDANG } from './code-lists/education.ts';
import { PEKERJAAN } from './code-lists/pekerjaan.ts';
import {
  ASURANSI,
  CACAT,
  CARA_KB,
  HAMIL,
  JAMKESNAS,
  KTP_EL,
  STATUS_DASAR,
  STATUS_REKAM,
} from './code-lists/health-status.ts';
import { JENIS_KELAHIRAN, PENOLONG_KELAHIRAN, TEMPAT_DILAHIRKAN } from './code-lists/birth.ts';
import type { CodeList } from './code-lists/types.ts';

export type { CodeEntry, CodeList } from './code-lists/types.ts';
export { findCode, normaliseLabel } from './code-lists/find-code.ts';
export {
  AGAMA,
  ASURANSI,
  CACAT,
  CARA_KB,
  GOLONGAN_DARAH,
  HAMIL,
  JAMKESNAS,
  JENIS_KELAHIRAN,
  KK_LEVEL,
  KTP_EL,
  PEKERJAAN,
  PENDIDIKAN_KK,
  PENDIDIKAN_SEDANG,
  PENOLONG_KELAHIRAN,
  SEX,
  STATUS_DASAR,
  STATUS_KAWIN,
  STATUS_REKAM,
  TEMPAT_DILAHIRKAN,
  WARGANEGARA,
};

/** SHDK code of "KEPALA KELUARGA" (head of family) in KK_LEVEL. */
export const KK_LEVEL_HEAD = 1;
/** SEX codes. */
export const SEX_MALE = 1;
export const SEX_FEMALE = 2;

/** Every list by name. */
export const CODE_LISTS = {
  sex: SEX,
  agama: AGAMA,
  pendidikan_kk: PENDIDIKAN_KK,
  pendidikan_sedang: PENDIDIKAN_SEDANG,
  pekerjaan: PEKERJAAN,
  status_kawin: STATUS_KAWIN,
  kk_level: KK_LEVEL,
  warganegara: WARGANEGARA,
  golongan_darah: GOLONGAN_DARAH,
  jamkesnas: JAMKESNAS,
  cacat: CACAT,
  cara_kb: CARA_KB,
  hamil: HAMIL,
  ktp_el: KTP_EL,
  status_rekam: STATUS_REKAM,
  status_dasar: STATUS_DASAR,
  asuransi: ASURANSI,
  tempat_dilahirkan: TEMPAT_DILAHIRKAN,
  jenis_kelahiran: JENIS_KELAHIRAN,
  penolong_kelahiran: PENOLONG_KELAHIRAN,
} as const satisfies Record<string, CodeList>;

export type CodeListName = keyof typeof CODE_LISTS;

/**
 * The list behind each coded column of the template's "Data Penduduk" sheet, keyed by the column header as it
 * appears in row 1 (JAMKESNAS has no column there).
 */
export const IMPORT_COLUMN_CODE_LISTS = {
  sex: SEX,
  agama_id: AGAMA,
  pendidikan_kk_id: PENDIDIKAN_KK,
  pendidikan_sedang_id: PENDIDIKAN_SEDANG,
  pekerjaan_id: PEKERJAAN,
  status_kawin: STATUS_KAWIN,
  kk_level: KK_LEVEL,
  warganegara_id: WARGANEGARA,
  golongan_darah_id: GOLONGAN_DARAH,
  cacat_id: CACAT,
  cara_kb_id: CARA_KB,
  hamil: HAMIL,
  ktp_el: KTP_EL,
  status_rekam: STATUS_REKAM,
  status_dasar: STATUS_DASAR,
  id_asuransi: ASURANSI,
} as const satisfies Record<string, CodeList>;

export type ImportColumn = keyof typeof IMPORT_COLUMN_CODE_LISTS;
