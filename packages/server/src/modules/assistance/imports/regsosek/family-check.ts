// The rules of a Regsosek section V import on the rows of sheet "5.keikutsertaan program dll" and what the
// registry holds. Pure, run at the check and again inside the commit. One row per family card: the file's
// columns of 502–506 replace the family's recorded answers to them (a blank cell: not asked), and every
// "1 Ya" of 501 a–g becomes an active enrolment in its catalogue program, for the unit the program targets
// (the family, its household, or its head), from the month and year last received, unless one is open
// already. A "2 Tidak" ends nothing: the survey looks back a year, and an exit is a decision with a reason.
import {
  blankFamilyWelfare,
  FAMILY_WELFARE_VARIABLES,
  familyWelfareProblems,
  REGSOSEK_501_LETTERS,
  startOf501,
  YES_NO,
  yesNoOfCode,
  type FamilyWelfare,
  type Regsosek501Letter,
  type TargetUnit,
} from '@smart-kampung/domain';
import { importIssue, type RowIssue } from '../../../../platform/imports/row-issues.ts';
import { isBlank, readCode, readIdentifier } from '../../../../platform/sheets/cell-values.ts';
import type { RawRow } from '../../../../platform/sheets/read-sheet.ts';
import { wholeNumberOf } from './cells.ts';
import { familyIssue } from './issues.ts';
import { KK_HEADER } from './layouts.ts';
import type { LineProblem } from './member-check.ts';

export interface Program501 {
  id: string;
  code: string;
  targetUnit: TargetUnit;
}

export interface FamilySheetFacts {
  cards: {
    active: ReadonlyMap<string, { id: string; householdId: string | null; headId: string | null }>;
    replaced: ReadonlySet<string>;
  };
  recorded: ReadonlyMap<string, FamilyWelfare>;
  /** The catalogue program each 501 letter names (absent: not in this installation's catalogue). */
  programs: ReadonlyMap<Regsosek501Letter, Program501>;
  /** Open enrolments as "programId:unitType:unitId". */
  open: ReadonlySet<string>;
  today: string;
}

export interface PlannedEnrolment {
  lineNo: number;
  letter: Regsosek501Letter;
  programId: string;
  unitType: 'resident' | 'family' | 'household';
  unitId: string;
  startDate: string | null;
}

export interface PlannedFamily {
  lineNo: number;
  familyId: string;
  facts: FamilyWelfare;
  change: 'create' | 'update' | 'unchanged';
  changedFields: string[];
  enrolments: PlannedEnrolment[];
}

const VARIABLE = new Map(FAMILY_WELFARE_VARIABLES.map((v) => [v.variable, v]));
const FIELD_VARIABLE = new Map(FAMILY_WELFARE_VARIABLES.map((v) => [v.field as string, v.variable]));

export const enrolmentKey = (programId: string, unitType: string, unitId: string) =>
  `${programId}:${unitType}:${unitId}`;

function readCard(row: RawRow, facts: FamilySheetFacts): { kk: string | null; issue: RowIssue | null } {
  const kk = readIdentifier(row.cells[KK_HEADER] ?? null, KK_HEADER);
  if (!kk.ok) return { kk: null, issue: kk.issue };
  if (kk.value === null) return { kk: null, issue: importIssue.required(KK_HEADER) };
  if (!/^\d{16}$/.test(kk.value))
    return {
      kk: null,
      issue: familyIssue(
        'KK_FORMAT',
        KK_HEADER,
        'Nomor KK harus 16 digit angka.',
        'A KK number is 16 digits.',
      ),
    };
  if (facts.cards.active.has(kk.value)) return { kk: kk.value, issue: null };
  return {
    kk: null,
    issue: facts.cards.replaced.has(kk.value)
      ? familyIssue(
          'REGSOSEK_KK_REPLACED',
          KK_HEADER,
          'KK ini sudah diganti dengan KK baru; isi nomor KK yang berlaku sekarang.',
          'This family card has been replaced by a new one; use the card number in force now.',
        )
      : familyIssue(
          'REGSOSEK_KK_UNKNOWN',
          KK_HEADER,
          'Nomor KK ini tidak terdaftar di desa ini. Impor atau catat keluarganya lebih dulu.',
          'This family card number is not registered in this village. Import or register the family first.',
        ),
  };
}

