// OpenDK's program exchange (layout.ts): the village's participants, each matched against the registry by
// the unit its program's sasaran enrols (a NIK, a KK number, a household number or a group code in
// `peserta`, the card holder's NIK in `kartu_nik`, which must belong to it), the programs resolved from the
// programs file (program-file.ts). Lines of another village (desa_id) are refused on their line. The card's
// name, birth place and address are the registry's, so they are shown, not stored; kartu_peserta (a card
// photo in OpenSID) and kartu_id_pend (OpenSID's row id) mean nothing here.
import { TARGET_UNIT_LABELS } from '@smart-kampung/domain';
import { defineImporter } from '../../../../platform/imports/importer.ts';
import { importIssue, type RowIssue } from '../../../../platform/imports/row-issues.ts';
import type { RawRow } from '../../../../platform/sheets/read-sheet.ts';
import { readVillageCode } from '../../../population/resident-import/formats/opendk/village-code.ts';
import { commitEnrolmentLines } from '../enrolments/commit.ts';
import { readBirthDate, readCivilNumber, readShortText } from '../enrolments/cells.ts';
import {
  enrolmentSubject,
  planEnrolmentLines,
  type EnrolmentLine,
  type LineRequest,
} from '../enrolments/plan.ts';
import { targetUnitOf } from '../opensid/program-sheet.ts';
import { opendkIssue, OPENDK_PROGRAM_ISSUES } from './issues.ts';
import { OPENDK_PROGRAM_LAYOUT, type OpendkParticipantHeader } from './layout.ts';
import { opendkId, programsMadeEarlier, programsOfFile, type ProgramsById } from './program-file.ts';

function villageIssue(row: RawRow<OpendkParticipantHeader>, villageCode: string): RowIssue | null {
  const read = readVillageCode(row.cells.desa_id ?? null);
  if (read.kind === 'empty') return importIssue.required('desa_id');
  if (read.kind === 'code' && read.code === villageCode) return null;
  const written = read.kind === 'code' ? read.code : read.text;
  return opendkIssue(
    'ASSIST_OTHER_VILLAGE',
    'desa_id',
    `desa_id "${written}" bukan desa ini (${villageCode}); baris ini tidak diimpor.`,
    `desa_id "${written}" is not this village (${villageCode}); the line is not imported.`,
  );
}

/** The line's program, or why it has none. */
function programOfLine(
  row: RawRow<OpendkParticipantHeader>,
  programs: ProgramsById,
  withProgramFile: boolean,
  issues: RowIssue[],
) {
  const id = opendkId(row.cells.program_id);
  if (id === null) {
    issues.push(importIssue.required('program_id'));
    return null;
  }
  const found = programs.get(id);
  if (!found) {
    issues.push(
      withProgramFile
        ? opendkIssue(
            'ASSIST_PROGRAM_UNKNOWN',
            'program_id',
            `Program dengan id ${id} tidak ada di berkas program desa ini.`,
            `No program with id ${id} is in this village's program file.`,
          )
        : opendkIssue(
            'ASSIST_PROGRAM_UNKNOWN',
            'program_id',
            `Program dengan id ${id} belum pernah diimpor ke desa ini; unggah zip berisi berkas program dan pesertanya.`,
            `No program with id ${id} was imported into this village before; upload the zip with the program file and its participants.`,
          ),
    );
    return null;
  }
  if ('problem' in found) {
    issues.push(
      opendkIssue('ASSIST_PROGRAM_SHEET_INVALID', 'program_id', found.problem.id, found.problem.en),
    );
    return null;
  }
  return found;
}

/** A line whose program is unknown or of another village: its unit cannot be read, only reported. */
const withoutProgram = (lineNo: number, issues: RowIssue[]): LineRequest => ({
  lineNo,
  issues,
  program: null,
  newProgram: null,
  query: { targetUnit: 'resident', nik: null, kk: null, householdNo: null, groupCode: null },
  cardNumber: null,
  startDate: null,
  status: null,
  subject: { nik: null, kk: null, name: null, birthDate: null },
});

