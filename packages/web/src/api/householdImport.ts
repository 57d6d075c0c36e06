// Household import from OpenSID's "FormatImporRTM" sheet (NIK, NOMOR RUMAH TANGGA, STATUS HUBUNGAN DALAM
// RUMAH TANGGA). The server's households/rtm-import route is the contract: one request checks the file, the
// same file sent again with commit=true applies it in one transaction. Nothing is kept between the two.
import {
  householdImportFormData,
  isCount,
  isHouseholdImportSummary,
  reportOfRefusedImport,
  sendTemplateImport,
} from './templateImport.ts';

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

export { householdImportFormData };

/** Checks the file: every row, nothing written. */
export const checkHouseholdImport = (villageCode: string, file: File) =>
  sendTemplateImport<HouseholdImportReport>(importPath(villageCode), file, false);

/** Applies the file (all rows in one transaction), or rejects with ApiError IMPORT_HAS_ERRORS (409). */
export const applyHouseholdImport = (villageCode: string, file: File) =>
  sendTemplateImport<HouseholdImportReport>(importPath(villageCode), file, true);

const isReport = (value: unknown): value is HouseholdImportReport =>
  isHouseholdImportSummary(value) && isCount((value as { familiesMoved?: unknown }).familiesMoved);

/** The fresh report a refused commit carries, or null for any other failure. */
export const reportOfRefusal = (error: unknown) => reportOfRefusedImport(error, isReport);
