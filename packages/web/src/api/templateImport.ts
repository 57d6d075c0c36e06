// What the household template imports (OpenSID's RTM file, the Regsosek housing sheet) share on the wire:
// one request checks the file, the same file sent again with commit=true applies it in one transaction, and a
// refused commit (409 IMPORT_HAS_ERRORS) carries a fresh report. Nothing is kept between the requests.
import { ApiError, apiRequest } from './client.ts';

/** What every household import report holds; each import adds its own counts. */
export interface HouseholdImportSummary {
  committed: boolean;
  rows: number;
  households: { create: number; update: number; unchanged: number };
  issues: unknown[];
}

/**
 * The multipart body. The server reads the parts in order and starts on the file as soon as it arrives, so
 * `commit` has to come before `file`.
 */
export function householdImportFormData(file: File, commit: boolean): FormData {
  const formData = new FormData();
  if (commit) formData.append('commit', 'true');
  formData.append('file', file, file.name);
  return formData;
}

/** Checks (commit false: every row, nothing written) or applies the file. */
export function sendTemplateImport<R>(path: string, file: File, commit: boolean): Promise<R> {
  return apiRequest<R>(path, { method: 'POST', formData: householdImportFormData(file, commit) });
}

export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value);

export function isHouseholdImportSummary(value: unknown): value is HouseholdImportSummary {
  if (value === null || typeof value !== 'object') return false;
  const report = value as Partial<Record<keyof HouseholdImportSummary, unknown>>;
  const households = report.households as Record<string, unknown> | null | undefined;
  return (
    typeof report.committed === 'boolean' &&
    isCount(report.rows) &&
    typeof households === 'object' &&
    households !== null &&
    isCount(households.create) &&
    isCount(households.update) &&
    isCount(households.unchanged) &&
    Array.isArray(report.issues)
  );
}

/**
 * The fresh report a refused commit carries (409 IMPORT_HAS_ERRORS: the village's data changed since the
 * check, or the file did), or null for any other failure.
 */
export function reportOfRefusedImport<R>(error: unknown, isReport: (value: unknown) => value is R): R | null {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_HAS_ERRORS') return null;
  const report = (error.body as { report?: unknown }).report;
  return isReport(report) ? report : null;
}
