// The plain program file (layout.ts): each line names its program by code, so one file may hold several
// programs. Lines are independent, so the operator may save the valid ones and leave the rest.
import { defineImporter } from '../../../../platform/imports/importer.ts';
import type { RowIssue } from '../../../../platform/imports/row-issues.ts';
import { readText } from '../../../../platform/sheets/cell-values.ts';
import { commitEnrolmentLines } from '../enrolments/commit.ts';
import { readCivilNumber, readShortText, readStartDate, readStatus } from '../enrolments/cells.ts';
import { ENROLMENT_ISSUES } from '../enrolments/issues.ts';
import {
  enrolmentSubject,
  planEnrolmentLines,
  type EnrolmentLine,
  type LineRequest,
} from '../enrolments/plan.ts';
import { programLookup } from '../enrolments/programs.ts';
import { CARD, KK, NIK, PLAIN_LAYOUT, PROGRAM, RTM, START, STATUS, type PlainHeader } from './layout.ts';
import { importIssue } from '../../../../platform/imports/row-issues.ts';

export const plainProgramImporter = defineImporter<PlainHeader, EnrolmentLine>({
  name: 'assistance-plain',
  kind: 'assistance.plain',
  title: { id: 'Impor peserta program (CSV sederhana)', en: 'Program participants (plain CSV)' },
  summary:
    'Upload program participants as a plain CSV: program code, NIK or KK number, card number, start date',
  layout: PLAIN_LAYOUT,
  issues: ENROLMENT_ISSUES,
  allowPartial: true,
  auditAction: 'assistance.enrolment_import',
  async check({ db, villageCode, rows, progress }) {
    const keys = rows.flatMap((row) => {
      const read = readText(row.cells[PROGRAM] ?? null, PROGRAM, 200);
      return read.ok && read.value !== null ? [read.value] : [];
    });
    const lookup = await programLookup(db, villageCode, keys);
    const requests: LineRequest[] = rows.map((row) => {
      const issues: RowIssue[] = [];
      const key = readShortText(row.cells[PROGRAM], PROGRAM, 200, issues);
      if (key === null && issues.length === 0) issues.push(importIssue.required(PROGRAM));
      const found = key === null ? null : lookup(key, PROGRAM);
      if (found && 'issue' in found) issues.push(found.issue);
      const nik = readCivilNumber(row.cells[NIK], NIK, 'nik', issues);
      const kk = readCivilNumber(row.cells[KK], KK, 'kk', issues);
      const program = found && 'program' in found ? found.program : null;
      return {
        lineNo: row.lineNo,
        issues,
        program,
        newProgram: null,
        query: {
          targetUnit: program?.targetUnit ?? 'resident',
          nik,
          kk,
          householdNo: readShortText(row.cells[RTM], RTM, 60, issues),
          groupCode: null,
        },
        cardNumber: readShortText(row.cells[CARD], CARD, 60, issues),
        startDate: readStartDate(row.cells[START], START, issues),
        status: readStatus(row.cells[STATUS], STATUS, issues),
        subject: { nik, kk, name: null, birthDate: null },
      };
    });
    const lines = await planEnrolmentLines(db, villageCode, requests, {
      nik: NIK,
      kk: KK,
      household: RTM,
      group: PROGRAM,
      card: CARD,
      start: START,
      status: STATUS,
    });
    await progress(rows.length);
    return lines;
  },
  subject: enrolmentSubject,
  commit: commitEnrolmentLines,
});
