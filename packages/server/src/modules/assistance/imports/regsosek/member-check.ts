// The rules of a Regsosek section IV import on the rows of sheet "4.ket sos-ek anggota" and what the registry
// holds. Pure: the same check shows the operator what would happen and runs again inside the commit. A row
// names its member by NIK within the family card of the row (the card's number stands on its first member's
// row; the rows below carry it down). The file's columns replace the member's recorded answers to those
// questions (a blank cell: not asked); questions the file lacks keep what is recorded. The merged answers
// must follow the form's rules (domain welfare-rules.ts) for this member's sex, age and marital status.
import {
  ageInYears,
  blankMemberWelfare,
  MEMBER_WELFARE_VARIABLES,
  memberWelfareProblems,
  type MemberWelfare,
} from '@smart-kampung/domain';
import type { RawRow } from '../../../../platform/sheets/read-sheet.ts';
import { importIssue, type RowIssue } from '../../../../platform/imports/row-issues.ts';
import { readIdentifier } from '../../../../platform/sheets/cell-values.ts';
import { readAnswer } from './cells.ts';
import { memberIssue } from './issues.ts';
import { KK_HEADER, NIK_HEADER } from './layouts.ts';

export interface MemberFacts {
  cards: {
    active: ReadonlyMap<string, { id: string; householdId: string | null }>;
    replaced: ReadonlySet<string>;
  };
  residents: ReadonlyMap<
    string,
    {
      id: string;
      familyId: string | null;
      sex: number;
      birthDate: string;
      maritalStatus: number | null;
      pregnant: number | null;
    }
  >;
  /** Recorded answers by resident id, for members with a section IV row (with 410 from the registry). */
  recorded: ReadonlyMap<string, MemberWelfare>;
  today: string;
}

export interface StagedMember {
  cells: RawRow['cells'];
  /** The card the line belongs to (its own cell or carried down), so a partial save keeps it. */
  kk: string | null;
}

export interface PlannedMember {
  lineNo: number;
  residentId: string;
  facts: MemberWelfare;
  change: 'create' | 'update' | 'unchanged';
  changedFields: string[];
}

export interface LineProblem {
  lineNo: number;
  level: 'error' | 'warning';
  issue: RowIssue;
}

const VARIABLE = new Map(MEMBER_WELFARE_VARIABLES.map((v) => [v.variable, v]));
const FIELD_VARIABLE = new Map(MEMBER_WELFARE_VARIABLES.map((v) => [v.field, v.variable]));

/** The card number of every line: its own cell, or the nearest one above it. */
export function carryCards(rows: readonly RawRow[]): Map<number, string | null> {
  const cards = new Map<number, string | null>();
  let current: string | null = null;
  for (const row of rows) {
    const kk = readIdentifier(row.cells[KK_HEADER] ?? null, KK_HEADER);
    if (kk.ok && kk.value !== null) current = kk.value;
    else if (!kk.ok) current = null;
    cards.set(row.lineNo, current);
  }
  return cards;
}

function cardProblem(kk: string | null, facts: MemberFacts): RowIssue | null {
  if (kk === null) return importIssue.required(KK_HEADER);
  if (!/^\d{16}$/.test(kk))
    return memberIssue('KK_FORMAT', KK_HEADER, 'Nomor KK harus 16 digit angka.', 'A KK number is 16 digits.');
  if (facts.cards.active.has(kk)) return null;
  return facts.cards.replaced.has(kk)
    ? memberIssue(
        'REGSOSEK_KK_REPLACED',
        KK_HEADER,
        'KK ini sudah diganti dengan KK baru; isi nomor KK yang berlaku sekarang.',
        'This family card has been replaced by a new one; use the card number in force now.',
      )
    : memberIssue(
        'REGSOSEK_KK_UNKNOWN',
        KK_HEADER,
        'Nomor KK ini tidak terdaftar di desa ini. Impor atau catat keluarganya lebih dulu.',
        'This family card number is not registered in this village. Import or register the family first.',
      );
}

