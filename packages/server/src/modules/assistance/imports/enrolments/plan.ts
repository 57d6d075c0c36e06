// From lines whose cells are read to staged lines: each participant matched against the registry (match.ts),
// compared with the open enrolment it may already have, and planned as a new enrolment, a change of card
// number, start date or status, or nothing (a re-import of the same file plans nothing). The registry is
// read by key lists once per file.
import type { EnrolmentStatus, TargetUnit } from '@smart-kampung/domain';
import { canChangeEnrolment, ENROLMENT_STATUS_LABELS } from '@smart-kampung/domain';
import type { Db } from '../../../../db/database.ts';
import type { IdentifierMasks } from '../../../../platform/identifiers/identifier-masks.ts';
import type { FieldChange, LineSubject, StagedLine } from '../../../../platform/imports/importer.ts';
import type { RowIssue } from '../../../../platform/imports/row-issues.ts';
import { enrolmentIssue } from './issues.ts';
import {
  matchParticipant,
  unitKey,
  type MatchedUnit,
  type OpenEnrolmentFact,
  type ParticipantQuery,
  type RegistryFacts,
} from './match.ts';
import * as q from './queries.ts';

/** The program a line enrols into: a recorded one, or the one the file makes (id null until the commit). */
export interface ProgramRef {
  id: string | null;
  code: string;
  name: string;
  targetUnit: TargetUnit;
}

/** A village program the commit makes first (OpenSID's program sheet naming no known program). */
export interface NewProgramSpec {
  code: string;
  name: string;
  description: string | null;
  fundSource: string;
  targetUnit: TargetUnit;
  periodStart: string | null;
  periodEnd: string | null;
  opensidId: string | null;
}

export interface LineRequest {
  lineNo: number;
  /** Issues found reading the cells. */
  issues: RowIssue[];
  program: ProgramRef | null;
  newProgram: NewProgramSpec | null;
  query: ParticipantQuery;
  cardNumber: string | null;
  startDate: string | null;
  /** The file's status; null: active for a new enrolment, unchanged for a recorded one. */
  status: EnrolmentStatus | null;
  subject: { nik: string | null; kk: string | null; name: string | null; birthDate: string | null };
}

export interface EnrolmentLine {
  program: ProgramRef | null;
  newProgram: NewProgramSpec | null;
  unit: Omit<MatchedUnit, 'resident'> | null;
  existing: OpenEnrolmentFact | null;
  status: EnrolmentStatus;
  cardNumber: string | null;
  startDate: string | null;
  subject: LineRequest['subject'];
}

export const ENROL = 'enrol';
export const UPDATE = 'update';

export interface PlanFields {
  nik: string;
  kk: string;
  household: string;
  group: string;
  card: string;
  start: string;
  status: string;
}

async function loadFacts(
  db: Db,
  villageCode: string,
  requests: readonly LineRequest[],
): Promise<RegistryFacts> {
  const niks = new Set<string>();
  const kks = new Set<string>();
  const numbers = new Set<string>();
  for (const { query } of requests) {
    if (query.nik !== null) niks.add(query.nik);
    if (query.kk !== null) kks.add(query.kk);
    if (query.householdNo !== null) numbers.add(query.householdNo);
  }
  const residents = await q.residentsByNik(db, villageCode, [...niks]);
  const families = await q.familiesByKk(db, villageCode, [...kks]);
  const households = await q.householdsByNumber(db, villageCode, [...numbers]);
  const householdIds = new Map<string, string[]>();
  for (const row of households)
    householdIds.set(row.household_no!, [...(householdIds.get(row.household_no!) ?? []), row.id]);
  return {
    residents: new Map(
      residents.map((row) => [
        row.nik,
        {
          id: row.id,
          nik: row.nik,
          fullName: row.full_name,
          birthDate: row.birth_date,
          birthPlace: row.birth_place,
          // OpenSID's penduduk_hidup: present (1); a card replaced by a split or merge is no card.
          present: row.status_code === 1,
          familyId: row.family_active ? row.family_id : null,
          kkNumber: row.family_active ? row.kk_number : null,
          householdId: row.family_active ? row.household_id : null,
        },
      ]),
    ),
    families: new Map(families.map((row) => [row.kk_number, { id: row.id, householdId: row.household_id }])),
    households: householdIds,
  };
}

async function loadOpenEnrolments(db: Db, villageCode: string, requests: readonly LineRequest[]) {
  const programIds = [...new Set(requests.flatMap((r) => (r.program?.id ? [r.program.id] : [])))];
  const open = new Map<string, OpenEnrolmentFact>();
  if (programIds.length === 0) return open;
  for (const row of await q.openEnrolments(db, villageCode, programIds)) {
    const key = unitKey(row.program_id, {
      unitType: row.unit_type as TargetUnit,
      residentId: row.resident_id,
      familyId: row.family_id,
      householdId: row.household_id,
      groupCode: row.group_code,
    });
    open.set(key, {
      id: row.id,
      status: row.status as EnrolmentStatus,
      cardNumber: row.card_number,
      startDate: row.start_date,
    });
  }
  return open;
}

