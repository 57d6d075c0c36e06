// The commit every program file shares, inside the pipeline's transaction: the programs the file makes (if
// any) first, then every new enrolment and its first history row in two statements, then the changed ones
// in two more. An update applies only where the enrolment is still as the check saw it; a unit enrolled
// meanwhile trips the open-enrolment unique index. Either way the whole import rolls back and the operator
// uploads again.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../../db/database.ts';
import {
  ImportConflict,
  type CommitInput,
  type CommitResult,
} from '../../../../platform/imports/importer.ts';
import { ENROL, UPDATE, type EnrolmentLine } from './plan.ts';
import * as q from './queries.ts';

const PAGE = 5000;

const MOVED_MEANWHILE = {
  id: 'Data kepesertaan berubah sejak berkas diperiksa. Tidak ada yang disimpan; unggah berkas lagi.',
  en: 'Enrolments changed since the file was checked. Nothing was saved; upload the file again.',
};

async function allLines(input: CommitInput<EnrolmentLine>) {
  const lines = [];
  for (let after = 0; ;) {
    const page = await input.lines(after, PAGE);
    if (page.length === 0) return lines;
    lines.push(...page);
    after = page[page.length - 1]!.lineNo;
  }
}

/** The programs the file makes (one for OpenSID's file, any number for OpenDK's), each once, by code. */
async function programsMade(trx: Db, input: CommitInput<EnrolmentLine>, lines: readonly EnrolmentLine[]) {
  const made = new Map<string, string>();
  for (const line of lines) {
    const spec = line.program?.id === null ? line.newProgram : null;
    if (!spec || made.has(spec.code)) continue;
    const id = randomUUID();
    await q.insertVillageProgram(trx, {
      ...spec,
      id,
      villageCode: input.villageCode,
      actorId: input.actor.id,
    });
    made.set(spec.code, id);
  }
  return made;
}

export async function commitEnrolmentLines(input: CommitInput<EnrolmentLine>): Promise<CommitResult> {
  const { trx, villageCode, jobId, actor } = input;
  const staged = await allLines(input);
  const lines = staged.filter((line) => line.action !== null && line.errors.length === 0);
  const made = await programsMade(
    trx,
    input,
    lines.map((line) => line.data),
  );
  const inserts: q.NewEnrolments = {
    ids: [],
    programIds: [],
    unitTypes: [],
    residentIds: [],
    familyIds: [],
    householdIds: [],
    groupCodes: [],
    statuses: [],
    cardNumbers: [],
    startDates: [],
  };
  const updates: q.EnrolmentUpdates = {
    ids: [],
    oldStatuses: [],
    oldCards: [],
    oldStarts: [],
    statuses: [],
    cardNumbers: [],
    startDates: [],
  };
  const programs = new Set<string>();
  for (const { action, data } of lines) {
    const programId = data.program?.id ?? made.get(data.program?.code ?? '');
    if (!programId || !data.unit) continue;
    programs.add(programId);
    if (action === ENROL) {
      inserts.ids.push(randomUUID());
      inserts.programIds.push(programId);
      inserts.unitTypes.push(data.unit.unitType);
      inserts.residentIds.push(data.unit.residentId);
      inserts.familyIds.push(data.unit.familyId);
      inserts.householdIds.push(data.unit.householdId);
      inserts.groupCodes.push(data.unit.groupCode);
      inserts.statuses.push(data.status);
      inserts.cardNumbers.push(data.cardNumber);
      inserts.startDates.push(data.startDate);
    } else if (action === UPDATE && data.existing) {
      updates.ids.push(data.existing.id);
      updates.oldStatuses.push(data.existing.status);
      updates.oldCards.push(data.existing.cardNumber);
      updates.oldStarts.push(data.existing.startDate);
      updates.statuses.push(data.status);
      updates.cardNumbers.push(data.cardNumber);
      updates.startDates.push(data.startDate);
    }
  }
  await q.insertFileEnrolments(trx, villageCode, jobId, actor.id, inserts);
  const changed = await q.updateFileEnrolments(trx, villageCode, jobId, actor.id, updates);
  if (changed !== updates.ids.length) throw new ImportConflict(MOVED_MEANWHILE);
  input.progress(lines.length, lines.length);
  return {
    counts: { enrolled: inserts.ids.length, updated: updates.ids.length },
    auditDetails: {
      programIds: [...programs],
      ...(made.size > 0 ? { programsCreated: [...made].map(([code, id]) => ({ code, id })) } : {}),
    },
  };
}
