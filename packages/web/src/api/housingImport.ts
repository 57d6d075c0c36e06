// Housing facts from the "3.keterangan perumahan" sheet of the DTKS/Regsosek 2022 workbook OpenSID uses (one
// row per family card: "no kartu keluarga", then 301a … 310). The server's households/regsosek-routes is the
// contract: one request checks the file, the same file sent again with commit=true applies it in one
// transaction. Nothing is kept between the two.
import { isHouseholdImportSummary, reportOfRefusedImport, sendTemplateImport } from './templateImport.ts';

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
export const checkHousingImport = (villageCode: string, file: File) =>
  sendTemplateImport<HousingImportReport>(importPath(villageCode), file, false);

/** Applies the file (all rows in one transaction), or rejects with ApiError IMPORT_HAS_ERRORS (409). */
export const applyHousingImport = (villageCode: string, file: File) =>
  sendTemplateImport<HousingImportReport>(importPath(villageCode), file, true);

const isReport = (value: unknown): value is HousingImportReport => isHouseholdImportSummary(value);

/** The fresh report a refused commit carries, or null for any other failure. */
export const housingReportOfRefusal = (error: unknown) => reportOfRefusedImport(error, isReport);
