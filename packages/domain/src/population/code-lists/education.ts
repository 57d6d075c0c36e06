// Education lists: the "Kode Data" sheet of OpenSID's import template (see ../code-lists.ts).
// Data only: `id` is the sheet's label byte for byte (including its odd spacing), `en` is our translation.
import type { CodeList } from './types.ts';

/** Pendidikan dalam KK / education as written in the family card. Sheet column "pendidikan_kk_id". */
export const PENDIDIKAN_KK: CodeList = [
  { code: 1, id: 'TIDAK / BELUM SEKOLAH', en: 'No schooling / not yet in school' },
  { code: 2, id: 'BELUM TAMAT SD/SEDERAJAT', en: 'Did not finish primary school or equivalent' },
  { code: 3, id: 'TAMAT SD / SEDERAJAT', en: 'Primary school or equivalent' },
  { code: 4, id: 'SLTP/SEDERAJAT', en: 'Junior high school or equivalent' },
  { code: 5, id: 'SLTA / SEDERAJAT', en: 'Senior high school or equivalent' },
  { code: 6, id: 'DIPLOMA I / II', en: 'Diploma I / II' },
  { code: 7, id: 'AKADEMI/ DIPLOMA III/S. MUDA', en: 'Academy / Diploma III / Sarjana Muda' },
  { code: 8, id: 'DIPLOMA IV/ STRATA I', en: "Diploma IV / bachelor's degree (S1)" },
  { code: 9, id: 'STRATA II', en: "Master's degree (S2)" },
  { code: 10, id: 'STRATA III', en: 'Doctorate (S3)' },
];

/** Pendidikan sedang ditempuh / current schooling. Sheet column "pendidikan_sedang_id". */
export const PENDIDIKAN_SEDANG: CodeList = [
  { code: 1, id: 'BELUM MASUK TK/KELOMPOK BERMAIN', en: 'Not yet in kindergarten / playgroup' },
  { code: 2, id: 'SEDANG TK/KELOMPOK BERMAIN', en: 'In kindergarten / playgroup' },
  { code: 3, id: 'TIDAK PERNAH SEKOLAH', en: 'Never attended school' },
  { code: 4, id: 'SEDANG SD/SEDERAJAT', en: 'In primary school or equivalent' },
  { code: 5, id: 'TIDAK TAMAT SD/SEDERAJAT', en: 'Did not finish primary school or equivalent' },
  { code: 6, id: 'SEDANG SLTP/SEDERAJAT', en: 'In junior high school or equivalent' },
  { code: 7, id: 'SEDANG SLTA/SEDERAJAT', en: 'In senior high school or equivalent' },
  { code: 8, id: 'SEDANG  D-1/SEDERAJAT', en: 'Studying for Diploma 1 or equivalent' },
  { code: 9, id: 'SEDANG D-2/SEDERAJAT', en: 'Studying for Diploma 2 or equivalent' },
  { code: 10, id: 'SEDANG D-3/SEDERAJAT', en: 'Studying for Diploma 3 or equivalent' },
  { code: 11, id: 'SEDANG  S-1/SEDERAJAT', en: "Studying for a bachelor's degree (S1) or equivalent" },
  { code: 12, id: 'SEDANG S-2/SEDERAJAT', en: "Studying for a master's degree (S2) or equivalent" },
  { code: 13, id: 'SEDANG S-3/SEDERAJAT', en: 'Studying for a doctorate (S3) or equivalent' },
  {
    code: 14,
    id: 'SEDANG SLB A/SEDERAJAT',
    en: 'In special-needs school type A (visual impairment) or equivalent',
  },
  {
    code: 15,
    id: 'SEDANG SLB B/SEDERAJAT',
    en: 'In special-needs school type B (hearing impairment) or equivalent',
  },
  {
    code: 16,
    id: 'SEDANG SLB C/SEDERAJAT',
    en: 'In special-needs school type C (intellectual disability) or equivalent',
  },
  {
    code: 17,
    id: 'TIDAK DAPAT MEMBACA DAN MENULIS HURUF LATIN/ARAB',
    en: 'Cannot read and write Latin or Arabic script',
  },
  { code: 18, id: 'TIDAK SEDANG SEKOLAH', en: 'Not currently in school' },
];
