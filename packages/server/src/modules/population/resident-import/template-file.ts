// OpenSID's whole resident import template (FormatImporExcel.xlsm) as an .xlsx: the "Data Penduduk" sheet with
// its 43 headers, empty lines to fill, the "###" line that ends the data with the instructions after it and an
// example row, and the "Kode Data" sheet listing every code the import's messages point to. The layout is
// OpenSID's (sheet names, header, the code sheet's label/id column pairs from line 4); the codes and labels
// come from the domain's code lists, so the file and the importer can never disagree.
//
// OpenSID puts its example on line 2, where it is imported like any other line unless the operator overwrites
// it (its own example fails its checks). Here the example sits below "###", which both OpenSID and this
// importer stop at: a template uploaded unchanged imports nobody, and the example shows what a valid line
// looks like (a test imports it with no error).
import { IMPORT_COLUMN_CODE_LISTS, JAMKESNAS, type CodeList } from '@smart-kampung/domain';
import type { SheetCell, SheetColumn } from '../../../platform/sheets/sheet-writer.ts';
import { xlsxWorkbookWriter } from '../../../platform/sheets/sheet-writer.ts';
import {
  DATA_SHEET_NAME,
  TEMPLATE_COLUMNS,
  TEMPLATE_HEADERS,
  type TemplateHeader,
} from './template-columns.ts';

export const CODE_SHEET_NAME = 'Kode Data';

/** OpenSID's template leaves lines 2–11 for data; "###" follows on line 12. */
export const EMPTY_DATA_LINES = 10;

/** The code sheet's lists in OpenSID's order, under the header OpenSID gives each (JAMKESNAS, which no column
 * uses, right after the blood types). */
export const CODE_SHEET_LISTS: readonly { header: string; list: CodeList }[] = Object.entries(
  IMPORT_COLUMN_CODE_LISTS as Record<string, CodeList>,
).flatMap(([header, list]) =>
  header === 'golongan_darah_id'
    ? [
        { header, list },
        { header: 'JAMKESNAS', list: JAMKESNAS },
      ]
    : [{ header, list }],
);

/** The code sheet's first line of codes (OpenSID leaves lines 2 and 3 empty). */
export const FIRST_CODE_LINE = 4;

/** A valid head of family of district 35.10.01, every column filled the way the import reads it. */
export const EXAMPLE_ROW: Record<TemplateHeader, SheetCell> = {
  alamat: 'Jl. Melati Raya No. 234',
  dusun: 'Krajan',
  rw: '002',
  rt: '001',
  nama: 'NAMA LENGKAP',
  no_kk: '3510012005090001',
  nik: '3510012803780001',
  sex: 1,
  tempatlahir: 'Banyuwangi',
  tanggallahir: { isoDate: '1978-03-28' },
  agama_id: 1,
  pendidikan_kk_id: 5,
  pendidikan_sedang_id: 18,
  pekerjaan_id: 9,
  status_kawin: 2,
  kk_level: 1,
  warganegara_id: 1,
  ayah_nik: '3510010501500001',
  nama_ayah: 'NAMA AYAH',
  ibu_nik: '3510014702530001',
  nama_ibu: 'NAMA IBU',
  golongan_darah_id: 1,
  akta_lahir: '3510-LT-28031978-0001',
  dokumen_pasport: null,
  tanggal_akhir_paspor: null,
  dokumen_kitas: null,
  akta_perkawinan: '0123/45/VI/2005',
  tanggalperkawinan: { isoDate: '2005-06-12' },
  akta_perceraian: null,
  tanggalperceraian: null,
  cacat_id: 7,
  cara_kb_id: null,
  hamil: null,
  ktp_el: 2,
  status_rekam: 3,
  alamat_sekarang: null,
  status_dasar: 1,
  suku: 'Osing',
  tag_id_card: null,
  id_asuransi: 2,
  no_asuransi: '0001234567890',
  lat: null,
  lng: null,
};

/** The instructions after "###" (column C, as in OpenSID), then the example line. */
const INSTRUCTIONS = [
  'Isi data penduduk di baris-baris di atas baris ###. Baris ### dan semua baris di bawahnya tidak dibaca.',
  'Kolom berkode (sex, agama_id, pendidikan_kk_id, kk_level, …) diisi dengan kode angka dari lembar "Kode Data"; tulisannya juga diterima.',
  'Wajib diisi: nama, nik, no_kk, sex, tanggallahir, kk_level. NIK, nomor KK dan NIK orang tua ditulis sebagai teks 16 angka.',
  'Apabila baris di atas ### sudah terisi semua, sisipkan baris baru di atas baris ### (Insert > Rows).',
  'Contoh satu baris yang benar (salin ke atas baris ### dan ganti isinya):',
];

/** Identifiers and RW/RT as text, so Excel keeps 16 digits and leading zeros; dates as dd/mm/yyyy. */
const DATA_COLUMNS: SheetColumn[] = TEMPLATE_HEADERS.map((header) => {
  const kind = TEMPLATE_COLUMNS[header].kind;
  const text = kind === 'identifier' || header === 'rw' || header === 'rt';
  const format = kind === 'date' ? 'date' : text ? 'text' : undefined;
  return { header, width: kind === 'identifier' ? 20 : 14, ...(format ? { format } : {}) };
});

/** A data-sheet line with `text` in column `column` (0-based) and nothing else. */
function lineWith(cells: Record<number, string>): SheetCell[] {
  return TEMPLATE_HEADERS.map((_, index) => cells[index] ?? null);
}

/** The "Kode Data" sheet's lines from FIRST_CODE_LINE: the lists side by side, label then code. */
export function codeSheetLines(): SheetCell[][] {
  const longest = Math.max(...CODE_SHEET_LISTS.map(({ list }) => list.length));
  return Array.from({ length: longest }, (_, index) =>
    CODE_SHEET_LISTS.flatMap(({ list }) => {
      const entry = list[index];
      return entry ? [entry.id, entry.code] : [null, null];
    }),
  );
}

/** The "Kode Data" sheet whole (also the last sheet of an XLSX resident export). */
export function codeSheet(): { name: string; columns: SheetColumn[]; rows: SheetCell[][] } {
  return {
    name: CODE_SHEET_NAME,
    columns: CODE_SHEET_LISTS.flatMap(({ header }) => [
      { header, width: 32 },
      { header: 'id', width: 5 },
    ]),
    rows: [[], [], ...codeSheetLines()],
  };
}

export async function residentTemplateFile(): Promise<Buffer> {
  const workbook = xlsxWorkbookWriter();
  const data = workbook.addSheet(DATA_SHEET_NAME, DATA_COLUMNS);
  const blank = lineWith({});
  const [first, ...rest] = INSTRUCTIONS;
  await data.addRows([
    ...Array.from({ length: EMPTY_DATA_LINES }, () => blank),
    lineWith({ 1: '###', 2: first! }),
    ...rest.map((text) => lineWith({ 2: text })),
    TEMPLATE_HEADERS.map((header) => EXAMPLE_ROW[header]),
  ]);
  const codes = codeSheet();
  await workbook.addSheet(codes.name, codes.columns).addRows(codes.rows);
  return workbook.finish();
}
