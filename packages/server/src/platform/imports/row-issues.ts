// What an import reports about a row of a file: a stable code, the column it is about, and in both languages
// how to fix it. These are the issues every importer shares (cells that cannot be read); importers add their
// own codes, and docs/ERRORS.md lists them all (a test keeps the two in step).
export interface RowIssue {
  code: string;
  /** Template header of the column the issue is about (e.g. "tanggallahir"). */
  field: string;
  message: { id: string; en: string };
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
  nikRegisteredElsewhere: (): RowIssue => ({
    code: 'NIK_DUPLICATE',
    field: 'nik',
    message: {
      id: 'NIK ini sudah terdaftar sebagai penduduk di desa/kelurahan lain. Penduduk pindahan harus lebih dulu dicatat pindah keluar oleh desa asalnya.',
      en: 'This NIK is already registered as a resident of another village. A resident who moved must first be recorded as moved out by the village of origin.',
    },
  }),
  familyHeadRowInvalid: (headLine: number): RowIssue => ({
    code: 'FAMILY_HEAD_ROW_INVALID',
    field: 'no_kk',
    message: {
      id: `Baris Kepala Keluarga untuk KK ini (baris ${headLine}) bermasalah, jadi anggota keluarga lainnya juga belum bisa disimpan. Perbaiki baris ${headLine} dulu.`,
      en: `The head-of-family row of this family card (line ${headLine}) has errors, so the other members cannot be saved either. Fix line ${headLine} first.`,
    },
  }),
  familyAddressDiffers: (field: string, referenceLine: number): RowIssue => ({
    code: 'FAMILY_ADDRESS_DIFFERS',
    field,
    message: {
      id: `Kolom ${field} berbeda dengan baris ${referenceLine} dari KK yang sama. Satu KK hanya punya satu alamat; yang dipakai isi baris ${referenceLine}.`,
      en: `Column ${field} differs from line ${referenceLine} of the same family card. A family has one address; line ${referenceLine} is used.`,
    },
  }),
};