export const opendkProgramImporter = defineImporter<OpendkParticipantHeader, EnrolmentLine>({
  name: 'assistance-opendk',
  kind: 'assistance.opendk',
  title: { id: 'Impor program bantuan OpenDK', en: "OpenDK's program exchange" },
  summary:
    "Upload OpenDK's program exchange: the zip holding the programs CSV and the participants CSV, or the participants CSV alone for programs imported before",
  layout: OPENDK_PROGRAM_LAYOUT,
  issues: OPENDK_PROGRAM_ISSUES,
  allowPartial: true,
  auditAction: 'assistance.enrolment_import',
  async check({ db, villageCode, rows, companion, progress }) {
    const withProgramFile = (companion ?? []).length > 0;
    const programs = withProgramFile
      ? await programsOfFile(db, villageCode, companion ?? [])
      : await programsMadeEarlier(
          db,
          villageCode,
          rows.flatMap((row) => opendkId(row.cells.program_id) ?? []),
        );
    const requests: LineRequest[] = rows.map((row) => {
      const issues: RowIssue[] = [];
      const wrongVillage = villageIssue(row, villageCode);
      if (wrongVillage) issues.push(wrongVillage);
      const found = wrongVillage ? null : programOfLine(row, programs, withProgramFile, issues);
      const program = found?.program ?? null;
      if (program === null) return withoutProgram(row.lineNo, issues);
      const targetUnit = program.targetUnit;
      const lineUnit = targetUnitOf(row.cells.sasaran ?? null);
      if (lineUnit && lineUnit !== targetUnit)
        issues.push(
          opendkIssue(
            'ASSIST_WRONG_UNIT',
            'sasaran',
            `Sasaran baris ini ${TARGET_UNIT_LABELS[lineUnit].id}, sedangkan program "${program.name}" bersasaran ${TARGET_UNIT_LABELS[targetUnit].id}.`,
            `This line's sasaran is ${TARGET_UNIT_LABELS[lineUnit].en}; the program "${program.name}" targets ${TARGET_UNIT_LABELS[targetUnit].en}.`,
          ),
        );
      const cardNik = readCivilNumber(row.cells.kartu_nik, 'kartu_nik', 'nik', issues);
      const participant =
        targetUnit === 'resident' || targetUnit === 'family'
          ? readCivilNumber(row.cells.peserta, 'peserta', targetUnit === 'family' ? 'kk' : 'nik', issues)
          : readShortText(row.cells.peserta, 'peserta', 60, issues);
      if (participant === null && !issues.some((issue) => issue.field === 'peserta'))
        issues.push(importIssue.required('peserta'));
      if (targetUnit === 'resident' && participant !== null && cardNik !== null && participant !== cardNik)
        issues.push(
          opendkIssue(
            'ASSIST_WRONG_UNIT',
            'peserta',
            'Program ini untuk penduduk: kolom peserta harus NIK yang sama dengan kartu_nik.',
            'This program enrols residents: the peserta column must be the same NIK as kartu_nik.',
          ),
        );
      const nik = targetUnit === 'resident' ? (participant ?? cardNik) : cardNik;
      const birthDate = readBirthDate(row.cells.kartu_tanggal_lahir, 'kartu_tanggal_lahir', issues);
      readShortText(row.cells.kartu_tempat_lahir, 'kartu_tempat_lahir', 100, issues);
      readShortText(row.cells.kartu_alamat, 'kartu_alamat', 300, issues);
      const kk = targetUnit === 'family' ? participant : null;
      return {
        lineNo: row.lineNo,
        issues,
        program,
        newProgram: found?.newProgram ?? null,
        query: {
          targetUnit,
          nik,
          kk,
          householdNo: targetUnit === 'household' ? participant : null,
          groupCode: targetUnit === 'group' ? participant : null,
        },
        cardNumber: readShortText(row.cells.no_id_kartu, 'no_id_kartu', 100, issues),
        // OpenDK's exchange has no start date nor status: a recorded one stays, a new enrolment is active.
        startDate: null,
        status: null,
        subject: { nik, kk, name: readShortText(row.cells.kartu_nama, 'kartu_nama', 100, issues), birthDate },
      };
    });
    const lines = await planEnrolmentLines(db, villageCode, requests, {
      nik: 'kartu_nik',
      kk: 'peserta',
      household: 'peserta',
      group: 'peserta',
      card: 'no_id_kartu',
      start: 'no_id_kartu',
      status: 'program_id',
    });
    await progress(rows.length);
    return lines;
  },
  subject: enrolmentSubject,
  commit: commitEnrolmentLines,
});
