// Buku Induk Penduduk workbooks for the tests, laid out as OpenSID's samples are: legacy .xls (SheetJS), a
// header over two lines, a line numbering the columns, then family-card blocks. The e-KTP edition puts a card's
// labels on one line and its values on the next; the 2016 edition has a title block and one card line.
import * as XLSX from '@e965/xlsx';

type Cell = string | number | { date: string } | null;
export type Line = Cell[];

export const serialOf = (iso: string) =>
  Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** A member line in the e-KTP edition's 19 columns. */
export interface EktpMember {
  no: number | null;
  name: string;
  nik: string;
  place: string;
  birth: string;
  jk: string;
  kawin: string;
  shdk: string;
  education?: string;
  job?: string;
  rekam?: string;
}

export const EKTP_HEADER: Line[] = [
  [
    'NO',
    'Nama Lengkap',
    'NIK',
    'Tempat dan Tanggal Lahir',
    null,
    'JK',
    'Stat Kwn',
    'Gol. Drh',
    'SHDK',
    'Agama',
    'Pendidikan Terakhir',
    'No Akta Lahir',
    'Pekerjaan',
    'Nama  Ibu',
    'Nama Ayah',
    'Wjb KTP',
    'KTP-eL',
    'Status',
    'Stat Rkm',
  ],
  [null, null, null, 'Tempat Lahir', 'Tgl/Bln/Th'],
  Array.from({ length: 19 }, (_, i) => -(i + 1)),
];

export function ektpCard(kk: string, head: string, address: string): Line[] {
  return [
    [
      'No. KK :',
      null,
      'Nama Kepala Keluarga :',
      null,
      null,
      null,
      'No. Blangko KK :',
      null,
      null,
      null,
      'Tgl Cetak KK :',
      'Alamat :',
    ],
    [kk, null, head, null, null, null, null, null, null, null, null, address],
  ];
}

export function ektpMember(m: EktpMember): Line {
  return [
    m.no,
    m.name,
    m.nik,
    m.place,
    { date: m.birth },
    m.jk,
    m.kawin,
    '-',
    m.shdk,
    'ISLAM',
    m.education ?? 'SLTP / SEDERAJAT',
    '-',
    m.job ?? 'PETANI / PEKEBUN',
    'SITI',
    'AHMAD',
    'WAJIB',
    'KTP-eL',
    'SDH DPT',
    m.rekam ?? 'CARD PRINTED',
  ];
}

export const BIP2016_TITLE: Line[] = [
  ['BUKU INDUK PENDUDUK WNI'],
  [],
  ['PROVINSI', ':', ' JAWA TIMUR', 'KABUPATEN/KOTA  ', ':', ' BANYUWANGI'],
  ['KECAMATAN', ':', ' PESANGGARAN', 'DESA/KELURAHAN', ':', ' SARONGAN'],
  ['PERIODE/TANGGAL', ':', ' 16-04-2015'],
  [],
  [
    'No',
    'Nama Lengkap',
    'NIK',
    'Tempat dan Tanggal Lahir',
    null,
    'JK',
    'SHDK',
    'Agama',
    'Pendidikan',
    'Pekerjaan',
    'Nama Orang Tua Kandung',
    'Nama Orang Tua Kandung',
  ],
  [null, null, null, 'Tempat Lahir', 'Tgl/Bln/Th', null, null, null, 'Terakhir', null, 'Ibu', 'Ayah'],
  Array.from({ length: 12 }, (_, i) => -(i + 1)),
];

export function bipWorkbook(lines: readonly Line[], sheetName = 'Table 1'): Buffer {
  return bipBook([[sheetName, lines]]);
}

function sheetOf(lines: readonly Line[]): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  let width = 1;
  lines.forEach((line, r) => {
    width = Math.max(width, line.length);
    line.forEach((value, c) => {
      if (value === null) return;
      const address = XLSX.utils.encode_cell({ r, c });
      if (typeof value === 'object')
        sheet[address] = { t: 'n', v: serialOf(value.date), z: 'dd\\-mm\\-yyyy' };
      else sheet[address] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
    });
  });
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: lines.length - 1, c: width - 1 } });
  return sheet;
}

/** A workbook of several sheets (a register kept one sheet per dusun, beside a summary sheet). */
export function bipBook(sheets: readonly (readonly [string, readonly Line[]])[]): Buffer {
  const book = XLSX.utils.book_new();
  for (const [name, lines] of sheets) XLSX.utils.book_append_sheet(book, sheetOf(lines), name);
  return XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer;
}
