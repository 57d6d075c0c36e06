// The rules of a household import, on the rows of an RTM file and what the registry already holds. Pure: the
// same check runs to show the operator what would happen and again, inside the commit's transaction, before
// anything is written. Households hold family cards here, so a resident's whole KK moves with them.
import type { IdentifierMasks } from '../../../../../platform/identifiers/identifier-masks.ts';
import { readCode, readIdentifier, readText } from '../../../../../platform/sheets/cell-values.ts';
import type { RawRow } from '../../../../../platform/sheets/read-sheet.ts';
import { importIssue, type RowIssue } from '../../../../../platform/imports/row-issues.ts';
import { householdNumberKey } from '../../record/household-number.ts';
import { HEAD, NIK, NUMBER, RTM_STATUS, STATUS, type RtmHeader } from './layout.ts';
import { rtmIssue } from './issues.ts';

export interface RtmResident {
  id: string;
  familyId: string | null;
  familyActive: boolean;
  /** The household the resident's family is in now. */
  householdId: string | null;
}

export interface RtmFacts {
  /** Present residents of the village, by NIK. */
  residents: ReadonlyMap<string, RtmResident>;
  /** Present members per family. */
  familySizes: ReadonlyMap<string, number>;
  /** The village's households by their number's key (householdNumberKey; a number should name one). */
  households: ReadonlyMap<string, readonly { id: string; headResidentId: string | null }[]>;
}

export interface RtmIssue {
  lineNo: number;
  /** The row's NIK, masked, so the operator sees whose row it is without the full number. */
  nikMasked: string | null;
  field: string;
  level: 'error' | 'warning';
  code: string;
  message: string;
  message_en: string;
}

export interface PlannedHousehold {
  householdNo: string;
  /** null: a new household. */
  existingId: string | null;
  headResidentId: string;
  /** The head's family, whose address a new household takes. */
  headFamilyId: string;
  familyIds: string[];
  /** Families that change household (all of them for a new one). */
  familiesMoved: number;
  change: 'create' | 'update' | 'unchanged';
  /** The file's lines that name this household. */
  lines: number[];
}

export interface RtmReport {
  rows: number;
  households: { create: number; update: number; unchanged: number };
  familiesMoved: number;
  issues: RtmIssue[];
}

interface ReadRow {
  lineNo: number;
  nik: string;
  householdNo: string;
  isHead: boolean;
  resident: RtmResident & { familyId: string };
}

const issue = (lineNo: number, level: RtmIssue['level'], { code, field, message }: RowIssue): RtmIssue => ({
  lineNo,
  nikMasked: null,
  field,
  level,
  code,
  message: message.id,
  message_en: message.en,
});

const rule = rtmIssue;

