// Household import from OpenSID's "FormatImporRTM" sheet (NIK, NOMOR RUMAH TANGGA, STATUS HUBUNGAN DALAM
// RUMAH TANGGA). The server's households/rtm-import route is the contract: one request checks the file, the
// same file sent again with commit=true applies it in one transaction. Nothing is kept between the two.
import { ApiError, apiRequest } from './client.ts';

export interface HouseholdImportIssue {
  /** Spreadsheet line (the header is line 1); 0 for a problem of the whole file. */
  lineNo: number;
  /** The row's NIK masked (3510••••••••0001), or null when the row has no readable NIK. */
  nikMasked?: string | null;
  /** Header in lower case ("nik", "nomor rumah tangga", …) or "" for the whole row or file. */
  field: string;
  level: 'error' | 'warning';
  code: string;
  /** Indonesian. */
  message: string;
  message_en: string;
}

export interface HouseholdImportReport {
  committed: boolean;
  rows: number;
  households: { create: number; update: number; unchanged: number };
  /** Family cards (KK) that move into another household, each with all its members. */
  familiesMoved: number;
  issues: HouseholdImportIssue[];
}

const importPath = (villageCode: string) =>
  `/api/villages/${encodeURIComponent(villageCode)}/households/import`;

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

/** Checks the file: every row, nothing written. */
export function checkHouseholdImport(villageCode: string, file: File): Promise<HouseholdImportReport> {
  return apiRequest<HouseholdImportReport>(importPath(villageCode), {
    method: 'POST',
    formData: householdImportFormData(file, false),
  });
}

/** Applies the file (all rows in one transaction), or rejects with ApiError IMPORT_HAS_ERRORS (409). */
export function applyHouseholdImport(villageCode: string, file: File): Promise<HouseholdImportReport> {
  return apiRequest<HouseholdImportReport>(importPath(villageCode), {
    method: 'POST',
    formData: householdImportFormData(file, true),
  });
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

function isReport(value: unknown): value is HouseholdImportReport {
  if (value === null || typeof value !== 'object') return false;
  const report = value as Partial<Record<keyof HouseholdImportReport, unknown>>;
  const households = report.households as Record<string, unknown> | null | undefined;
  return (
    typeof report.committed === 'boolean' &&
    isCount(report.rows) &&
    isCount(report.familiesMoved) &&
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
export function reportOfRefusal(error: unknown): HouseholdImportReport | null {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_HAS_ERRORS') return null;
  const report = (error.body as { report?: unknown }).report;
  return isReport(report) ? report : null;
}
