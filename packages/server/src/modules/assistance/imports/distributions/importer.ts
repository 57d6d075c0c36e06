// The distributor's list of a cycle, imported back with what was received (issue 12 §1): every line matched
// by its enrolment id to an enrolment of this village, its program and one of the program's cycles; lines
// left blank in "Diterima" are not reported yet and change nothing; a line equal to what is recorded plans
// nothing, so a re-import changes nothing. The commit writes every planned line in the pipeline's one
// transaction with the same upsert the distribution routes use.
import type { EnrolmentStatus } from '@smart-kampung/domain';
import { today } from '../../../population/registry/nik-check.ts';
import { defineImporter, ImportConflict } from '../../../../platform/imports/importer.ts';
import type { FieldChange, StagedLine } from '../../../../platform/imports/importer.ts';
import { importIssue, type RowIssue } from '../../../../platform/imports/row-issues.ts';
import { readDate, readText } from '../../../../platform/sheets/cell-values.ts';
import { lockEnrolmentsOfProgram, upsertDistributions } from '../../distributions/queries.ts';
import { readAmount, readChannel, readReceived } from './cells.ts';
import { distributionIssue, DISTRIBUTION_ISSUES } from './issues.ts';
import {
  AMOUNT,
  CHANNEL,
  CYCLE,
  DISTRIBUTION_LAYOUT,
  ENROLMENT,
  NAME,
  NOTE,
  PROGRAM,
  RECEIVED,
  RECEIVED_ON,
  type DistributionHeader,
} from './layout.ts';
import * as q from './queries.ts';

export interface DistributionLine {
  enrolmentId: string | null;
  programId: string | null;
  cycle: string | null;
  name: string | null;
  received: boolean | null;
  receivedOn: string | null;
  amount: number | null;
  channel: string | null;
  note: string | null;
}

