// What a newborn's record says before anyone types it: a baby has no work, no schooling and has never
// married, so the birth form and the birth event start from those codes instead of leaving them empty
// (an empty occupation counts as "not filled in" in every statistic).
import { KK_LEVEL_HEAD } from './code-lists.ts';

/** Codes of PEKERJAAN, PENDIDIKAN_KK, PENDIDIKAN_SEDANG and STATUS_KAWIN every newborn starts with. */
export const NEWBORN_DEFAULTS = {
  /** BELUM/TIDAK BEKERJA */
  occupation: 1,
  /** TIDAK / BELUM SEKOLAH */
  educationKk: 1,
  /** BELUM MASUK TK/KELOMPOK BERMAIN */
  educationCurrent: 1,
  /** BELUM KAWIN */
  maritalStatus: 1,
} as const;

const SPOUSES = [2, 3]; // SUAMI, ISTRI
const CHILDREN = [4, 5]; // ANAK, MENANTU
const ANAK = 4;
const CUCU = 6;
const FAMILI_LAIN = 9;

/**
 * The baby's relationship to the head of the family card it joins, from its mother's (or father's): the
 * head's or spouse's baby is ANAK, a child's or child-in-law's baby is CUCU (grandchild), anyone else's is
 * FAMILI LAIN. Null when the parent's relationship is not recorded.
 */
export function newbornRelationship(parentRelationship: number | null): number | null {
  if (parentRelationship === null) return null;
  if (parentRelationship === KK_LEVEL_HEAD || SPOUSES.includes(parentRelationship)) return ANAK;
  if (CHILDREN.includes(parentRelationship)) return CUCU;
  return FAMILI_LAIN;
}