/** The 501 answers of a row: the letters answered "1 Ya", each with its start date. */
function read501(row: RawRow, headers: ReadonlySet<string>, today: string, errors: RowIssue[]) {
  const received: { letter: Regsosek501Letter; startDate: string | null }[] = [];
  for (const letter of REGSOSEK_501_LETTERS) {
    const header = `501${letter}`;
    if (!headers.has(header)) continue;
    const answer = readCode(row.cells[header] ?? null, header, YES_NO);
    if (!answer.ok) {
      errors.push(answer.issue);
      continue;
    }
    if (answer.value !== 1) continue;
    const monthCell = row.cells[`${header} bulan`] ?? null;
    const yearCell = row.cells[`${header} tahun`] ?? null;
    if (isBlank(monthCell) && isBlank(yearCell)) {
      received.push({ letter, startDate: null });
      continue;
    }
    const startDate = startOf501(wholeNumberOf(monthCell), wholeNumberOf(yearCell), today);
    if (startDate === null) {
      errors.push(
        familyIssue(
          'PROGRAM_PERIOD_INVALID',
          `${header} bulan`,
          `Bulan (1–12) dan tahun terakhir menerima program ${header} harus diisi benar dan tidak di masa depan.`,
          `The month (1–12) and year ${header} was last received must be valid and not in the future.`,
        ),
      );
      continue;
    }
    received.push({ letter, startDate });
  }
  return received;
}

export function checkFamilies(rows: readonly RawRow[], headers: readonly string[], facts: FamilySheetFacts) {
  const problems: LineProblem[] = [];
  const planned: PlannedFamily[] = [];
  const seen = new Map<string, number>();
  const planning = new Set<string>();
  const present = new Set(headers);
  const variables = headers.filter((header) => VARIABLE.has(header));
  for (const row of rows) {
    const errors: RowIssue[] = [];
    const warnings: RowIssue[] = [];
    const card = readCard(row, facts);
    if (card.issue) errors.push(card.issue);
    if (card.kk && seen.has(card.kk))
      errors.push(
        familyIssue(
          'REGSOSEK_KK_DUPLICATE',
          KK_HEADER,
          `KK ini sudah ada di baris ${seen.get(card.kk)}.`,
          `This family card is already on line ${seen.get(card.kk)}.`,
        ),
      );
    else if (card.kk) seen.set(card.kk, row.lineNo);
    const answers: Partial<FamilyWelfare> = {};
    for (const variable of variables) {
      const { field, answer } = VARIABLE.get(variable)!;
      const cell = row.cells[variable] ?? null;
      if (answer.kind === 'code' || answer.kind === 'yes_no') {
        const read = readCode(cell, variable, answer.kind === 'code' ? answer.codes : YES_NO);
        if (!read.ok) errors.push(read.issue);
        else
          (answers as Record<string, unknown>)[field] =
            answer.kind === 'yes_no' && read.value !== null ? yesNoOfCode(read.value) : read.value;
      } else
        (answers as Record<string, unknown>)[field] = isBlank(cell) ? null : (wholeNumberOf(cell) ?? NaN);
    }
    for (const problem of familyWelfareProblems(answers))
      errors.push({
        code: 'WELFARE_ANSWER_INVALID',
        field: FIELD_VARIABLE.get(problem.field)!,
        message: problem.message,
      });
    const received = read501(row, present, facts.today, errors);
    if (errors.length === 0 && card.kk) {
      const family = facts.cards.active.get(card.kk)!;
      const recorded = facts.recorded.get(family.id);
      const merged: FamilyWelfare = { ...blankFamilyWelfare(), ...recorded, ...answers };
      const before = recorded ?? blankFamilyWelfare();
      const changedFields = (Object.keys(merged) as (keyof FamilyWelfare)[]).filter(
        (key) => before[key] !== merged[key],
      );
      const enrolments: PlannedEnrolment[] = [];
      for (const { letter, startDate } of received) {
        const program = facts.programs.get(letter);
        if (!program) continue;
        const unitType = program.targetUnit === 'group' ? null : program.targetUnit;
        const unitId =
          unitType === 'family' ? family.id : unitType === 'household' ? family.householdId : family.headId;
        if (!unitType || !unitId) {
          warnings.push(
            familyIssue(
              'PROGRAM_UNIT_MISSING',
              `501${letter}`,
              `${program.code} untuk ${unitType === 'household' ? 'rumah tangga' : 'kepala keluarga'}, tetapi KK ini belum punya ${unitType === 'household' ? 'rumah tangga' : 'kepala keluarga'}: kepesertaan tidak dibuat.`,
              `${program.code} enrols the ${unitType === 'household' ? 'household' : 'head of the family'}, but this card has none yet: no enrolment is made.`,
            ),
          );
          continue;
        }
        const key = enrolmentKey(program.id, unitType, unitId);
        // Two cards of one household naming a household program: one enrolment.
        if (facts.open.has(key) || planning.has(key)) continue;
        planning.add(key);
        enrolments.push({ lineNo: row.lineNo, letter, programId: program.id, unitType, unitId, startDate });
      }
      planned.push({
        lineNo: row.lineNo,
        familyId: family.id,
        facts: merged,
        changedFields,
        enrolments,
        change: !recorded
          ? 'create'
          : changedFields.length > 0 || enrolments.length > 0
            ? 'update'
            : 'unchanged',
      });
    }
    for (const issue of errors) problems.push({ lineNo: row.lineNo, level: 'error', issue });
    for (const issue of warnings) problems.push({ lineNo: row.lineNo, level: 'warning', issue });
  }
  return { problems, planned };
}
