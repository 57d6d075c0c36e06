// Wilayah sekilas: setiap desa/kelurahan berdampingan (tabel dan peta) di beranda dan statistik kecamatan
// dan kabupaten; `map` dipakai oleh peta choropleth bersama (ui/map).
export const mapId = {
  loading: 'Memuat peta…',
  failed: 'Peta tidak dapat ditampilkan di perangkat ini. Tabel di bawah memuat angka yang sama.',
  attribution: 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT), berbasis data BIG',
  pointAtVillage: 'Arahkan atau ketuk sebuah desa di peta untuk melihat angkanya.',
  noData: 'Belum ada data',
  openVillage: 'Buka desa ini',
};

export const villageGlanceId = {
  title: 'Desa/kelurahan berdampingan',
  intro:
    'Angka setiap desa/kelurahan dari data kependudukan, diperbarui setiap kali data desa berubah. Kolom berwarna menunjukkan data yang masih perlu dilengkapi.',
  loadFailed: 'Angka desa/kelurahan gagal dimuat.',
  empty: 'Belum ada desa/kelurahan di wilayah ini.',
  noDataYet: '{{n}} dari {{total}} desa/kelurahan belum memiliki data penduduk.',
  allHaveData: 'Semua {{total}} desa/kelurahan sudah memiliki data penduduk.',
  mapTitle: 'Peta',
  mapMetric: 'Warnai peta menurut',
  sortBy: 'Urutkan menurut',
  sortAscending: 'naik',
  sortDescending: 'turun',
  tableCaption:
    'Desa/kelurahan dengan jumlah penduduk, KK, rumah tangga, data yang perlu dilengkapi, dan perubahan terakhir. Klik judul kolom untuk mengurutkan.',
  columns: {
    name: 'Desa/kelurahan',
    district: 'Kecamatan',
    residents: 'Penduduk',
    families: 'KK',
    households: 'Rumah tangga',
    flagged: 'Perlu verifikasi',
    householdsUnpinned: 'Tanpa titik peta',
    householdsHousingIncomplete: 'Data rumah belum lengkap',
    changedAt: 'Perubahan terakhir',
  },
  metrics: {
    residents: 'Jumlah penduduk',
    families: 'Jumlah KK',
    households: 'Jumlah rumah tangga',
    flagged: 'Penduduk perlu verifikasi (% penduduk)',
    householdsUnpinned: 'Rumah tangga tanpa titik peta (% rumah tangga)',
    householdsHousingIncomplete: 'Rumah tangga dengan data rumah belum lengkap (% rumah tangga)',
  },
  never: 'Belum pernah',
  total: 'Jumlah',
  kelurahan: 'kelurahan',
  openList: 'Lihat daftarnya',
};
