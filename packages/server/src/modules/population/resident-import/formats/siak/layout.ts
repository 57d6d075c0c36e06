// SIAK's resident export (Dukcapil's population administration system), as OpenSID's sample
// assets/import/format_siak.xls has it: one sheet ("Sheet1"), a header row of 37 labelled columns, one resident
// per line, text labels instead of codes, dates as Excel serial numbers. Headers are matched by name, in any
// order; a file may give place and date of birth in one "Tempat/Tanggal Lahir" column instead of two.
import type { SheetLayout } from '../../../../../platform/sheets/read-sheet.ts';
import type { TemplateHeader } from '../../template-columns.ts';

/** SIAK's header (lower case, as the reader compares it) → the template column it fills. */
export const SIAK_COLUMNS = {
  'nomor kk': 'no_kk',
  nik: 'nik',
  'nama penduduk': 'nama',
  status: 'status_dasar',
  'tempat lahir': 'tempatlahir',
  'tanggal lahir': 'tanggallahir',
  kelamin: 'sex',
  'nik ayah': 'ayah_nik',
  ayah: 'nama_ayah',
  'nik ibu': 'ibu_nik',
  ibu: 'nama_ibu',
  'status kawin': 'status_kawin',
  shdk: 'kk_level',
  agama: 'agama_id',
  alamat: 'alamat',
  rw: 'rw',
  rt: 'rt',
  pendidikan: 'pendidikan_kk_id',
  pekerjaan: 'pekerjaan_id',
  'gol. darah': 'golongan_darah_id',
  cacat: 'cacat_id',
  'nomor paspor': 'dokumen_pasport',
  'nomor akta lahir': 'akta_lahir',
  'nomor akta kawin': 'akta_perkawinan',
  'tanggal kwn': 'tanggalperkawinan',
  'nomor akta cerai': 'akta_perceraian',
  'tgl cerai': 'tanggalperceraian',
} as const satisfies Record<string, TemplateHeader>;

/** Place and date of birth in one column, as some SIAK print-outs and village copies have them. */
export const SIAK_BIRTH_COMBINED = [
  'tempat/tanggal lahir',
  'tempat / tanggal lahir',
  'tempat tanggal lahir',
] as const;

/** The district and village a row belongs to, by name: checked against the village imported into. */
const SIAK_PLACE = ['kecamatan', 'desa/kel'] as const;

/**
 * SIAK columns with no place in our registry (KTP print dates, clerks and entry dates are SIAK's own
 * bookkeeping). Known, so they are not taken for another format's columns, and left alone.
 */
const SIAK_IGNORED = [
  'deskripsi pekerjaan',
  'cetak ktp',
  'ganti ktp',
  'ktp berakhir',
  'petugas registrasi',
  'tgl ubah',
  'petugas entri',
  'tgl entri',
] as const;

export type SiakHeader =
  | keyof typeof SIAK_COLUMNS
  | (typeof SIAK_BIRTH_COMBINED)[number]
  | (typeof SIAK_PLACE)[number]
  | (typeof SIAK_IGNORED)[number];

export const SIAK_LAYOUT: SheetLayout<SiakHeader> = {
  sheetName: 'Sheet1',
  formatName: { id: 'format ekspor SIAK (Dukcapil)', en: "SIAK's export format (Dukcapil)" },
  headers: [
    ...(Object.keys(SIAK_COLUMNS) as (keyof typeof SIAK_COLUMNS)[]),
    ...SIAK_BIRTH_COMBINED,
    ...SIAK_PLACE,
    ...SIAK_IGNORED,
  ],
  required: ['nomor kk', 'nik', 'nama penduduk', 'kelamin', 'shdk'],
  oneOf: {
    headers: ['tanggal lahir', ...SIAK_BIRTH_COMBINED],
    description: {
      id: 'kolom tanggal lahir ("Tanggal Lahir" atau "Tempat/Tanggal Lahir")',
      en: 'date-of-birth columns ("Tanggal Lahir" or "Tempat/Tanggal Lahir")',
    },
  },
  rowNoun: { id: 'data penduduk', en: 'resident rows' },
};
