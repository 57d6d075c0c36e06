// Family (KK) composition: exactly one head of family (SHDK "KEPALA KELUARGA") and no NIK twice.
import { findCode, KK_LEVEL, KK_LEVEL_HEAD } from './code-lists.ts';
import type { Issue, ValidationResult } from './issues.ts';
import { makeIssue, splitIssues } from './issues.ts';

export interface FamilyMember {
  readonly nik: string;
  /** SHDK (KK_LEVEL) code as a number, a numeric string, or the Indonesian label ("KEPALA KELUARGA"). */
  readonly relationshipCode: number | string;
}

export interface Family {
  readonly members: readonly FamilyMember[];
}

/**
 * Head-of-family rules over the members at `rows` (indices into the caller's list). Unknown relationship codes are
 * reported per row; FAMILY_NO_HEAD and FAMILY_MULTIPLE_HEADS once for the family, tied to `familyRow` if given.
 */
export function headIssues(
  relationshipCodes: readonly (number | string)[],
  rows: readonly number[],
  familyRow?: number,
): Issue[] {
  const issues: Issue[] = [];
  const heads: number[] = [];
  relationshipCodes.forEach((value, i) => {
    const row = rows[i] ?? i;
    const entry = findCode(KK_LEVEL, value);
    if (!entry) issues.push(makeIssue('RELATIONSHIP_CODE_UNKNOWN', { field: 'relationshipCode', row }));
    else if (entry.code === KK_LEVEL_HEAD) heads.push(row);
  });
  const at = familyRow === undefined ? {} : { row: familyRow };
  if (heads.length === 0) {
    issues.push(makeIssue('FAMILY_NO_HEAD', { field: 'members', ...at, relatedRows: rows }));
  } else if (heads.length > 1) {
    issues.push(makeIssue('FAMILY_MULTIPLE_HEADS', { field: 'members', ...at, relatedRows: heads }));
  }
  return issues;
}

/**
 * Checks one family: exactly one member whose relationship is KEPALA KELUARGA, known relationship codes, and no
 * NIK listed twice. Issue rows are member indices. The NIKs themselves are checked by validateNik.
 */
export function validateFamily(family: Family): ValidationResult {
  const { members } = family;
  const rows = members.map((_, i) => i);
  const issues = headIssues(
    members.map((m) => m.relationshipCode),
    rows,
  );
  const firstByNik = new Map<string, number>();
  members.forEach((member, i) => {
    if (member.nik === '') return;
    const first = firstByNik.get(member.nik);
    if (first === undefined) firstByNik.set(member.nik, i);
    else issues.push(makeIssue('NIK_DUPLICATE', { field: 'nik', row: i, relatedRows: [first] }));
  });
  return splitIssues(issues.sort(byRow));
}

/** Orders issues by row; issues without a row come first. Stable. */
export function byRow(a: Issue, b: Issue): number {
  return (a.row ?? -1) - (b.row ?? -1);
}
