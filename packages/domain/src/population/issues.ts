// The catalogue of everything the population rules can report. Codes are stable identifiers (stored, counted,
// filtered on), so never rename one; add a new code instead. An error blocks the record; a warning lets it in,
// flagged for verification, because real registries genuinely differ on that point. docs/rules/NIK.md lists the
// same codes (a test keeps the two in step).

export type IssueLevel = 'error' | 'warning';

export interface IssueDefinition {
  readonly level: IssueLevel;
  /** Indonesian message, for the village operator. */
  readonly id: string;
  readonly en: string;
}

export const ISSUES = {
  NIK_LENGTH: {
    level: 'error',
    id: 'NIK harus 16 digit angka.',
    en: 'The NIK must be 16 digits.',
  },
  NIK_NOT_DIGITS: {
    level: 'error',
    id: 'NIK hanya boleh berisi angka 0-9, tanpa huruf, spasi, titik, atau tanda lain.',
    en: 'The NIK may contain only the digits 0-9: no letters, spaces, dots or other signs.',
  },
  NIK_DATE_INVALID: {
    level: 'error',
    id: 'Tanggal lahir di dalam NIK (digit ke-7 sampai ke-12, HHBBTT) bukan tanggal yang ada. Untuk perempuan tanggalnya ditambah 40.',
    en: 'The birth date inside the NIK (digits 7 to 12, DDMMYY) is not a real date. For women the day is increased by 40.',
  },
  NIK_SERIAL_ZERO: {
    level: 'error',
    id: 'Nomor urut NIK (4 digit terakhir) tidak boleh 0000.',
    en: 'The serial number of the NIK (last 4 digits) cannot be 0000.',
  },
  NIK_DUPLICATE: {
    level: 'error',
    id: 'NIK ini sudah dipakai oleh data penduduk lain. Satu NIK hanya untuk satu orang.',
    en: 'This NIK is already used by another resident record. One NIK belongs to one person only.',
  },
  NIK_DISTRICT_UNKNOWN: {
    level: 'warning',
    id: 'Kode wilayah di NIK (6 digit pertama) tidak ada di daftar kecamatan saat ini, mungkin kode lama sebelum pemekaran wilayah. Data tetap disimpan; mohon periksa KTP atau KK-nya.',
    en: 'The area code in the NIK (first 6 digits) is not in the current list of districts, perhaps an old code from before a region was split. The record is kept; please check the ID card or family card.',
  },
  NIK_BIRTHDATE_MISMATCH: {
    level: 'warning',
    id: 'Tanggal lahir di dalam NIK berbeda dengan tanggal lahir yang dicatat (mungkin tanggal lahir pernah dibetulkan). Data tetap disimpan; mohon periksa dengan akta kelahiran atau KK.',
    en: 'The birth date inside the NIK differs from the recorded birth date (perhaps the birth date was corrected later). The record is kept; please check against the birth certificate or family card.',
  },
  NIK_SEX_MISMATCH: {
    level: 'warning',
    id: 'Jenis kelamin menurut NIK (tanggal lahir ditambah 40 untuk perempuan) berbeda dengan jenis kelamin yang dicatat. Data tetap disimpan; mohon periksa KTP atau KK-nya.',
    en: 'The sex shown by the NIK (birth day plus 40 for women) differs from the recorded sex. The record is kept; please check the ID card or family card.',
  },
  NIK_TEMPORARY: {
    level: 'warning',
    id: 'Menunggu NIK: penduduk ini tercatat dengan NIK sementara (diawali 0) sampai Dukcapil menerbitkan NIK-nya. Tambahkan NIK begitu terbit.',
    en: 'Awaiting NIK: this resident is registered under a temporary number (starting with 0) until Dukcapil issues the NIK. Add the NIK once it is issued.',
  },
  NIK_TEMPORARY_TYPED: {
    level: 'error',
    id: 'Nomor yang diawali 0 adalah NIK sementara, bukan NIK dari Dukcapil. Kosongkan NIK bila belum terbit: sistem memberi NIK sementara.',
    en: 'A number starting with 0 is a temporary number, not a NIK issued by Dukcapil. Leave the NIK empty if it has not been issued: the registry gives a temporary number.',
  },
  BIRTH_DATE_INVALID: {
    level: 'error',
    id: 'Tanggal lahir yang dicatat bukan tanggal yang ada atau formatnya salah (harus TTTT-BB-HH, misalnya 1990-06-05).',
    en: 'The recorded birth date is not a real date or is in the wrong format (it must be YYYY-MM-DD, e.g. 1990-06-05).',
  },
  KK_LENGTH: {
    level: 'error',
    id: 'Nomor KK harus 16 digit angka.',
    en: 'The family card (KK) number must be 16 digits.',
  },
  KK_NOT_DIGITS: {
    level: 'error',
    id: 'Nomor KK hanya boleh berisi angka 0-9, tanpa huruf, spasi, titik, atau tanda lain.',
    en: 'The family card (KK) number may contain only the digits 0-9: no letters, spaces, dots or other signs.',
  },
  KK_DISTRICT_UNKNOWN: {
    level: 'warning',
    id: 'Kode wilayah di nomor KK (6 digit pertama) tidak ada di daftar kecamatan saat ini, mungkin kode lama sebelum pemekaran wilayah. Data tetap disimpan; mohon periksa kartu KK-nya.',
    en: 'The area code in the family card number (first 6 digits) is not in the current list of districts, perhaps an old code from before a region was split. The record is kept; please check the family card.',
  },
  FAMILY_NO_HEAD: {
    level: 'error',
    id: 'Keluarga ini belum punya Kepala Keluarga. Tandai satu anggota dengan hubungan KEPALA KELUARGA.',
    en: 'This family has no head. Mark one member with the relationship KEPALA KELUARGA (head of family).',
  },
  FAMILY_MULTIPLE_HEADS: {
    level: 'error',
    id: 'Keluarga ini punya lebih dari satu Kepala Keluarga. Satu KK hanya boleh punya satu Kepala Keluarga.',
    en: 'This family has more than one head. A family card can have only one head of family.',
  },
  RELATIONSHIP_CODE_UNKNOWN: {
    level: 'error',
    id: 'Hubungan dalam keluarga (SHDK) tidak dikenal. Pilih dari daftar, misalnya KEPALA KELUARGA, ISTRI, atau ANAK.',
    en: 'Unknown relationship to the family head (SHDK). Choose one from the list, e.g. head of family, wife or child.',
  },
  RESIDENT_IN_TWO_FAMILIES: {
    level: 'error',
    id: 'Penduduk dengan NIK ini tercatat di dua KK yang berbeda. Satu orang hanya boleh ada di satu KK.',
    en: 'The resident with this NIK is listed on two different family cards. A person can be on one family card only.',
  },
} as const satisfies Record<string, IssueDefinition>;

