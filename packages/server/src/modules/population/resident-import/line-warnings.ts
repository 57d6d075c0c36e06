// Warnings that let a line in but tell the operator something about it: identifiers issued outside the village's
// own regency or district (migrants keep the NIK of where they were registered first, and a family card issued
// elsewhere is re-issued only when the family asks), and text that a spreadsheet would run as a formula. None
// of them flags the resident for verification: nothing about the record is in doubt. The job's report counts
// each code (import_job.issue_counts).
import { districtCodeToPrefix } from '@smart-kampung/domain';
import type { RowIssue, RowIssueCatalogue } from '../../../platform/imports/row-issues.ts';

export const LINE_WARNING_ISSUES = {
  NIK_OUTSIDE_REGENCY: {
    level: 'warning',
    id: 'NIK diterbitkan di luar kabupaten ini (penduduk pendatang); data tetap disimpan.',
    en: 'The NIK was issued outside this regency (a migrant); the line is still saved.',
  },
  KK_OUTSIDE_REGENCY: {
    level: 'warning',
    id: 'Nomor KK diterbitkan di luar kabupaten ini; data tetap disimpan.',
    en: 'The family card number was issued outside this regency; the line is still saved.',
  },
  KK_OUTSIDE_DISTRICT: {
    level: 'warning',
    id: 'Nomor KK diterbitkan di kecamatan lain, bukan kecamatan desa ini; data tetap disimpan.',
    en: "The family card number was issued in another district than the village's; the line is still saved.",
  },
  TEXT_LOOKS_LIKE_FORMULA: {
    level: 'warning',
    id: 'Isi diawali = + - atau @ (bisa dijalankan sebagai rumus oleh Excel); disimpan sebagai teks apa adanya.',
    en: 'The text starts with = + - or @ (a spreadsheet may run it as a formula); it is stored as plain text.',
  },
} as const satisfies RowIssueCatalogue;

/** The prefixes a village's identifiers are expected to carry: its regency (4 digits) and district (6). */
export interface HomeRegion {
  regencyPrefix: string;
  districtPrefix: string;
}

export function homeRegionOf(villageCode: string): HomeRegion {
  const districtPrefix = districtCodeToPrefix(villageCode.split('.').slice(0, 3).join('.'));
  return { regencyPrefix: districtPrefix.slice(0, 4), districtPrefix };
}

const isIdentifier = (value: string | null): value is string => value !== null && /^\d{16}$/.test(value);

/**
 * Identifiers of a known district elsewhere. An unknown district prefix is the domain rules' own warning
 * (NIK_DISTRICT_UNKNOWN), not repeated here.
 */
export function regionWarnings(
  nik: string | null,
  kk: string | null,
  home: HomeRegion,
  knownDistrict: (prefix: string) => boolean,
): RowIssue[] {
  const warnings: RowIssue[] = [];
  const elsewhere = (id: string) => knownDistrict(id.slice(0, 6)) && !id.startsWith(home.regencyPrefix);
  if (isIdentifier(nik) && elsewhere(nik)) {
    warnings.push({
      code: 'NIK_OUTSIDE_REGENCY',
      field: 'nik',
      message: {
        id: `NIK berkode wilayah ${nik.slice(0, 6)}, di luar kabupaten ${home.regencyPrefix}: penduduk pendatang. Data tetap disimpan.`,
        en: `The NIK carries region code ${nik.slice(0, 6)}, outside regency ${home.regencyPrefix}: a migrant. The line is still saved.`,
      },
    });
  }
  if (isIdentifier(kk) && elsewhere(kk)) {
    warnings.push({
      code: 'KK_OUTSIDE_REGENCY',
      field: 'no_kk',
      message: {
        id: `Nomor KK berkode wilayah ${kk.slice(0, 6)}, di luar kabupaten ${home.regencyPrefix}. Data tetap disimpan.`,
        en: `The family card number carries region code ${kk.slice(0, 6)}, outside regency ${home.regencyPrefix}. The line is still saved.`,
      },
    });
  } else if (isIdentifier(kk) && knownDistrict(kk.slice(0, 6)) && !kk.startsWith(home.districtPrefix)) {
    warnings.push({
      code: 'KK_OUTSIDE_DISTRICT',
      field: 'no_kk',
      message: {
        id: `Nomor KK berkode kecamatan ${kk.slice(0, 6)}, bukan kecamatan desa ini (${home.districtPrefix}). Data tetap disimpan.`,
        en: `The family card number carries district code ${kk.slice(0, 6)}, not this village's district (${home.districtPrefix}). The line is still saved.`,
      },
    });
  }
  return warnings;
}

/** Characters that make Excel (and other spreadsheets) run a cell as a formula when a CSV is opened. */
const FORMULA_START = /^[=+\-@]/;

/** A name or address that a spreadsheet would run: kept as the text it is, with a warning on its column. */
export function formulaWarning(field: string, value: unknown): RowIssue | null {
  if (typeof value !== 'string' || !FORMULA_START.test(value)) return null;
  return {
    code: 'TEXT_LOOKS_LIKE_FORMULA',
    field,
    message: {
      id: `Kolom ${field} diawali "${value[0]}", yang bisa dijalankan Excel sebagai rumus. Isinya disimpan sebagai teks apa adanya; periksa apakah memang begitu.`,
      en: `Column ${field} starts with "${value[0]}", which a spreadsheet may run as a formula. It is stored as plain text as written; check that it is meant so.`,
    },
  };
}
