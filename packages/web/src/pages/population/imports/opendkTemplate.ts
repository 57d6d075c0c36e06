// The 42 columns of the resident sheet OpenSID sends to OpenDK, in OpenSID's order (as the server's
// resident-import/formats/opendk/columns.ts reads and writes them): a header line to check a file against.
export const OPENDK_HEADERS = [
  'alamat',
  'dusun',
  'rw',
  'rt',
  'nama',
  'nomor_kk',
  'nomor_nik',
  'jenis_kelamin',
  'tempat_lahir',
  'tanggal_lahir',
  'agama',
  'pendidikan_dlm_kk',
  'pendidikan_sdg_ditempuh',
  'pekerjaan',
  'kawin',
  'hubungan_keluarga',
  'kewarganegaraan',
  'nama_ayah',
  'nama_ibu',
  'gol_darah',
  'akta_lahir',
  'nomor_dokumen_pasport',
  'tanggal_akhir_pasport',
  'nomor_dokumen_kitas',
  'nik_ayah',
  'nik_ibu',
  'nomor_akta_perkawinan',
  'tanggal_perkawinan',
  'nomor_akta_perceraian',
  'tanggal_perceraian',
  'cacat',
  'cara_kb',
  'hamil',
  'ktp_el',
  'status_rekam',
  'alamat_sekarang',
  'id',
  'foto',
  'status_dasar',
  'created_at',
  'updated_at',
  'desa_id',
] as const;

export const OPENDK_REQUIRED_HEADERS = [
  'nama',
  'nomor_nik',
  'nomor_kk',
  'jenis_kelamin',
  'tanggal_lahir',
  'hubungan_keluarga',
  'desa_id',
] as const;

/** The header line, with a byte-order mark so Excel opens it as UTF-8. */
export function opendkTemplateCsv(): string {
  return `\uFEFF${OPENDK_HEADERS.join(',')}\r\n`;
}
