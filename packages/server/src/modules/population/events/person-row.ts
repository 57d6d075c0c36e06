// Maps the API's person fields onto resident columns, validating the NIK against the recorded birth
// date and sex: errors refuse the write, warnings become verification flags.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { checkNik, requireNoErrors } from '../registry/nik-check.ts';
import type { NewResident } from '../registry/queries.ts';
import type { PersonFields } from './schemas.ts';

export function personColumns(p: Partial<PersonFields>) {
  const columns = {
    nik: p.nik,
    full_name: p.fullName,
    sex: p.sex,
    birth_date: p.birthDate,
    birth_place: p.birthPlace,
    religion: p.religion,
    education_kk: p.educationKk,
    occupation: p.occupation,
    marital_status: p.maritalStatus,
    blood_type: p.bloodType,
    father_name: p.fatherName,
    mother_name: p.motherName,
    birth_certificate_no: p.birthCertificateNo,
    phone: p.phone,
  };
  return Object.fromEntries(
    Object.entries(columns).filter(([, v]) => v !== undefined),
  ) as Partial<NewResident>;
}

export async function newResidentRow(
  db: Db,
  villageCode: string,
  familyId: string,
  relationship: number,
  person: PersonFields,
  fieldPrefix = '',
): Promise<NewResident> {
  const flags = requireNoErrors(
    await checkNik(db, person.nik, person.birthDate, person.sex, 'refuse'),
    fieldPrefix,
  );
  return {
    ...personColumns(person),
    village_code: villageCode,
    id: randomUUID(),
    family_id: familyId,
    relationship,
    nik: person.nik,
    full_name: person.fullName,
    sex: person.sex,
    birth_date: person.birthDate,
    citizenship: 1,
    verification_flags: flags,
  };
}
