// A person as the forms edit it (every field a string, as inputs give them) and its conversion to the API's
// person fields. Shared by birth, move-in and correction.
import type { PersonInput, ResidentDetail } from '../../../api/populationTypes.ts';
import { checkFullName, checkNik, checkOptionalNik, checkPastDate } from '../../../ui/validation.ts';
import type { ValidationKey } from '../../../ui/validation.ts';

export interface PersonDraft {
  nik: string;
  fullName: string;
  sex: '' | '1' | '2';
  birthDate: string;
  birthPlace: string;
  religion: string;
  educationKk: string;
  occupation: string;
  maritalStatus: string;
  bloodType: string;
  fatherName: string;
  motherName: string;
  birthCertificateNo: string;
  phone: string;
  relationship: string;
}

export const EMPTY_PERSON: PersonDraft = {
  nik: '',
  fullName: '',
  sex: '',
  birthDate: '',
  birthPlace: '',
  religion: '',
  educationKk: '',
  occupation: '',
  maritalStatus: '',
  bloodType: '',
  fatherName: '',
  motherName: '',
  birthCertificateNo: '',
  phone: '',
  relationship: '',
};

const code = (value: string): number | null => (value === '' ? null : Number(value));
const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());
const codeText = (value: number | null): string => (value === null ? '' : String(value));

/** Checks of a new person (birth, move-in): NIK, name, sex and birth date are required. */
export function checkNewPerson(
  draft: PersonDraft,
  prefix: string,
  withRelationship: boolean,
  nikOptional = false,
): Record<string, ValidationKey | null> {
  return {
    [`${prefix}nik`]: nikOptional ? checkOptionalNik(draft.nik) : checkNik(draft.nik),
    [`${prefix}fullName`]: checkFullName(draft.fullName),
    [`${prefix}sex`]: draft.sex === '' ? 'required' : null,
    [`${prefix}birthDate`]: checkPastDate(draft.birthDate),
    ...(withRelationship ? { [`${prefix}relationship`]: draft.relationship === '' ? 'required' : null } : {}),
  };
}

export function toPersonInput(draft: PersonDraft): PersonInput {
  return {
    nik: draft.nik.trim(),
    fullName: draft.fullName.trim(),
    sex: draft.sex === '2' ? 2 : 1,
    birthDate: draft.birthDate,
    birthPlace: optional(draft.birthPlace),
    religion: code(draft.religion),
    educationKk: code(draft.educationKk),
    occupation: code(draft.occupation),
    maritalStatus: code(draft.maritalStatus),
    bloodType: code(draft.bloodType),
    fatherName: optional(draft.fatherName),
    motherName: optional(draft.motherName),
    birthCertificateNo: optional(draft.birthCertificateNo),
    phone: optional(draft.phone),
  };
}

/** The editable fields of a recorded resident; identifiers and documents start empty ("unchanged"). */
export function draftFromResident(resident: ResidentDetail): PersonDraft {
  return {
    ...EMPTY_PERSON,
    fullName: resident.fullName,
    sex: resident.sex === 2 ? '2' : '1',
    birthDate: resident.birthDate,
    birthPlace: resident.birthPlace ?? '',
    religion: codeText(resident.religion),
    educationKk: codeText(resident.educationKk),
    occupation: codeText(resident.occupation),
    maritalStatus: codeText(resident.maritalStatus),
    bloodType: codeText(resident.bloodType),
    fatherName: resident.fatherName ?? '',
    motherName: resident.motherName ?? '',
    relationship: codeText(resident.relationship),
  };
}

/** Only what the operator changed, for a correction; empty identifier fields mean "keep". */
export function correctionChanges(
  original: PersonDraft,
  edited: PersonDraft,
): Partial<PersonInput> & { relationship?: number } {
  const changes: Partial<PersonInput> & { relationship?: number } = {};
  const next = toPersonInput(edited);
  const keys: (keyof PersonDraft)[] = [
    'fullName',
    'sex',
    'birthDate',
    'birthPlace',
    'religion',
    'educationKk',
    'occupation',
    'maritalStatus',
    'bloodType',
    'fatherName',
    'motherName',
  ];
  const target = changes as Record<string, unknown>;
  for (const key of keys) {
    if (original[key].trim() !== edited[key].trim()) target[key] = next[key as keyof PersonInput];
  }
  for (const key of ['nik', 'birthCertificateNo', 'phone'] as const) {
    if (edited[key].trim() !== '') target[key] = edited[key].trim();
  }
  if (edited.relationship !== original.relationship && edited.relationship !== '') {
    changes.relationship = Number(edited.relationship);
  }
  return changes;
}