/** Reads one row's three cells; every problem is reported, nothing is guessed. */
function readRow(raw: RawRow<RtmHeader>, facts: RtmFacts, issues: RtmIssue[]): ReadRow | null {
  const nik = readIdentifier(raw.cells[NIK] ?? null, NIK);
  const number = readText(raw.cells[NUMBER] ?? null, NUMBER, 20);
  const status = readCode(raw.cells[STATUS] ?? null, STATUS, RTM_STATUS);
  const before = issues.length;
  const errors = (found: RowIssue) => issues.push(issue(raw.lineNo, 'error', found));
  for (const result of [nik, number, status]) if (!result.ok) errors(result.issue);
  for (const [result, field] of [
    [nik, NIK],
    [number, NUMBER],
    [status, STATUS],
  ] as const)
    if (result.ok && result.value === null) errors(importIssue.required(field));
  if (nik.ok && nik.value !== null && !/^\d{16}$/.test(nik.value))
    errors(rule('NIK_FORMAT', NIK, 'NIK harus 16 digit angka.', 'A NIK is 16 digits.'));
  if (issues.length > before || !nik.ok || !number.ok || !status.ok) return null;
  const resident = facts.residents.get(nik.value!);
  if (!resident) {
    errors(
      rule(
        'RTM_NIK_UNKNOWN',
        NIK,
        'NIK ini bukan penduduk desa ini yang masih tercatat hidup dan menetap. Impor atau catat penduduknya lebih dulu.',
        'This NIK is not a present resident of this village. Import or register the resident first.',
      ),
    );
    return null;
  }
  if (resident.familyId === null || !resident.familyActive) {
    errors(
      rule(
        'RTM_NO_FAMILY',
        NIK,
        'Penduduk ini tidak tercatat dalam KK yang aktif; rumah tangga menampung KK, jadi catat KK-nya lebih dulu.',
        'This resident is not on an active family card; households hold family cards, so register the card first.',
      ),
    );
    return null;
  }
  return {
    lineNo: raw.lineNo,
    nik: nik.value!,
    householdNo: number.value!,
    isHead: status.value === HEAD,
    resident: { ...resident, familyId: resident.familyId },
  };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export function checkRtm(rawRows: readonly RawRow<RtmHeader>[], facts: RtmFacts, masks: IdentifierMasks) {
  const issues: RtmIssue[] = [];
  const seen = new Map<string, number>();
  const rows: ReadRow[] = [];
  for (const raw of rawRows) {
    const row = readRow(raw, facts, issues);
    if (!row) continue;
    const earlier = seen.get(row.nik);
    if (earlier !== undefined) {
      issues.push(
        issue(
          row.lineNo,
          'error',
          rule(
            'RTM_NIK_DUPLICATE',
            NIK,
            `NIK ini sudah ada di baris ${earlier}.`,
            `This NIK is already on line ${earlier}.`,
          ),
        ),
      );
      continue;
    }
    seen.set(row.nik, row.lineNo);
    rows.push(row);
  }

  // A family card lives in one household: its members cannot be spread over several numbers.
  for (const members of groupBy(rows, (row) => row.resident.familyId).values()) {
    const target = members[0]!.householdNo;
    const targetKey = householdNumberKey(target);
    for (const row of members.slice(1).filter((m) => householdNumberKey(m.householdNo) !== targetKey)) {
      issues.push(
        issue(
          row.lineNo,
          'error',
          rule(
            'RTM_FAMILY_SPLIT',
            NUMBER,
            `Anggota KK yang sama tercantum di rumah tangga ${target} (baris ${members[0]!.lineNo}); satu KK hanya dapat berada di satu rumah tangga.`,
            `A member of the same family card is in household ${target} (line ${members[0]!.lineNo}); one family card can be in one household only.`,
          ),
        ),
      );
    }
    const unlisted = (facts.familySizes.get(members[0]!.resident.familyId) ?? 0) - members.length;
    if (unlisted > 0) {
      issues.push(
        issue(
          members[0]!.lineNo,
          'warning',
          rule(
            'RTM_WHOLE_FAMILY_MOVES',
            NIK,
            `${unlisted} anggota lain dari KK penduduk ini tidak tercantum, tetapi ikut masuk rumah tangga ${target} bersama KK-nya.`,
            `${unlisted} other member(s) of this resident's family card are not listed but join household ${target} with the card.`,
          ),
        ),
      );
    }
  }

  const planned: PlannedHousehold[] = [];
  // "12" and "00012" in a file are one household, as they are in the registry.
  for (const members of groupBy(rows, (row) => householdNumberKey(row.householdNo)).values()) {
    const householdNo = members[0]!.householdNo;
    const heads = members.filter((row) => row.isHead);
    if (heads.length === 0) {
      issues.push(
        issue(
          members[0]!.lineNo,
          'error',
          rule(
            'RTM_NO_HEAD',
            STATUS,
            `Rumah tangga ${householdNo} tidak punya kepala (kode 1).`,
            `Household ${householdNo} has no head (code 1).`,
          ),
        ),
      );
    }
    for (const extra of heads.slice(1)) {
      issues.push(
        issue(
          extra.lineNo,
          'error',
          rule(
            'RTM_MANY_HEADS',
            STATUS,
            `Rumah tangga ${householdNo} sudah punya kepala di baris ${heads[0]!.lineNo}.`,
            `Household ${householdNo} already has a head on line ${heads[0]!.lineNo}.`,
          ),
        ),
      );
    }
    const existing = facts.households.get(householdNumberKey(householdNo)) ?? [];
    if (existing.length > 1) {
      issues.push(
        issue(
          members[0]!.lineNo,
          'error',
          rule(
            'RTM_NUMBER_AMBIGUOUS',
            NUMBER,
            `Desa ini punya ${existing.length} rumah tangga bernomor ${householdNo}; ubah nomor salah satunya lebih dulu.`,
            `This village has ${existing.length} households numbered ${householdNo}; renumber one of them first.`,
          ),
        ),
      );
    }
    if (heads.length === 0 || existing.length > 1) continue;
    const current = existing[0] ?? null;
    const head = heads[0]!;
    const householdOf = new Map(members.map((row) => [row.resident.familyId, row.resident.householdId]));
    const familyIds = [...householdOf.keys()];
    const moves = current ? familyIds.filter((id) => householdOf.get(id) !== current.id) : familyIds;
    planned.push({
      householdNo,
      existingId: current?.id ?? null,
      headResidentId: head.resident.id,
      headFamilyId: head.resident.familyId,
      familyIds,
      familiesMoved: moves.length,
      lines: members.map((row) => row.lineNo),
      change: !current
        ? 'create'
        : moves.length > 0 || current.headResidentId !== head.resident.id
          ? 'update'
          : 'unchanged',
    });
  }

  const maskedNikByLine = new Map<number, string>();
  for (const raw of rawRows) {
    const nik = readIdentifier(raw.cells[NIK] ?? null, NIK);
    // Not 16 digits: shown as invalid ("⚠ 12 digit"), never as if it were a masked number.
    if (nik.ok && nik.value !== null) maskedNikByLine.set(raw.lineNo, masks.civil(nik.value));
  }
  const count = (change: PlannedHousehold['change']) => planned.filter((h) => h.change === change).length;
  const report: RtmReport = {
    rows: rawRows.length,
    households: { create: count('create'), update: count('update'), unchanged: count('unchanged') },
    familiesMoved: planned.reduce((sum, h) => sum + h.familiesMoved, 0),
    issues: issues
      .sort((a, b) => a.lineNo - b.lineNo)
      .map((found) => ({
        ...found,
        nikMasked: maskedNikByLine.get(found.lineNo) ?? null,
      })),
  };
  return { report, planned };
}