export function checkMembers(
  rows: readonly RawRow[],
  headers: readonly string[],
  lineCards: ReadonlyMap<number, string | null>,
  facts: MemberFacts,
) {
  const problems: LineProblem[] = [];
  const planned: PlannedMember[] = [];
  const seen = new Map<string, number>();
  const variables = headers.filter((header) => VARIABLE.has(header));
  for (const row of rows) {
    const errors: RowIssue[] = [];
    const kk = lineCards.get(row.lineNo) ?? null;
    const card = cardProblem(kk, facts);
    if (card) errors.push(card);
    const nik = readIdentifier(row.cells[NIK_HEADER] ?? null, NIK_HEADER);
    let resident = null;
    if (!nik.ok) errors.push(nik.issue);
    else if (nik.value === null) errors.push(importIssue.required(NIK_HEADER));
    else if (!/^\d{16}$/.test(nik.value))
      errors.push(memberIssue('NIK_FORMAT', NIK_HEADER, 'NIK harus 16 digit angka.', 'A NIK is 16 digits.'));
    else if (seen.has(nik.value))
      errors.push(
        memberIssue(
          'WELFARE_NIK_DUPLICATE',
          NIK_HEADER,
          `NIK ini sudah ada di baris ${seen.get(nik.value)}.`,
          `This NIK is already on line ${seen.get(nik.value)}.`,
        ),
      );
    else {
      seen.set(nik.value, row.lineNo);
      resident = facts.residents.get(nik.value) ?? null;
      if (!resident)
        errors.push(
          memberIssue(
            'WELFARE_NIK_UNKNOWN',
            NIK_HEADER,
            'NIK ini tidak terdaftar di desa ini. Impor atau catat penduduknya lebih dulu.',
            'This NIK is not registered in this village. Import or register the resident first.',
          ),
        );
      else if (!card && resident.familyId !== facts.cards.active.get(kk!)!.id)
        errors.push(
          memberIssue(
            'WELFARE_NIK_OTHER_FAMILY',
            NIK_HEADER,
            'Penduduk dengan NIK ini terdaftar di KK lain, bukan di KK baris ini. Periksa NIK dan nomor KK-nya.',
            "The resident with this NIK is on another family card, not this line's. Check the NIK and the card number.",
          ),
        );
    }
    const answers: Partial<MemberWelfare> = {};
    for (const variable of variables) {
      const { field, answer } = VARIABLE.get(variable)!;
      const read = readAnswer(row.cells[variable] ?? null, variable, answer);
      if (!read.ok) errors.push(read.issue);
      else (answers as Record<string, unknown>)[field] = read.value;
    }
    // The form's rules run on what could be read, so one look shows every problem of the line.
    if (resident && !card) {
      const recorded = facts.recorded.get(resident.id);
      const merged: MemberWelfare = {
        ...blankMemberWelfare(),
        pregnant: resident.pregnant,
        ...recorded,
        ...answers,
      };
      const person = {
        sex: resident.sex,
        age: ageInYears(resident.birthDate, facts.today),
        maritalStatus: resident.maritalStatus,
      };
      const unreadable = new Set(errors.map((issue) => issue.field));
      for (const problem of memberWelfareProblems(merged, person)) {
        const field = FIELD_VARIABLE.get(problem.field)!;
        if (unreadable.has(field)) continue;
        errors.push({
          code: problem.kind === 'invalid' ? 'WELFARE_ANSWER_INVALID' : 'WELFARE_FOLLOW_UP_SKIPPED',
          field,
          message: problem.message,
        });
      }
      if (errors.length === 0) {
        const before: MemberWelfare = recorded ?? { ...blankMemberWelfare(), pregnant: resident.pregnant };
        const changedFields = (Object.keys(merged) as (keyof MemberWelfare)[]).filter(
          (key) => before[key] !== merged[key],
        );
        planned.push({
          lineNo: row.lineNo,
          residentId: resident.id,
          facts: merged,
          changedFields,
          change: !recorded ? 'create' : changedFields.length > 0 ? 'update' : 'unchanged',
        });
      }
    }
    for (const issue of errors) problems.push({ lineNo: row.lineNo, level: 'error', issue });
  }
  return { problems, planned };
}
