// The rules across rows and against the registry: NIKs used twice or claimed by another village, one head
// per family (counting members already registered), one address per family, and finally what each valid
// row will do to the registry: insert, update (with the changes listed) or nothing.
import type { FieldChange } from '../../../platform/imports/importer.ts';
import { KK_LEVEL_HEAD, validateRegistryBatch, type RegistryRow } from '@smart-kampung/domain';
import type { CheckedRow, FamilyAddress } from './check-row.ts';
import { fromDomainIssue, residentIssue } from './domain-issues.ts';
import { RESIDENT_COLUMN_HEADERS, type FamilyField } from './template-columns.ts';

export interface ExistingResident {
  nik: string;
  kk_number: string | null;
  [column: string]: unknown;
}

export interface ExistingFamily {
  kk_number: string;
  address: string | null;
  dusun: string | null;
  rw: string | null;
  rt: string | null;
  /** Members currently present in the registry. */
  members: { nik: string; relationship: number | null }[];
}

export interface RegistryFacts {
  residentsByNik: Map<string, ExistingResident>;
  /** NIKs held by a resident of another village. */
  claimedElsewhere: Set<string>;
  familiesByKk: Map<string, ExistingFamily>;
}

export type Change = FieldChange;

export type RowAction = 'insert' | 'update' | 'unchanged';

export interface RowDecision {
  action: RowAction | null;
  changes: Change[] | null;
}

const FAMILY_HEADERS: Record<FamilyField, string> = { address: 'alamat', dusun: 'dusun', rw: 'rw', rt: 'rt' };
const FAMILY_FIELDS = Object.keys(FAMILY_HEADERS) as FamilyField[];

function groupByKk(rows: CheckedRow[]): Map<string, CheckedRow[]> {
  const groups = new Map<string, CheckedRow[]>();
  for (const row of rows) {
    if (!row.data.kk) continue;
    const group = groups.get(row.data.kk) ?? [];
    group.push(row);
    groups.set(row.data.kk, group);
  }
  return groups;
}

/** Duplicate NIKs, residents on two cards and the head rule, over the file plus registered members. */
function checkFamiliesAndDuplicates(
  rows: CheckedRow[],
  facts: RegistryFacts,
  groups: Map<string, CheckedRow[]>,
) {
  const batch: RegistryRow[] = rows.map((row) => ({
    nik: row.data.nik ?? '',
    kk: row.data.kk ?? '',
    ...(row.relationship === undefined ? {} : { relationshipCode: row.relationship }),
  }));
  const niksInFile = new Set(batch.map((row) => row.nik));
  for (const kk of groups.keys()) {
    for (const member of facts.familiesByKk.get(kk)?.members ?? []) {
      if (niksInFile.has(member.nik)) continue;
      batch.push({
        nik: member.nik,
        kk,
        ...(member.relationship === null ? {} : { relationshipCode: member.relationship }),
      });
    }
  }
  const lineOf = (index: number) => rows[index]?.lineNo;
  const lines = (indices: readonly number[] = []) =>
    indices.map(lineOf).filter((line): line is number => line !== undefined);
  for (const issue of validateRegistryBatch(batch).errors) {
    if (issue.code === 'RELATIONSHIP_CODE_UNKNOWN' || issue.row === undefined) continue; // reported per cell already
    if (issue.code === 'FAMILY_NO_HEAD' || issue.code === 'FAMILY_MULTIPLE_HEADS') {
      const related = issue.code === 'FAMILY_MULTIPLE_HEADS' ? lines(issue.relatedRows) : [];
      for (const row of groups.get(batch[issue.row]?.kk ?? '') ?? [])
        row.errors.push(fromDomainIssue(issue, related));
    } else {
      rows[issue.row]?.errors.push(fromDomainIssue(issue, lines(issue.relatedRows)));
    }
  }
}

/**
 * A family whose only head row is unusable must not be saved headless by "valid rows only". A registered
 * head who stays head (their line is that unusable head row, which is skipped, or is absent) keeps the family
 * headed, so the other members may be saved: an export of the registry with one bad date on a head's line
 * must not hold back the whole card.
 */