/** What the file changes on a recorded enrolment, as the review shows it. */
function changesOf(existing: OpenEnrolmentFact, line: EnrolmentLine, fields: PlanFields): FieldChange[] {
  const changes: FieldChange[] = [];
  if (existing.cardNumber !== line.cardNumber)
    changes.push({ field: fields.card, from: existing.cardNumber, to: line.cardNumber });
  if (existing.startDate !== line.startDate)
    changes.push({ field: fields.start, from: existing.startDate, to: line.startDate });
  if (existing.status !== line.status)
    changes.push({
      field: fields.status,
      from: ENROLMENT_STATUS_LABELS[existing.status].id,
      to: ENROLMENT_STATUS_LABELS[line.status].id,
    });
  return changes;
}

export async function planEnrolmentLines(
  db: Db,
  villageCode: string,
  requests: readonly LineRequest[],
  fields: PlanFields,
): Promise<StagedLine<EnrolmentLine>[]> {
  const facts = await loadFacts(db, villageCode, requests);
  const open = await loadOpenEnrolments(db, villageCode, requests);
  const seen = new Map<string, number>();
  return requests.map((request) => {
    const errors = [...request.issues];
    const warnings: RowIssue[] = [];
    const line: EnrolmentLine = {
      program: request.program,
      newProgram: request.newProgram,
      unit: null,
      existing: null,
      status: request.status ?? 'active',
      cardNumber: request.cardNumber,
      startDate: request.startDate,
      subject: request.subject,
    };
    const staged = (
      action: string | null,
      changes: FieldChange[] | null = null,
    ): StagedLine<EnrolmentLine> => ({
      lineNo: request.lineNo,
      action: errors.length > 0 ? null : action,
      errors,
      warnings,
      changes,
      data: line,
    });
    if (request.program === null || errors.length > 0) return staged(null);
    const match = matchParticipant(request.query, facts, fields);
    if (!match.ok) {
      errors.push(match.issue);
      return staged(null);
    }
    const { resident, ...unit } = match.unit;
    line.unit = unit;
    if (resident) line.subject = { ...line.subject, name: line.subject.name ?? resident.fullName };
    const key = unitKey(request.program.id ?? 'new', unit);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push(
        enrolmentIssue(
          'ASSIST_DUPLICATE',
          fields.nik,
          `Peserta ini sudah ada di baris ${earlier} untuk program yang sama.`,
          `This participant is on line ${earlier} for the same program already.`,
        ),
      );
      return staged(null);
    }
    seen.set(key, request.lineNo);
    const existing = open.get(key) ?? null;
    if (existing === null) return staged(ENROL);
    line.existing = existing;
    line.status = request.status ?? existing.status;
    if (line.status !== existing.status && !canChangeEnrolment(existing.status, line.status)) {
      errors.push(
        enrolmentIssue(
          'ASSIST_STATUS_CHANGE_REFUSED',
          fields.status,
          `Status tercatat "${ENROLMENT_STATUS_LABELS[existing.status].id}" tidak bisa diubah menjadi "${ENROLMENT_STATUS_LABELS[line.status].id}".`,
          `The recorded status "${ENROLMENT_STATUS_LABELS[existing.status].en}" cannot change to "${ENROLMENT_STATUS_LABELS[line.status].en}".`,
        ),
      );
      return staged(null);
    }
    // A file without a card number or start date leaves the recorded ones alone.
    line.cardNumber = request.cardNumber ?? existing.cardNumber;
    line.startDate = request.startDate ?? existing.startDate;
    const changes = changesOf(existing, line, fields);
    if (changes.length === 0) return staged(null);
    if (changes.some((change) => change.field !== fields.status))
      warnings.push(
        enrolmentIssue(
          'ASSIST_CARD_DIFFERS',
          fields.card,
          'Peserta sudah terdaftar; no. kartu atau tanggal mulai diganti dengan isi berkas.',
          'The participant is enrolled already; the card number or start date is replaced by the file’s.',
        ),
      );
    return staged(UPDATE, changes);
  });
}

/** Who a line is about: its NIK masked (or its KK number when it gives no NIK), its name and birth date. */
export function enrolmentSubject(line: EnrolmentLine, masks: IdentifierMasks): LineSubject {
  const { nik, kk, name, birthDate } = line.subject;
  return {
    identifierMasked: nik !== null ? masks.civil(nik) : kk !== null ? masks.civil(kk) : null,
    secondaryMasked: nik !== null && kk !== null ? masks.civil(kk) : null,
    name,
    birthDate,
  };
}
