// The Buku Induk Penduduk (BIP), Dukcapil's printed register of a village, as OpenSID's samples have it
// (assets/import/format_bip_ektp.xls and format_bip_2016.xls): a header over two lines ("Tempat dan Tanggal
// Lahir" over "Tempat Lahir" and "Tgl/Bln/Th"), in the 2016 edition below a title block, then residents grouped
// in family-card blocks: a "No. KK" line with the card's number and address, then its members, numbered. A
// workbook may hold several such sheets (one per dusun or RW); each is read, others (a summary) are skipped.
import type { SheetLayout } from '../../../../../platform/sheets/read-sheet.ts';
import type { TemplateHeader } from '../../template-columns.ts';

/** BIP headers (both lines joined, lower case) → the template column they fill. */
export const BIP_COLUMNS = {
  'nama lengkap': 'nama',
  nik: 'nik',
  'tempat dan tanggal lahir tempat lahir': 'tempatlahir',
  'tempat dan tanggal lahir tgl/bln/th': 'tanggallahir',
  jk: 'sex',
  'stat kwn': 'status_kawin',
  'gol. drh': 'golongan_darah_id',
  shdk: 'kk_level',
  agama: 'agama_id',
  'pendidikan terakhir': 'pendidikan_kk_id',
  'no akta lahir': 'akta_lahir',
  pekerjaan: 'pekerjaan_id',
  'nama ibu': 'nama_ibu',
  'nama ayah': 'nama_ayah',
  'nama orang tua kandung ibu': 'nama_ibu',
  'nama orang tua kandung ayah': 'nama_ayah',
  'ktp-el': 'ktp_el',
  'stat rkm': 'status_rekam',
} as const satisfies Record<string, TemplateHeader>;

/** The member's number in the block; the family-card lines also start in this column. */
export const BIP_NUMBER = 'no';
/** Read, but kept nowhere: whether the resident must hold a KTP, and the BIP's own voter status. */
const BIP_IGNORED = ['wjb ktp', 'status'] as const;

export type BipHeader = keyof typeof BIP_COLUMNS | typeof BIP_NUMBER | (typeof BIP_IGNORED)[number];

export const BIP_LAYOUT: SheetLayout<BipHeader> = {
  sheetName: 'Table 1',
  formatName: { id: 'Buku Induk Penduduk (BIP)', en: 'the Buku Induk Penduduk (BIP) format' },
  headers: [...(Object.keys(BIP_COLUMNS) as (keyof typeof BIP_COLUMNS)[]), BIP_NUMBER, ...BIP_IGNORED],
  required: [BIP_NUMBER, 'nama lengkap', 'nik', 'jk', 'shdk'],
  rowNoun: { id: 'data penduduk', en: 'resident rows' },
  // The 2016 edition has a title block of six lines above its header.
  headerSearchLines: 12,
  headerLines: 2,
  // Villages keep the register one sheet per dusun or RW: every sheet with the BIP's header is read.
  everySheet: true,
};
