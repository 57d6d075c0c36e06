// The resident sheet OpenSID sends to OpenDK (Sinkronisasi → "penduduk_<date>_opendk.zip"): OpenSID's own
// columns under the names OpenDK's importer (ImporPendudukKeluarga) reads, plus OpenDK's extra columns. The
// import maps each onto the column of OpenSID's template that the resident importer checks, and the export
// writes them back, in OpenSID's order, so both directions read this one table.
import type { TemplateHeader } from '../../template-columns.ts';

/** OpenDK column → the template column it carries, in the order OpenSID writes them. */
export const OPENDK_TEMPLATE_COLUMNS = {
  alamat: 'alamat',
  dusun: 'dusun',
  rw: 'rw',
  rt: 'rt',
  nama: 'nama',
  nomor_kk: 'no_kk',
  nomor_nik: 'nik',
  jenis_kelamin: 'sex',
  tempat_lahir: 'tempatlahir',
  tanggal_lahir: 'tanggallahir',
  agama: 'agama_id',
  pendidikan_dlm_kk: 'pendidikan_kk_id',
  pendidikan_sdg_ditempuh: 'pendidikan_sedang_id',
  pekerjaan: 'pekerjaan_id',
  kawin: 'status_kawin',
  hubungan_keluarga: 'kk_level',
  kewarganegaraan: 'warganegara_id',
  nama_ayah: 'nama_ayah',
  nama_ibu: 'nama_ibu',
  gol_darah: 'golongan_darah_id',
  akta_lahir: 'akta_lahir',
  nomor_dokumen_pasport: 'dokumen_pasport',
  tanggal_akhir_pasport: 'tanggal_akhir_paspor',
  nomor_dokumen_kitas: 'dokumen_kitas',
  nik_ayah: 'ayah_nik',
  nik_ibu: 'ibu_nik',
  nomor_akta_perkawinan: 'akta_perkawinan',
  tanggal_perkawinan: 'tanggalperkawinan',
  nomor_akta_perceraian: 'akta_perceraian',
  tanggal_perceraian: 'tanggalperceraian',
  cacat: 'cacat_id',
  cara_kb: 'cara_kb_id',
  hamil: 'hamil',
  ktp_el: 'ktp_el',
  status_rekam: 'status_rekam',
  alamat_sekarang: 'alamat_sekarang',
  status_dasar: 'status_dasar',
} as const satisfies Record<string, TemplateHeader>;

export type OpendkMappedHeader = keyof typeof OPENDK_TEMPLATE_COLUMNS;

/**
 * OpenDK's own columns, not kept by the registry: OpenSID's numeric resident id (OpenDK's API sync keys on
 * it; its zip import keys on desa_id + NIK), the photo's file name in the zip, the record's timestamps, and
 * the village code, dotted (OpenSID's kode_wilayah: 35.10.01.2001), which the import checks.
 */
export const OPENDK_EXTRA_HEADERS = ['id', 'foto', 'created_at', 'updated_at', 'desa_id'] as const;

export type OpendkHeader = OpendkMappedHeader | (typeof OPENDK_EXTRA_HEADERS)[number];

/** The sheet's header row as OpenSID writes it: OpenSID's columns, then OpenDK's (status_dasar among them). */
export const OPENDK_SHEET_HEADERS: readonly OpendkHeader[] = [
  ...(Object.keys(OPENDK_TEMPLATE_COLUMNS) as OpendkMappedHeader[]).filter((h) => h !== 'status_dasar'),
  'id',
  'foto',
  'status_dasar',
  'created_at',
  'updated_at',
  'desa_id',
];

export const OPENDK_REQUIRED_HEADERS: readonly OpendkHeader[] = [
  'nama',
  'nomor_nik',
  'nomor_kk',
  'jenis_kelamin',
  'tanggal_lahir',
  'hubungan_keluarga',
  'desa_id',
];

/** Template column → OpenDK column, for naming the operator's own column in every issue and change. */
export const OPENDK_HEADER_OF: ReadonlyMap<string, OpendkHeader> = new Map(
  Object.entries(OPENDK_TEMPLATE_COLUMNS).map(([opendk, template]) => [template, opendk as OpendkHeader]),
);