function checkHeadRows(groups: Map<string, CheckedRow[]>, facts: RegistryFacts) {
  for (const [kk, group] of groups) {
    const heads = group.filter((row) => row.relationship === KK_LEVEL_HEAD);
    const head = heads[0];
    const registeredHeadStays = facts.familiesByKk
      .get(kk)
      ?.members.some(
        (m) =>
          m.relationship === KK_LEVEL_HEAD && group.every((row) => row.data.nik !== m.nik || row === head),
      );
    if (heads.length !== 1 || !head || registeredHeadStays || head.errors.length === 0) continue;
    for (const row of group)
      if (row !== head && row.errors.length === 0)
        row.errors.push(residentIssue.familyHeadRowInvalid(head.lineNo));
  }
}

/** The family's address comes from its head's row (or its first row); other rows that differ are warned. */
function settleFamilyAddresses(groups: Map<string, CheckedRow[]>) {
  for (const group of groups.values()) {
    const reference = group.find((row) => row.relationship === KK_LEVEL_HEAD) ?? group[0]!;
    for (const row of group) {
      row.data.familyAddress = { ...reference.data.family };
      if (row === reference) continue;
      for (const field of FAMILY_FIELDS) {
        const mine = row.data.family[field];
        const theirs = reference.data.family[field];
        if (mine !== undefined && theirs !== undefined && mine !== theirs) {
          row.warnings.push(residentIssue.familyAddressDiffers(FAMILY_HEADERS[field], reference.lineNo));
        }
      }
    }
  }
}

function residentChanges(existing: ExistingResident, row: CheckedRow): Change[] {
  const changes: Change[] = [];
  for (const [column, value] of Object.entries(row.data.resident)) {
    const before = (existing[column] ?? null) as string | number | null;
    if (before !== value)
      changes.push({
        field: RESIDENT_COLUMN_HEADERS.get(column as never) ?? column,
        from: before,
        to: value,
      });
  }
  if (existing.kk_number !== row.data.kk)
    changes.push({ field: 'no_kk', from: existing.kk_number, to: row.data.kk });
  return changes;
}

export function familyAddressChanges(family: ExistingFamily, address: FamilyAddress): Change[] {
  return FAMILY_FIELDS.flatMap((field) => {
    const to = address[field];
    return to !== undefined && to !== family[field]
      ? [{ field: FAMILY_HEADERS[field], from: family[field], to }]
      : [];
  });
}

/** Runs the cross-row rules (adding issues to the rows) and decides each row's action. */
export function checkBatch(rows: CheckedRow[], facts: RegistryFacts): RowDecision[] {
  for (const row of rows) {
    if (row.data.nik && facts.claimedElsewhere.has(row.data.nik))
      row.errors.push(residentIssue.nikRegisteredElsewhere());
  }
  const groups = groupByKk(rows);
  checkFamiliesAndDuplicates(rows, facts, groups);
  checkHeadRows(groups, facts);
  settleFamilyAddresses(groups);

  // An existing family's new address is listed (and later written) once, on its first valid row.
  const familyChangeRow = new Map<CheckedRow, Change[]>();
  for (const [kk, group] of groups) {
    const family = facts.familiesByKk.get(kk);
    const carrier = group.find((row) => row.errors.length === 0);
    if (!family || !carrier) continue;
    const changes = familyAddressChanges(family, carrier.data.familyAddress);
    if (changes.length > 0) familyChangeRow.set(carrier, changes);
  }

  return rows.map((row) => {
    if (row.errors.length > 0 || !row.data.nik) return { action: null, changes: null };
    const existing = facts.residentsByNik.get(row.data.nik);
    const familyChanges = familyChangeRow.get(row) ?? [];
    if (!existing) return { action: 'insert', changes: familyChanges.length > 0 ? familyChanges : null };
    const changes = [...residentChanges(existing, row), ...familyChanges];
    return changes.length > 0 ? { action: 'update', changes } : { action: 'unchanged', changes: null };
  });
}
