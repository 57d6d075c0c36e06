// Section IV and V answers between their table rows and the domain's shape: 428a–j are one array column of
// resident_welfare and ten fields of MemberWelfare; 410 is the registry's resident.pregnant, not a column here.
import {
  blankFamilyWelfare,
  blankMemberWelfare,
  DIFFICULTY_FIELDS,
  FAMILY_WELFARE_FIELDS,
  MEMBER_WELFARE_FIELDS,
  type FamilyWelfare,
  type MemberWelfare,
} from '@smart-kampung/domain';
import type { Insertable, Selectable } from 'kysely';
import type { FamilyWelfare as FamilyWelfareRow, ResidentWelfare } from '../../../../db/schema.ts';

type MemberColumns = Omit<
  Insertable<ResidentWelfare>,
  'village_code' | 'resident_id' | 'source' | 'updated_at' | 'updated_by'
>;
type FamilyColumns = Omit<
  Insertable<FamilyWelfareRow>,
  'village_code' | 'family_id' | 'source' | 'updated_at' | 'updated_by'
>;

/** The fields kept in resident_welfare's own columns (all but 410 and the ten of 428). */
export const MEMBER_COLUMN_FIELDS = MEMBER_WELFARE_FIELDS.filter(
  (field) => field !== 'pregnant' && !(DIFFICULTY_FIELDS as readonly string[]).includes(field),
) as Exclude<(typeof MEMBER_WELFARE_FIELDS)[number], 'pregnant' | (typeof DIFFICULTY_FIELDS)[number]>[];

/** A member's answers from their row (none: all unknown) and the registry's pregnancy code. */
export function memberWelfareOf(
  row: Selectable<ResidentWelfare> | undefined,
  pregnant: number | null,
): MemberWelfare {
  const facts = blankMemberWelfare();
  facts.pregnant = pregnant;
  if (!row) return facts;
  for (const field of MEMBER_COLUMN_FIELDS) (facts as Record<string, unknown>)[field] = row[field];
  DIFFICULTY_FIELDS.forEach((field, index) => (facts[field] = row.difficulty?.[index] ?? null));
  return facts;
}

/** The resident_welfare columns of a member's answers (the difficulty array null when none is answered). */
export function memberColumnsOf(facts: Partial<MemberWelfare>): MemberColumns {
  const columns: Record<string, unknown> = {};
  for (const field of MEMBER_COLUMN_FIELDS) columns[field] = facts[field] ?? null;
  const difficulty = DIFFICULTY_FIELDS.map((field) => facts[field] ?? null);
  columns.difficulty = difficulty.every((value) => value === null) ? null : difficulty;
  return columns;
}

export function familyWelfareOf(row: Selectable<FamilyWelfareRow> | undefined): FamilyWelfare {
  const facts = blankFamilyWelfare();
  if (!row) return facts;
  for (const field of FAMILY_WELFARE_FIELDS) (facts as Record<string, unknown>)[field] = row[field];
  return facts;
}

export function familyColumnsOf(facts: Partial<FamilyWelfare>): FamilyColumns {
  return Object.fromEntries(FAMILY_WELFARE_FIELDS.map((field) => [field, facts[field] ?? null]));
}
