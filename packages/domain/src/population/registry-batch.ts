// Cross-row checks over a whole batch (an import file, or existing rows followed by new ones): NIKs used twice,
// residents on two family cards, and the head-of-family rule per KK. Linear in the number of rows (Maps only), so
// a regency's 1.7 million residents take a couple of seconds.
import { byRow, headIssues } from './family.ts';
import type { Issue, ValidationResult } from './issues.ts';
import { makeIssue, splitIssues } from './issues.ts';

export interface RegistryRow {
  readonly nik: string;
  /** KK number of the family the row lists the resident in. */
  readonly kk: string;
  /** SHDK code or label; when any row of a family lacks it, that family's head check is skipped. */
  readonly relationshipCode?: number | string;
}

interface FamilyRows {
  readonly rows: number[];
  readonly codes: (number | string)[];
  complete: boolean;
}

/**
 * Issues tied to row indices (positions in `rows`):
 * - a NIK seen again on the same KK (or where either KK is blank): NIK_DUPLICATE on the later row;
 * - a NIK seen again on a different KK: RESIDENT_IN_TWO_FAMILIES on the later row;
 *   relatedRows names the earlier row (on the same KK for duplicates, the first occurrence otherwise);
 * - per KK whose rows all carry relationshipCode: FAMILY_NO_HEAD / FAMILY_MULTIPLE_HEADS on the family's first row
 *   and RELATIONSHIP_CODE_UNKNOWN per row.
 * Blank NIKs and blank KKs take no part in the checks they cannot support. Per-value format rules are
 * validateNik's and validateKk's job.
 */
export function validateRegistryBatch(rows: readonly RegistryRow[]): ValidationResult {
  const issues: Issue[] = [];
  const firstByNik = new Map<string, number>();
  // Only NIKs that occur more than once get this: NIK -> KK -> first row on that KK.
  const repeatedNiks = new Map<string, Map<string, number>>();
  const families = new Map<string, FamilyRows>();

  rows.forEach((row, index) => {
    if (row.nik !== '') {
      const first = firstByNik.get(row.nik);
      if (first === undefined) {
        firstByNik.set(row.nik, index);
      } else {
        let byKk = repeatedNiks.get(row.nik);
        if (!byKk) {
          byKk = new Map([[rows[first]?.kk ?? '', first]]);
          repeatedNiks.set(row.nik, byKk);
        }
        const sameKk = byKk.get(row.kk);
        const firstKk = rows[first]?.kk ?? '';
        if (sameKk !== undefined) {
          issues.push(makeIssue('NIK_DUPLICATE', { field: 'nik', row: index, relatedRows: [sameKk] }));
        } else if (row.kk === '' || firstKk === '') {
          issues.push(makeIssue('NIK_DUPLICATE', { field: 'nik', row: index, relatedRows: [first] }));
        } else {
          issues.push(
            makeIssue('RESIDENT_IN_TWO_FAMILIES', { field: 'kk', row: index, relatedRows: [first] }),
          );
        }
        if (sameKk === undefined) byKk.set(row.kk, index);
      }
    }
    if (row.kk !== '') {
      let family = families.get(row.kk);
      if (!family) {
        family = { rows: [], codes: [], complete: true };
        families.set(row.kk, family);
      }
      family.rows.push(index);
      if (row.relationshipCode === undefined) family.complete = false;
      else family.codes.push(row.relationshipCode);
    }
  });

  for (const family of families.values()) {
    if (family.complete) issues.push(...headIssues(family.codes, family.rows, family.rows[0]));
  }
  return splitIssues(issues.sort(byRow));
}
