// The 43 columns of OpenSID's resident import template (sheet "Data Penduduk"), in the template's order, and
// where each one lands in our registry. Import and export both read this table, so an export can be
// re-imported column for column.
import { IMPORT_COLUMN_CODE_LISTS, type CodeList } from '@smart-kampung/domain';
import type { Resident } from '../../../db/schema.ts';

export const DATA_SHEET_NAME = 'Data Penduduk';

type ResidentColumn = keyof Resident;
export type FamilyField = 'address' | 'dusun' | 'rw' | 'rt';

export type TemplateColumn =
  | { kind: 'family'; field: FamilyField }
  | { kind: 'text'; column: ResidentColumn }
  | { kind: 'date'; column: ResidentColumn }
  | { kind: 'code'; column: ResidentColumn; list: CodeList }
  /** 16-digit identifiers: the resident's own NIK, the KK number, the parents' NIKs. */
  | { kind: 'identifier'; column: 'nik' | 'kk' | 'father_nik' | 'mother_nik' }
  /** Present in the template but not kept for residents (coordinates belong to households). */
  | { kind: 'ignored' };

const code = (header: keyof typeof IMPORT_COLUMN_CODE_LISTS, column: ResidentColumn): TemplateColumn => ({
  kind: 'code',
  column,
  list: IMPORT_COLUMN_CODE_LISTS[header],
});

export const TEMPLATE_COLUMNS = {
  alamat: { kind: 'family', field: 'address' },
  dusun: { kind: 'family', field: 'dusun' },
  rw: { kind: 'family', field: 'rw' },
  rt: { kind: 'family', field: 'rt' },
  nama: { kind: 'text', column: 'full_name' },
  no_kk: { kind: 'identifier', column: 'kk' },
  nik: { kind: 'identifier', column: 'nik' },
  sex: code('sex', 'sex'),
  tempatlahir: { kind: 'text', column: 'birth_place' },
  tanggallahir: { kind: 'date', column: 'birth_date' },
  agama_id: code('agama_id', 'religion'),
  pendidikan_kk_id: code('pendidikan_kk_id', 'education_kk'),
  pendidikan_sedang_id: code('pendidikan_sedang_id', 'education_current'),
  pekerjaan_id: code('pekerjaan_id', 'occupation'),
  status_kawin: code('status_kawin', 'marital_status'),
  kk_level: code('kk_level', 'relationship'),
  warganegara_id: code('warganegara_id', 'citizenship'),
  ayah_nik: { kind: 'identifier', column: 'father_nik' },
  nama_ayah: { kind: 'text', column: 'father_name' },
  ibu_nik: { kind: 'identifier', column: 'mother_nik' },
  nama_ibu: { kind: 'text', column: 'mother_name' },
  golongan_darah_id: code('golongan_darah_id', 'blood_type'),
  akta_lahir: { kind: 'text', column: 'birth_certificate_no' },
  dokumen_pasport: { kind: 'text', column: 'passport_no' },
  tanggal_akhir_paspor: { kind: 'date', column: 'passport_expiry' },
  dokumen_kitas: { kind: 'text', column: 'kitas_no' },
  akta_perkawinan: { kind: 'text', column: 'marriage_certificate_no' },
  tanggalperkawinan: { kind: 'date', column: 'marriage_date' },
  akta_perceraian: { kind: 'text', column: 'divorce_certificate_no' },
  tanggalperceraian: { kind: 'date', column: 'divorce_date' },
  cacat_id: code('cacat_id', 'disability'),
  cara_kb_id: code('cara_kb_id', 'contraception'),
  hamil: code('hamil', 'pregnant'),
  ktp_el: code('ktp_el', 'ktp_el'),
  status_rekam: code('status_rekam', 'ktp_record_status'),
  alamat_sekarang: { kind: 'text', column: 'current_address' },
  status_dasar: code('status_dasar', 'status_code'),
  suku: { kind: 'text', column: 'ethnicity' },
  tag_id_card: { kind: 'text', column: 'id_card_tag' },
  id_asuransi: code('id_asuransi', 'insurance'),
  no_asuransi: { kind: 'text', column: 'insurance_no' },
  lat: { kind: 'ignored' },
  lng: { kind: 'ignored' },
} as const satisfies Record<string, TemplateColumn>;

export type TemplateHeader = keyof typeof TEMPLATE_COLUMNS;

/** The header row, in the template's order. */
export const TEMPLATE_HEADERS = Object.keys(TEMPLATE_COLUMNS) as TemplateHeader[];

export const REQUIRED_HEADERS: readonly TemplateHeader[] = [
  'nama',
  'nik',
  'no_kk',
  'sex',
  'tanggallahir',
  'kk_level',
];

/** Headers whose values are NIK or KK numbers: masked wherever they are shown. */
export const IDENTIFIER_HEADERS: ReadonlySet<string> = new Set(['nik', 'no_kk', 'ayah_nik', 'ibu_nik']);

export function isTemplateHeader(value: string): value is TemplateHeader {
  return Object.hasOwn(TEMPLATE_COLUMNS, value);
}

/** The resident columns an import may set, with the template header each comes from. */
export const RESIDENT_COLUMN_HEADERS: ReadonlyMap<ResidentColumn, TemplateHeader> = new Map(
  TEMPLATE_HEADERS.flatMap((header): [ResidentColumn, TemplateHeader][] => {
    const column: TemplateColumn = TEMPLATE_COLUMNS[header];
    if (column.kind === 'text' || column.kind === 'date' || column.kind === 'code')
      return [[column.column, header]];
    if (column.kind === 'identifier' && column.column !== 'kk') return [[column.column, header]];
    return [];
  }),
);

/** The key a changed template column has in a resident's 'import' event: the registry's column name. */
export function eventKeys(): Record<string, string> {
  const keys: Record<string, string> = { no_kk: 'kk_number' };
  for (const header of TEMPLATE_HEADERS) {
    const column: TemplateColumn = TEMPLATE_COLUMNS[header];
    if (column.kind === 'family') keys[header] = `family_${column.field}`;
    else if ('column' in column && column.column !== 'kk') keys[header] = column.column;
  }
  return keys;
}
