// The names of the registry's code lists (OpenSID's "Kode Data" and the birth lists), without the lists: a web
// page that only needs to know whether a list is one of them (to case its labels) then does not carry every
// label in its bundle. code-lists.test.ts keeps this equal to the keys of CODE_LISTS.
export const REGISTRY_CODE_LIST_NAMES = [
  'sex',
  'agama',
  'pendidikan_kk',
  'pendidikan_sedang',
  'pekerjaan',
  'status_kawin',
  'kk_level',
  'warganegara',
  'golongan_darah',
  'jamkesnas',
  'cacat',
  'cara_kb',
  'hamil',
  'ktp_el',
  'status_rekam',
  'status_dasar',
  'asuransi',
  'tempat_dilahirkan',
  'jenis_kelahiran',
  'penolong_kelahiran',
] as const;
