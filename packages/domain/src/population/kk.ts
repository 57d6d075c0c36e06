// KK (Nomor Kartu Keluarga), 16 digits starting with the six-digit district prefix of the issuing district. The
// rest (issue date, serial) varies in practice and is deliberately not checked.
import type { KnownDistrict } from './district.ts';
import type { Issue, ValidationResult } from './issues.ts';
import { makeIssue, splitIssues } from './issues.ts';

export interface ValidateKkOptions {
  readonly knownDistrict: KnownDistrict;
}

/** Checks a KK number. Not trimmed: callers trim input first, so any space is KK_NOT_DIGITS. */
export function validateKk(kk: string, opts: ValidateKkOptions): ValidationResult {
  const issues: Issue[] = [];
  if (!/^[0-9]*$/.test(kk)) issues.push(makeIssue('KK_NOT_DIGITS', { field: 'kk' }));
  if (kk.length !== 16) issues.push(makeIssue('KK_LENGTH', { field: 'kk' }));
  if (issues.length === 0 && !opts.knownDistrict(kk.slice(0, 6))) {
    issues.push(makeIssue('KK_DISTRICT_UNKNOWN', { field: 'kk' }));
  }
  return splitIssues(issues);
}