const RECORD = 'record';
/** Statuses under which a unit can have received something (as distributions/service.ts). */
const RECEIVING: readonly EnrolmentStatus[] = ['active', 'suspended', 'exited'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const textOf = (cell: unknown) =>
  typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim() : '';

function changesFrom(
  recorded: Awaited<ReturnType<typeof q.recordedRows>>[number] | undefined,
  line: DistributionLine,
): FieldChange[] {
  const before = {
    [RECEIVED]:
      recorded?.received === undefined || recorded.received === null
        ? null
        : recorded.received
          ? 'Ya'
          : 'Tidak',
    [RECEIVED_ON]: recorded?.received_on ?? null,
    [AMOUNT]: recorded?.amount === undefined || recorded.amount === null ? null : Number(recorded.amount),
    [CHANNEL]: recorded?.channel ?? null,
    [NOTE]: recorded?.note ?? null,
  };
  const after = {
    [RECEIVED]: line.received === null ? null : line.received ? 'Ya' : 'Tidak',
    [RECEIVED_ON]: line.receivedOn,
    [AMOUNT]: line.amount,
    [CHANNEL]: line.channel,
    [NOTE]: line.note,
  };
  return (Object.keys(after) as (keyof typeof after)[]).flatMap((field) =>
    before[field] === after[field] ? [] : [{ field, from: before[field], to: after[field] }],
  );
}

export const distributionImporter = defineImporter<DistributionHeader, DistributionLine>({
  name: 'assistance-distributions',
  kind: 'assistance.distributions',
  title: { id: 'Impor hasil penyaluran', en: 'Distribution results' },
  summary:
    "Upload a cycle's distribution list (downloaded from the cycle's page) with what each unit received: Ya/Tidak, date, amount, channel",
  layout: DISTRIBUTION_LAYOUT,
  issues: DISTRIBUTION_ISSUES,
  allowPartial: true,
  auditAction: 'assistance.distribution.import',
  async check({ db, villageCode, rows, progress }) {
    const ids = [
      ...new Set(rows.map((row) => textOf(row.cells[ENROLMENT]).toLowerCase()).filter((id) => UUID.test(id))),
    ];
    const enrolments = new Map((await q.enrolmentsByIds(db, villageCode, ids)).map((e) => [e.id, e]));
    const programIds = [...new Set([...enrolments.values()].map((e) => e.program_id))];
    const cycles = new Map(
      (await q.cyclesOf(db, programIds)).map((c) => [`${c.program_id}|${c.label}`, c.amount]),
    );
    const recorded = new Map(
      (await q.recordedRows(db, villageCode, [...enrolments.keys()])).map((row) => [
        `${row.enrolment_id}|${row.cycle_label}`,
        row,
      ]),
    );
    const seen = new Map<string, number>();
    const lines = rows.map((row): StagedLine<DistributionLine> => {
      const errors: RowIssue[] = [];
      const { cells } = row;
      const id = textOf(cells[ENROLMENT]).toLowerCase();
      const enrolment = enrolments.get(id);
      const received = readReceived(cells[RECEIVED], RECEIVED, errors);
      const date = readDate(cells[RECEIVED_ON] ?? null, RECEIVED_ON, { min: '2000-01-01', max: today() });
      if (!date.ok) errors.push(date.issue);
      const amount = readAmount(cells[AMOUNT], AMOUNT, errors);
      const channel = readChannel(cells[CHANNEL], CHANNEL, errors);
      const note = readText(cells[NOTE] ?? null, NOTE, 300);
      if (!note.ok) errors.push(note.issue);
      const name = readText(cells[NAME] ?? null, NAME, 100);
      const cycle = textOf(cells[CYCLE]);
      const line: DistributionLine = {
        enrolmentId: enrolment?.id ?? null,
        programId: enrolment?.program_id ?? null,
        cycle: cycle || null,
        name: name.ok ? name.value : null,
        received,
        receivedOn: received === true && date.ok ? date.value : null,
        amount,
        channel,
        note: note.ok ? note.value : null,
      };
      if (date.ok && date.value !== null && received !== true)
        errors.push(
          distributionIssue(
            'DIST_DATE_NOT_RECEIVED',
            RECEIVED_ON,
            'Tanggal terima diisi, tetapi Diterima bukan Ya.',
            'A date received is given, but Received is not Ya.',
          ),
        );
      if (id === '') errors.push(importIssue.required(ENROLMENT));
      else if (!enrolment)
        errors.push(
          distributionIssue(
            'DIST_ENROLMENT_UNKNOWN',
            ENROLMENT,
            'ID Kepesertaan ini tidak ada di desa ini; pakai daftar yang diunduh dari desa ini.',
            'This enrolment id is not in this village; use the list downloaded for this village.',
          ),
        );
      else if (textOf(cells[PROGRAM]).toUpperCase() !== enrolment.code)
        errors.push(
          distributionIssue(
            'DIST_PROGRAM_MISMATCH',
            PROGRAM,
            `Kepesertaan ini pada program ${enrolment.code}, bukan "${textOf(cells[PROGRAM]).slice(0, 30)}".`,
            `This enrolment is in program ${enrolment.code}, not "${textOf(cells[PROGRAM]).slice(0, 30)}".`,
          ),
        );
      else if (!cycles.has(`${enrolment.program_id}|${cycle}`))
        errors.push(
          distributionIssue(
            'DIST_CYCLE_UNKNOWN',
            CYCLE,
            `Program ${enrolment.code} tidak punya siklus "${cycle.slice(0, 20)}".`,
            `The program ${enrolment.code} has no cycle "${cycle.slice(0, 20)}".`,
          ),
        );
      else if (received !== null && !RECEIVING.includes(enrolment.status as EnrolmentStatus))
        errors.push(
          distributionIssue(
            'DIST_NOT_RECEIVING',
            ENROLMENT,
            'Kepesertaan ini belum aktif, jadi belum bisa menerima.',
            'This enrolment is not active yet, so it cannot have received.',
          ),
        );
      const key = `${line.enrolmentId}|${line.cycle}`;
      if (errors.length === 0 && line.enrolmentId !== null) {
        const earlier = seen.get(key);
        if (earlier !== undefined)
          errors.push(
            distributionIssue(
              'DIST_TWICE',
              ENROLMENT,
              `Kepesertaan dan siklus ini sudah ada di baris ${earlier}.`,
              `This enrolment and cycle are on line ${earlier} already.`,
            ),
          );
        else seen.set(key, row.lineNo);
      }
      // A cash program's unit reported as received without an amount got what was due.
      if (enrolment && received === true && line.amount === null && enrolment.benefit_kind === 'cash') {
        const due = cycles.get(`${enrolment.program_id}|${cycle}`) ?? enrolment.benefit_amount;
        line.amount = due === null || due === undefined ? null : Number(due);
      }
      // Not reported yet (Diterima left empty): nothing to record.
      if (errors.length > 0 || received === null)
        return { lineNo: row.lineNo, action: null, errors, warnings: [], changes: null, data: line };
      const changes = changesFrom(recorded.get(key), line);
      return {
        lineNo: row.lineNo,
        action: changes.length > 0 ? RECORD : null,
        errors,
        warnings: [],
        changes: changes.length > 0 ? changes : null,
        data: line,
      };
    });
    await progress(rows.length);
    return lines;
  },
  subject: (line) => ({ identifierMasked: null, secondaryMasked: null, name: line.name, birthDate: null }),
  async commit({ trx, villageCode, actor, lines, progress }) {
    const planned: DistributionLine[] = [];
    for (let after = 0; ;) {
      const page = await lines(after, 5000);
      if (page.length === 0) break;
      planned.push(...page.filter((l) => l.action === RECORD && l.errors.length === 0).map((l) => l.data));
      after = page[page.length - 1]!.lineNo;
    }
    const groups = new Map<string, DistributionLine[]>();
    for (const line of planned) {
      const key = `${line.programId}|${line.cycle}`;
      groups.set(key, [...(groups.get(key) ?? []), line]);
    }
    let recorded = 0;
    const cyclesWritten: { programId: string; cycle: string; lines: number }[] = [];
    for (const group of groups.values()) {
      const { programId, cycle } = group[0]! as { programId: string; cycle: string };
      const ids = group.map((line) => line.enrolmentId!);
      // The enrolments are held while their rows are written; one gone since the check stops the import.
      const locked = await lockEnrolmentsOfProgram(trx, villageCode, programId, ids);
      if (locked.length !== new Set(ids).size)
        throw new ImportConflict({
          id: 'Data kepesertaan berubah sejak berkas diperiksa. Tidak ada yang disimpan; unggah berkas lagi.',
          en: 'Enrolments changed since the file was checked. Nothing was saved; upload the file again.',
        });
      recorded += await upsertDistributions(
        trx,
        villageCode,
        programId,
        cycle,
        group.map((line) => ({
          enrolment_id: line.enrolmentId!,
          received: line.received,
          received_on: line.receivedOn,
          amount: line.amount,
          channel: line.channel,
          note: line.note,
        })),
        actor.id,
      );
      cyclesWritten.push({ programId, cycle, lines: group.length });
    }
    progress(planned.length, planned.length);
    return { counts: { recorded }, auditDetails: { cycles: cyclesWritten } };
  },
});
