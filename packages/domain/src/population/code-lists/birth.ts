// What a birth certificate letter asks about the birth: OpenSID's lists (donjo-app/config/constants.php,
// TEMPAT_DILAHIRKAN, JENIS_KELAHIRAN, PENOLONG_KELAHIRAN), with OpenSID's codes. These lists are not on the
// template's "Kode Data" sheet; the labels are OpenSID's, its spelling slip "Puskemas" corrected.
import type { CodeList } from './types.ts';

/** Tempat dilahirkan / place of birth. */
export const TEMPAT_DILAHIRKAN: CodeList = [
  { code: 1, id: 'RS/RB', en: 'Hospital / maternity clinic' },
  { code: 2, id: 'Puskesmas', en: 'Community health centre (puskesmas)' },
  { code: 3, id: 'Polindes', en: 'Village maternity post (polindes)' },
  { code: 4, id: 'Rumah', en: 'Home' },
  { code: 5, id: 'Lainnya', en: 'Elsewhere' },
];

/** Jenis kelahiran / single or multiple birth. */
export const JENIS_KELAHIRAN: CodeList = [
  { code: 1, id: 'Tunggal', en: 'Single' },
  { code: 2, id: 'Kembar 2', en: 'Twins' },
  { code: 3, id: 'Kembar 3', en: 'Triplets' },
  { code: 4, id: 'Kembar 4', en: 'Quadruplets' },
];

/** Penolong kelahiran / birth attendant. */
export const PENOLONG_KELAHIRAN: CodeList = [
  { code: 1, id: 'Dokter', en: 'Doctor' },
  { code: 2, id: 'Bidan Perawat', en: 'Midwife / nurse' },
  { code: 3, id: 'Dukun', en: 'Traditional birth attendant (dukun)' },
  { code: 4, id: 'Lainnya', en: 'Other' },
];
