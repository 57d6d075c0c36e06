// What an import reports about a line of a file: a stable code, the column it is about, and in both languages
// how to fix it. Codes are catalogued: every importer declares the codes it may report (these shared ones for
// cells that cannot be read, plus its own), the pipeline refuses to stage any other, and docs/ERRORS.md lists
// them all (a test keeps the two in step). Codes are stored and counted: never rename one, add a new one.
export interface RowIssue {
  code: string;
  /** Template header of the column the issue is about (e.g. "tanggallahir"). */
  field: string;
  message: { id: string; en: string };
}

/** A catalogued code: whether it blocks the line, and what it means in general (the docs' wording). */
export interface RowIssueDefinition {
  level: 'error' | 'warning';
  id: string;
  en: string;
}

export type RowIssueCatalogue = Readonly<Record<string, RowIssueDefinition>>;

/** The codes of the shared cell readers (cell-values.ts), which every importer may report. */
export const CELL_ISSUES = {
  REQUIRED_MISSING: { level: 'error', id: 'Kolom wajib tidak diisi.', en: 'A required column is empty.' },
  CODE_UNKNOWN: {
    level: 'error',
    id: 'Nilai bukan kode atau label dari daftar kode kolom itu.',
    en: "The value is not a code or label of the column's code list.",
  },
  DATE_INVALID: {
    level: 'error',
    id: 'Isi kolom tanggal bukan tanggal yang benar (pakai sel tanggal Excel atau HH/BB/TTTT).',
    en: 'A date column does not hold a valid date (use an Excel date cell or DD/MM/YYYY).',
  },
  DATE_OUT_OF_RANGE: {
    level: 'error',
    id: 'Tanggal tidak masuk akal: di masa depan atau terlalu lampau.',
    en: 'The date is not plausible: in the future or too long ago.',
  },
  NUMBER_PRECISION_LOST: {
    level: 'error',
    id: 'Nomor panjang disimpan Excel sebagai angka sehingga digit terakhirnya bisa berubah; format sebagai Teks.',
    en: 'Excel stored a long number as a number, so its last digits may have changed; format it as Text.',
  },
  DATE_IN_TEXT_COLUMN: {
    level: 'error',
    id: 'Kolom nomor atau teks berisi tanggal.',
    en: 'A number or text column holds a date.',
  },
  PARENT_NIK_INVALID: {
    level: 'error',
    id: 'NIK ayah atau ibu harus 16 digit angka, atau dikosongkan.',
    en: "A father's or mother's NIK must be 16 digits, or left empty.",
  },
  TEXT_TOO_LONG: { level: 'error', id: 'Isi kolom terlalu panjang.', en: 'The column is too long.' },
  CELL_ERROR: {
    level: 'error',
    id: 'Sel berisi kesalahan rumus Excel (misalnya #N/A).',
    en: 'The cell holds an Excel formula error (e.g. #N/A).',
  },
} as const satisfies RowIssueCatalogue;

/**
 * A typed builder for an importer's own codes: `issueOf('RTM_NO_HEAD', field, message)` only compiles for a
 * code of the catalogue, so an uncatalogued code cannot be written.
 */
export function issueBuilder<C extends string>(_catalogue: Readonly<Record<C, RowIssueDefinition>>) {
  return (code: C, field: string, id: string, en: string): RowIssue => ({ code, field, message: { id, en } });
}

/** Cell values quoted back in a message are cut short; identifier columns are never quoted. */
function quote(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `"${short}"`;
}

export const importIssue = {
  required: (field: string): RowIssue => ({
    code: 'REQUIRED_MISSING',
    field,
    message: { id: `Kolom ${field} wajib diisi.`, en: `The column ${field} is required.` },
  }),
  codeUnknown: (field: string, value: string): RowIssue => ({
    code: 'CODE_UNKNOWN',
    field,
    message: {
      id: `Nilai ${quote(value)} di kolom ${field} tidak dikenal. Isi dengan angka kode atau label persis seperti di lembar "Kode Data".`,
      en: `The value ${quote(value)} in column ${field} is not a known code. Use the code number or the label exactly as on the "Kode Data" sheet.`,
    },
  }),
  dateInvalid: (field: string, value: string): RowIssue => ({
    code: 'DATE_INVALID',
    field,
    message: {
      id: `Kolom ${field} berisi ${quote(value)}, bukan tanggal yang benar. Gunakan sel tanggal Excel atau teks HH/BB/TTTT, misalnya 05/06/1990.`,
      en: `Column ${field} holds ${quote(value)}, which is not a valid date. Use an Excel date cell or the text DD/MM/YYYY, e.g. 05/06/1990.`,
    },
  }),
  dateOutOfRange: (field: string, value: string): RowIssue => ({
    code: 'DATE_OUT_OF_RANGE',
    field,
    message: {
      id: `Tanggal ${quote(value)} di kolom ${field} tidak masuk akal (di masa depan atau terlalu lampau).`,
      en: `The date ${quote(value)} in column ${field} is not plausible (in the future or too long ago).`,
    },
  }),
  numberTooLong: (field: string): RowIssue => ({
    code: 'NUMBER_PRECISION_LOST',
    field,
    message: {
      id: `Kolom ${field} disimpan Excel sebagai angka yang terlalu panjang, sehingga digit terakhirnya bisa berubah. Format kolom ${field} sebagai Teks, lalu ketik ulang nomornya.`,
      en: `Excel stored column ${field} as a number too long to keep exactly, so its last digits may have changed. Format column ${field} as Text and type the number again.`,
    },
  }),
  dateInTextColumn: (field: string): RowIssue => ({
    code: 'DATE_IN_TEXT_COLUMN',
    field,
    message: {
      id: `Kolom ${field} berisi tanggal, padahal seharusnya nomor atau teks. Format sel sebagai Teks dan isi nomornya.`,
      en: `Column ${field} holds a date where a number or text is expected. Format the cell as Text and enter the number.`,
    },
  }),
  parentNikInvalid: (field: string): RowIssue => ({
    code: 'PARENT_NIK_INVALID',
    field,
    message: {
      id: `Kolom ${field} harus berisi NIK 16 digit angka, atau dikosongkan/diisi "-" bila tidak diketahui.`,
      en: `Column ${field} must hold a 16-digit NIK, or be left empty / "-" when unknown.`,
    },
  }),
  textTooLong: (field: string, max: number): RowIssue => ({
    code: 'TEXT_TOO_LONG',
    field,
    message: {
      id: `Isi kolom ${field} terlalu panjang (paling banyak ${max} huruf).`,
      en: `Column ${field} is too long (at most ${max} characters).`,
    },
  }),
  cellError: (field: string, value: string): RowIssue => ({
    code: 'CELL_ERROR',
    field,
    message: {
      id: `Sel di kolom ${field} berisi kesalahan rumus Excel ${quote(value)}. Ganti dengan nilainya.`,
      en: `The cell in column ${field} holds the Excel error ${quote(value)}. Replace it with the value.`,
    },
  }),
};