export type IssueCode = keyof typeof ISSUES;

export const ISSUE_CODES = Object.keys(ISSUES) as IssueCode[];

export interface Issue {
  readonly code: IssueCode;
  readonly level: IssueLevel;
  readonly message: { readonly id: string; readonly en: string };
  /** The input field the issue is about: 'nik', 'kk', 'birthDate', 'sex', 'relationshipCode', 'members'. */
  readonly field?: string;
  /** Index of the row (batch) or member (family) the issue belongs to. */
  readonly row?: number;
  /** Other rows or members involved, e.g. where the same NIK appeared first, or every head of a family. */
  readonly relatedRows?: readonly number[];
}

export interface ValidationResult {
  readonly errors: Issue[];
  readonly warnings: Issue[];
}

export function makeIssue(
  code: IssueCode,
  where: { field?: string; row?: number; relatedRows?: readonly number[] } = {},
): Issue {
  const definition: IssueDefinition = ISSUES[code];
  return { code, level: definition.level, message: { id: definition.id, en: definition.en }, ...where };
}

/** Collects issues into errors and warnings by their catalogue level. */
export function splitIssues(issues: readonly Issue[]): ValidationResult {
  const result: ValidationResult = { errors: [], warnings: [] };
  for (const issue of issues) (issue.level === 'error' ? result.errors : result.warnings).push(issue);
  return result;
}
