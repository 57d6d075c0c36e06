// The 43 columns of OpenSID's "Data Penduduk" import sheet, in the template's order (as the server's
// resident-import/template-columns.ts reads them). An empty CSV with this header is the simplest template to fill in.
export const OPENSID_HEADERS = [
  'alamat',
  'dusun',
  'rw',
  'rt',
  'nama',
  'no_kk',
  'nik',
  'sex',
  'tempatlahir',
  'tanggallahir',
  'agama_id',
  'pendidikan_kk_id',
  'pendidikan_sedang_id',
  'pekerjaan_id',
  'status_kawin',
  'kk_level',
  'warganegara_id',
  'ayah_nik',
  'nama_ayah',
  'ibu_nik',
  'nama_ibu',
  'golongan_darah_id',
  'akta_lahir',
  'dokumen_pasport',
  'tanggal_akhir_paspor',
  'dokumen_kitas',
  'akta_perkawinan',
  'tanggalperkawinan',
  'akta_perceraian',
  'tanggalperceraian',
  'cacat_id',
  'cara_kb_id',
  'hamil',
  'ktp_el',
  'status_rekam',
  'alamat_sekarang',
  'status_dasar',
  'suku',
  'tag_id_card',
  'id_asuransi',
  'no_asuransi',
  'lat',
  'lng',
] as const;

/** Columns that must be filled on every row. */
export const REQUIRED_HEADERS = ['nama', 'nik', 'no_kk', 'sex', 'tanggallahir', 'kk_level'] as const;

/** The header line, with a byte-order mark so Excel opens it as UTF-8. */
export function templateCsv(): string {
  return `\uFEFF${OPENSID_HEADERS.join(',')}\r\n`;
}
