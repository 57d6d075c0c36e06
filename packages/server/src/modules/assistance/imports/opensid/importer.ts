// OpenSID's program import (layout.ts): one program and its participants. The program sheet is read first;
// when it cannot be used, every participant line says why and nothing can be saved. A participant is the
// NIK, KK number, household number or group code the program's sasaran asks for, with the NIK of the
// person on the card, which must belong to it (OpenSID's cek_peserta); the card's name, birth place and
// address are the registry's, so they are shown, not stored.
import { defineImporter } from '../../../../platform/imports/importer.ts';
import type { RowIssue } from '../../../../platform/imports/row-issues.ts';
import { commitEnrolmentLines } from '../enrolments/commit.ts';
import { readBirthDate, readCivilNumber, readShortText } from '../enrolments/cells.ts';
import { ENROLMENT_ISSUES, enrolmentIssue } from '../enrolments/issues.ts';
import {
  enrolmentSubject,
  planEnrolmentLines,
  type EnrolmentLine,
  type LineRequest,
} from '../enrolments/plan.ts';
import { importIssue } from '../../../../platform/imports/row-issues.ts';
import {
  ADDRESS,
  BIRTH_DATE,
  BIRTH_PLACE,
  CARD,
  NAME,
  NIK,
  OPENSID_PROGRAM_LAYOUT,
  PARTICIPANT,
  PROGRAM_SHEET,
  type OpensidProgramHeader,
} from './layout.ts';
import { programOfFile, type ProgramOfFile } from './program-match.ts';
import { readProgramSheet } from './program-sheet.ts';

export const opensidProgramImporter = defineImporter<OpensidProgramHeader, EnrolmentLine>({
  name: 'assistance-opensid',
  kind: 'assistance.opensid',
  title: { id: 'Impor program bantuan OpenSID', en: "OpenSID's program import" },
  summary:
    "Upload one program and its participants in OpenSID's program import file (sheets Program and Peserta)",
  layout: OPENSID_PROGRAM_LAYOUT,
  issues: ENROLMENT_ISSUES,
  allowPartial: true,
  auditAction: 'assistance.enrolment_import',
  async check({ db, villageCode, rows, keyValues, progress }) {
    const sheet = readProgramSheet(keyValues ?? []);
    const found: ProgramOfFile =
      'problems' in sheet
        ? {
            problem: {
              id: sheet.problems.map((p) => p.id).join(' '),
              en: sheet.problems.map((p) => p.en).join(' '),
            },
          }
        : await programOfFile(db, villageCode, sheet.sheet);
    const requests: LineRequest[] = rows.map((row) => {
      const issues: RowIssue[] = [];
      if ('problem' in found)
        issues.push(
          enrolmentIssue('ASSIST_PROGRAM_SHEET_INVALID', PROGRAM_SHEET, found.problem.id, found.problem.en),
        );
      const program = 'problem' in found ? null : found.program;
      const targetUnit = program?.targetUnit ?? 'resident';
      const nik = readCivilNumber(row.cells[NIK], NIK, 'nik', issues);
      if (nik === null && !issues.some((issue) => issue.field === NIK))
        issues.push(importIssue.required(NIK));
      const participantKind = targetUnit === 'family' ? 'kk' : 'nik';
      const participant =
        targetUnit === 'resident' || targetUnit === 'family'
          ? readCivilNumber(row.cells[PARTICIPANT], PARTICIPANT, participantKind, issues)
          : readShortText(row.cells[PARTICIPANT], PARTICIPANT, 60, issues);
      if (participant === null && !issues.some((issue) => issue.field === PARTICIPANT))
        issues.push(importIssue.required(PARTICIPANT));
      if (targetUnit === 'resident' && participant !== null && nik !== null && participant !== nik)
        issues.push(
          enrolmentIssue(
            'ASSIST_WRONG_UNIT',
            PARTICIPANT,
            'Program ini untuk penduduk: kolom Peserta harus NIK yang sama dengan kolom NIK.',
            'This program enrols residents: the Peserta column must be the same NIK as the NIK column.',
          ),
        );
      const birthDate = readBirthDate(row.cells[BIRTH_DATE], BIRTH_DATE, issues);
      readShortText(row.cells[BIRTH_PLACE], BIRTH_PLACE, 100, issues);
      readShortText(row.cells[ADDRESS], ADDRESS, 300, issues);
      return {
        lineNo: row.lineNo,
        issues,
        program,
        newProgram: 'problem' in found ? null : found.newProgram,
        query: {
          targetUnit,
          nik,
          kk: targetUnit === 'family' ? participant : null,
          householdNo: targetUnit === 'household' ? participant : null,
          groupCode: targetUnit === 'group' ? participant : null,
        },
        cardNumber: readShortText(row.cells[CARD], CARD, 60, issues),
        // OpenSID's participant sheet has no start date: a recorded one stays, a new enrolment has none.
        startDate: null,
        status: null,
        subject: {
          nik,
          kk: targetUnit === 'family' ? participant : null,
          name: readShortText(row.cells[NAME], NAME, 100, issues),
          birthDate,
        },
      };
    });
    const lines = await planEnrolmentLines(db, villageCode, requests, {
      nik: NIK,
      kk: PARTICIPANT,
      household: PARTICIPANT,
      group: PARTICIPANT,
      card: CARD,
      start: CARD,
      status: PROGRAM_SHEET,
    });
    await progress(rows.length);
    return lines;
  },
  subject: enrolmentSubject,
  commit: commitEnrolmentLines,
});
