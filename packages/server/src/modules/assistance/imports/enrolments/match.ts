// Matching a participant line against the registry, the same for every program file: the unit the program
// enrols (a resident by NIK, a family by KK number, a household by its number or through a member's card, a
// group by its code), or why not: not found, ambiguous, or the wrong unit. The facts are read once per file
// (facts.ts); this is pure, so the check and the commit's re-check agree.
import type { EnrolmentStatus, TargetUnit } from '@smart-kampung/domain';
import type { RowIssue } from '../../../../platform/imports/row-issues.ts';
import { enrolmentIssue } from './issues.ts';

export interface ResidentFact {
  id: string;
  nik: string;
  fullName: string;
  birthDate: string;
  birthPlace: string | null;
  present: boolean;
  familyId: string | null;
  kkNumber: string | null;
  householdId: string | null;
}

export interface RegistryFacts {
  residents: ReadonlyMap<string, ResidentFact>;
  families: ReadonlyMap<string, { id: string; householdId: string | null }>;
  households: ReadonlyMap<string, readonly string[]>;
}

/** What a line asks for, its cells already read. */
export interface ParticipantQuery {
  targetUnit: TargetUnit;
  nik: string | null;
  kk: string | null;
  householdNo: string | null;
  groupCode: string | null;
}

export interface MatchedUnit {
  unitType: TargetUnit;
  residentId: string | null;
  familyId: string | null;
  householdId: string | null;
  groupCode: string | null;
  /** The resident the line names (its NIK), for the review table. */
  resident: ResidentFact | null;
}

export type MatchResult = { ok: true; unit: MatchedUnit } | { ok: false; issue: RowIssue };

const unitOf = (
  unitType: TargetUnit,
  ids: Partial<Omit<MatchedUnit, 'unitType' | 'resident'>>,
  resident: ResidentFact | null,
): MatchResult => ({
  ok: true,
  unit: {
    unitType,
    residentId: ids.residentId ?? null,
    familyId: ids.familyId ?? null,
    householdId: ids.householdId ?? null,
    groupCode: ids.groupCode ?? null,
    resident,
  },
});

const fail = (issue: RowIssue): MatchResult => ({ ok: false, issue });

const notFound = (field: string, what: { id: string; en: string }) =>
  fail(
    enrolmentIssue(
      'ASSIST_NOT_FOUND',
      field,
      `${what.id} tidak ditemukan di data penduduk desa ini.`,
      `${what.en} is not in this village's registry.`,
    ),
  );

const wrongUnit = (field: string, id: string, en: string) =>
  fail(enrolmentIssue('ASSIST_WRONG_UNIT', field, id, en));

/** The resident a NIK names, present in this village (a dead or moved resident is not a participant). */
function residentOf(facts: RegistryFacts, nik: string, field: string): MatchResult | ResidentFact {
  const resident = facts.residents.get(nik);
  if (!resident) return notFound(field, { id: 'NIK', en: 'The NIK' });
  if (!resident.present)
    return notFound(field, {
      id: 'NIK (penduduk sudah meninggal, pindah, atau hilang)',
      en: 'The NIK (the resident died, moved away or is missing)',
    });
  return resident;
}

const isResident = (value: MatchResult | ResidentFact): value is ResidentFact => 'nik' in value;

export function matchParticipant(
  query: ParticipantQuery,
  facts: RegistryFacts,
  fields: { nik: string; kk: string; household: string; group: string },
): MatchResult {
  const resident = query.nik === null ? null : residentOf(facts, query.nik, fields.nik);
  if (resident !== null && !isResident(resident)) return resident;
  switch (query.targetUnit) {
    case 'resident': {
      if (resident === null)
        return query.kk !== null || query.householdNo !== null
          ? wrongUnit(
              fields.kk,
              'Program ini untuk penduduk: isi NIK peserta, bukan nomor KK atau rumah tangga.',
              'This program enrols residents: give the NIK, not a KK or household number.',
            )
          : notFound(fields.nik, { id: 'Peserta tanpa NIK', en: 'A participant without a NIK' });
      if (query.kk !== null && resident.kkNumber !== query.kk)
        return wrongUnit(fields.kk, 'NIK bukan anggota KK yang disebut.', 'The NIK is not on the KK named.');
      return unitOf('resident', { residentId: resident.id }, resident);
    }
    case 'family': {
      if (query.kk === null)
        return wrongUnit(
          fields.kk,
          'Program ini untuk keluarga: isi nomor KK peserta.',
          'This program enrols families: give the KK number.',
        );
      const family = facts.families.get(query.kk);
      if (!family)
        return notFound(fields.kk, { id: 'Nomor KK (KK aktif)', en: 'The KK number (active card)' });
      if (resident !== null && resident.familyId !== family.id)
        return wrongUnit(fields.nik, 'NIK bukan anggota KK ini.', 'The NIK is not on this KK.');
      return unitOf('family', { familyId: family.id }, resident);
    }
    case 'household':
      return matchHousehold(query, facts, fields, resident);
    case 'group':
      if (query.groupCode === null)
        return wrongUnit(
          fields.group,
          'Program ini untuk kelompok: isi kode kelompok.',
          'This program enrols groups: give the group code.',
        );
      return unitOf('group', { groupCode: query.groupCode }, resident);
  }
}

function matchHousehold(
  query: ParticipantQuery,
  facts: RegistryFacts,
  fields: { nik: string; kk: string; household: string },
  resident: ResidentFact | null,
): MatchResult {
  let householdId: string | null = null;
  if (query.householdNo !== null) {
    const ids = facts.households.get(query.householdNo) ?? [];
    if (ids.length === 0)
      return notFound(fields.household, { id: 'Nomor rumah tangga', en: 'The household number' });
    if (ids.length > 1)
      return fail(
        enrolmentIssue(
          'ASSIST_AMBIGUOUS',
          fields.household,
          `Nomor rumah tangga dipakai ${ids.length} rumah tangga di desa ini.`,
          `${ids.length} households of this village carry the household number.`,
        ),
      );
    householdId = ids[0]!;
  } else if (query.kk !== null) {
    const family = facts.families.get(query.kk);
    if (!family) return notFound(fields.kk, { id: 'Nomor KK (KK aktif)', en: 'The KK number (active card)' });
    householdId = family.householdId;
  } else if (resident !== null) {
    householdId = resident.householdId;
  } else {
    return notFound(fields.household, { id: 'Peserta tanpa nomor', en: 'A participant without a number' });
  }
  if (householdId === null)
    return wrongUnit(
      fields.kk,
      'KK peserta belum tercatat dalam rumah tangga mana pun; program ini untuk rumah tangga.',
      "The participant's card is in no household yet; this program enrols households.",
    );
  if (resident !== null && resident.householdId !== householdId)
    return wrongUnit(
      fields.nik,
      'NIK bukan anggota rumah tangga ini.',
      'The NIK is not a member of this household.',
    );
  return unitOf('household', { householdId }, resident);
}

/** The key of a unit in a program: one open enrolment per key (the partial unique indexes). */
export function unitKey(programId: string, unit: Omit<MatchedUnit, 'resident'>): string {
  const id = unit.residentId ?? unit.familyId ?? unit.householdId ?? unit.groupCode;
  return `${programId}|${unit.unitType}|${id}`;
}

export interface OpenEnrolmentFact {
  id: string;
  status: EnrolmentStatus;
  cardNumber: string | null;
  startDate: string | null;
}
