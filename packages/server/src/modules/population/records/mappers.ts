// Row → API shape. Identifiers are masked here, in one place, for every non-audited view.
import type { IdentifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import type { findFamily, findResident, familyMembers, residentEvents } from './queries.ts';
import type { ResidentSearchResult } from './search-queries.ts';
import { statusName } from './status.ts';

type SearchRow = ResidentSearchResult['items'][number];
type ResidentRow = NonNullable<Awaited<ReturnType<typeof findResident>>>;
type MemberRow = Awaited<ReturnType<typeof familyMembers>>[number];
type EventRow = Awaited<ReturnType<typeof residentEvents>>[number];
type FamilyRow = NonNullable<Awaited<ReturnType<typeof findFamily>>>;

export function toListItem(row: SearchRow, masks: IdentifierMasks) {
  return {
    id: row.id,
    villageCode: row.village_code,
    villageName: row.village_name,
    nikMasked: masks.civil(row.nik),
    kkMasked: row.kk_number ? masks.civil(row.kk_number) : null,
    familyId: row.family_id,
    fullName: row.full_name,
    sex: row.sex,
    birthDate: row.birth_date,
    age: Number(row.age),
    relationship: row.relationship,
    dusun: row.dusun,
    rw: row.rw,
    rt: row.rt,
    status: statusName(row.status_code),
    flags: row.verification_flags,
  };
}

export function toDetail(row: ResidentRow, events: EventRow[], masks: IdentifierMasks) {
  return {
    id: row.id,
    villageCode: row.village_code,
    villageName: row.village_name,
    nikMasked: masks.civil(row.nik),
    fullName: row.full_name,
    sex: row.sex,
    birthPlace: row.birth_place,
    birthDate: row.birth_date,
    age: Number(row.age),
    religion: row.religion,
    educationKk: row.education_kk,
    educationCurrent: row.education_current,
    occupation: row.occupation,
    maritalStatus: row.marital_status,
    citizenship: row.citizenship,
    bloodType: row.blood_type,
    disability: row.disability,
    relationship: row.relationship,
    fatherName: row.father_name,
    motherName: row.mother_name,
    phone: row.phone ? masks.anyNumber(row.phone) : null,
    status: statusName(row.status_code),
    statusDate: row.status_date,
    voidedReason: row.voided_reason,
    flags: row.verification_flags,
    family:
      row.family_id && row.kk_number
        ? {
            id: row.family_id,
            kkMasked: masks.civil(row.kk_number),
            dusun: row.dusun,
            rw: row.rw,
            rt: row.rt,
            address: row.address,
            householdId: row.household_id,
          }
        : null,
    events: events.map((e) => ({
      id: e.id,
      type: e.event_type,
      date: e.event_date,
      recordedAt: e.recorded_at.toISOString(),
      actorName: e.display_name,
      details: (e.details ?? {}) as Record<string, unknown>,
    })),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toMember(row: MemberRow, masks: IdentifierMasks) {
  return {
    id: row.id,
    nikMasked: masks.civil(row.nik),
    fullName: row.full_name,
    sex: row.sex,
    birthPlace: row.birth_place,
    religion: row.religion,
    birthDate: row.birth_date,
    age: Number(row.age),
    relationship: row.relationship,
    maritalStatus: row.marital_status,
    education: row.education_kk,
    occupation: row.occupation,
    status: statusName(row.status_code),
  };
}

export function toFamilyCard(
  family: FamilyRow,
  members: ReturnType<typeof toMember>[],
  masks: IdentifierMasks,
) {
  return {
    id: family.id,
    villageCode: family.village_code,
    villageName: family.village_name,
    districtName: family.district_name,
    kkMasked: masks.civil(family.kk_number),
    active: family.active,
    dusun: family.dusun,
    rw: family.rw,
    rt: family.rt,
    address: family.address,
    householdId: family.household_id,
    members,
  };
}
