// Runs the domain's NIK/KK rules with the region table as the list of current districts, and turns their
// errors into a 400 the operator can act on (field, code, Indonesian and English message).
import {
  districtCodeToPrefix,
  validateKk,
  validateNik,
  type Issue,
  type ValidationResult,
} from '@smart-kampung/domain';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { districtCodes } from './queries.ts';

let districtPrefixes: Promise<Set<string>> | undefined;

/** The six-digit prefixes of all 7,285 current districts; region data only changes with a package upgrade. */
export function knownDistrictPrefixes(db: Db): Promise<Set<string>> {
  districtPrefixes ??= districtCodes(db).then((codes) => new Set(codes.map(districtCodeToPrefix)));
  return districtPrefixes;
}

/** Today's date in Banyuwangi (WIB, UTC+7): a birth registered at 06:00 local time is not "tomorrow" in UTC. */
export function today(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export async function checkNik(
  db: Db,
  nik: string,
  birthDate: string,
  sex: number,
  /** 'refuse' where an operator types the number: a temporary number is issued by the registry only. */
  temporary: 'flag' | 'refuse' = 'flag',
): Promise<ValidationResult> {
  const known = await knownDistrictPrefixes(db);
  return validateNik(nik, {
    birthDate,
    sex: sex === 2 ? 'female' : 'male',
    knownDistrict: (p) => known.has(p),
    today: today(),
    temporary,
  });
}

export async function checkKk(db: Db, kk: string): Promise<ValidationResult> {
  const known = await knownDistrictPrefixes(db);
  return validateKk(kk, { knownDistrict: (p) => known.has(p) });
}

export function issuesToFieldErrors(issues: readonly Issue[], fieldPrefix = '') {
  return issues.map((issue) => ({
    field: `${fieldPrefix}${issue.field ?? ''}`,
    in: 'body',
    code: issue.code,
    message: issue.message.id,
    message_en: issue.message.en,
  }));
}

/** Throws a 400 listing every error; returns the warning codes to store as verification flags. */
export function requireNoErrors(result: ValidationResult, fieldPrefix = ''): string[] {
  if (result.errors.length > 0)
    throw new AppError('VALIDATION_FAILED', { errors: issuesToFieldErrors(result.errors, fieldPrefix) });
  return result.warnings.map((w) => w.code);
}
