// Housing facts from the "3.keterangan perumahan" sheet of the DTKS/Regsosek 2022 workbook OpenSID uses (one
// row per family card: "no kartu keluarga", then 301a … 310). The server's households/regsosek-routes is the
// contract: one request checks the file, the same file sent again with commit=true applies it in one
// transaction. Nothing is kept between the two.
import { ApiError, apiRequest } from './client.ts';
import { householdImportFormData } from './householdImport.ts';

export interface HousingImportIssue {
  /** Spreadsheet line (the header line counts as it stands in the file); 0 for the whole file. */
  lineNo: number;
  /** The row's KK number masked (3510••••••••0001), or null when the row has no readable one. */
  kkMasked: string | null;
  /** The question number ("303", "307b1"), "no kartu keluarga", or "" for the whole row or file. */
  field: string;
  level: 'error' | 'warning';
  code: string;
  /** Indonesian. */
  message: string;
  message_en: string;
}

export interface HousingImportReport {
  committed: boolean;
  rows: number;
  /** Households the rows land on: made for a card in none, changed, or already as the file says. */
  households: { create: number; update: number; unchanged: number };
  issues: HousingImportIssue[];
}

const importPath = (villageCode: string) =>
  `/api/villages/${encodeURIComponent(villageCode)}/households/housing-import`;

/** Checks the file: every row, nothing written. */
export function checkHousingImport(villageCode: string, file: File): Promise<HousingImportReport> {
  return apiRequest<HousingImportReport>(importPath(villageCode), {
    method: 'POST',
    formData: householdImportFormData(file, false),
  });
}

/** Applies the file (all rows in one transaction), or rejects with ApiError IMPORT_HAS_ERRORS (409). */
export function applyHousingImport(villageCode: string, file: File): Promise<HousingImportReport> {
  return apiRequest<HousingImportReport>(importPath(villageCode), {
    method: 'POST',
    formData: householdImportFormData(file, true),
  });
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

function isReport(value: unknown): value is HousingImportReport {
  if (value === null || typeof value !== 'object') return false;
  const report = value as Partial<Record<keyof HousingImportReport, unknown>>;
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
export function housingReportOfRefusal(error: unknown): HousingImportReport | null {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_HAS_ERRORS') return null;
  const report = (error.body as { report?: unknown }).report;
  return isReport(report) ? report : null;
}
