// Checks shared by the life events: each throws the problem the operator sees.
import { checkBirthDate, checkEventDate, validateFamily, type EventDateIssue } from '@smart-kampung/domain';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { issuesToFieldErrors, today } from '../registry/nik-check.ts';
import { findClaimedNiks } from '../registry/queries.ts';
import { statusCode } from '../records/status.ts';
import * as q from './queries.ts';

/** Refuses NIKs already in the registry, naming the form field of each (never the village that holds it). */
export async function requireUnclaimed(
  db: Db,
  niks: string[],
  fieldOf: (nik: string) => string = () => 'nik',
) {
  const claimed = await findClaimedNiks(db, niks);
  if (claimed.length === 0) return;
  throw new AppError('NIK_ALREADY_REGISTERED', {
    errors: claimed.map(({ nik }) => ({
      field: fieldOf(nik),
      in: 'body',
      code: 'NIK_DUPLICATE',
      message: 'NIK ini sudah terdaftar di registri penduduk',
      message_en: 'This NIK is already in the population registry',
    })),
  });
}

export async function requirePresent(db: Db, villageCode: string, id: string) {
  const resident = await q.lockResident(db, villageCode, id);
  if (!resident) throw new AppError('NOT_FOUND');
  if (resident.status_code !== statusCode.present) throw new AppError('RESIDENT_NOT_PRESENT');
  return resident;
}

export async function requireFamily(db: Db, villageCode: string, id: string) {
  const family = await q.lockFamily(db, villageCode, id);
  if (!family || !family.active) throw new AppError('NOT_FOUND');
  return family;
}

export function requireOneHead(members: { nik: string; relationship: number | null }[]) {
  const result = validateFamily({
    members: members.map((m) => ({ nik: m.nik, relationshipCode: m.relationship ?? 0 })),
  });
  if (result.errors.length > 0)
    throw new AppError('VALIDATION_FAILED', { errors: issuesToFieldErrors(result.errors) });
}

function refuseDate(field: string, issue: EventDateIssue): never {
  throw new AppError('VALIDATION_FAILED', {
    errors: [{ field, in: 'body', code: issue.code, message: issue.id, message_en: issue.en }],
  });
}

/** An event's date: not after today, not before the birth of anyone it concerns (400 on the named field). */
export function requireEventDate(
  date: string,
  people: readonly { full_name: string; birth_date: string }[],
  field = 'date',
) {
  const born = people.map((p) => ({ name: p.full_name, birthDate: p.birth_date }));
  const issue = checkEventDate(date, today(), born);
  if (issue) refuseDate(field, issue);
}

/** A birth date someone enters: today at the latest. */
export function requireBirthDate(birthDate: string, field = 'birthDate') {
  const issue = checkBirthDate(birthDate, today());
  if (issue) refuseDate(field, issue);
}
