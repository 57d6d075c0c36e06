// Daftar rumah tangga: semua rumah tangga wilayah, terutama yang datanya belum lengkap.
export const householdListId = {
  householdList: {
    title: 'Daftar rumah tangga',
    searchLabel: 'Cari rumah tangga',
    searchPlaceholder: 'Nomor atau nama kepala',
    searchHint: 'Ketik nomor rumah tangga (12 atau 00012) atau nama kepala rumah tangga.',
    show: 'Tampilkan',
    showAll: 'Semua rumah tangga',
    showMissing: {
      location: 'Belum ada titik lokasi',
      head: 'Belum ada kepala',
      housing: 'Data rumah belum lengkap',
    },
    found: '{{n}} rumah tangga ditemukan',
    tableCaption:
      'Daftar rumah tangga dengan kelengkapan datanya. Buka rumah tangga untuk melengkapi lokasi, kepala, atau keadaan rumah.',
    number: 'Rumah tangga',
    numberValue: 'No. {{no}}',
    noNumber: 'Tanpa nomor',
    size: 'Keluarga',
    sizeValue: '{{families}} KK · {{members}} jiwa',
    completeness: 'Kelengkapan data',
    badges: {
      locationDone: 'Ada lokasi',
      locationMissing: 'Tanpa lokasi',
      headDone: 'Ada kepala',
      headMissing: 'Tanpa kepala',
      housing: 'Rumah {{answered}}/{{total}}',
      housingTitle: '{{answered}} dari {{total}} isian keadaan rumah (Regsosek) sudah diisi',
    },
    empty: {
      none: 'Belum ada rumah tangga yang tercatat di wilayah ini.',
      howImport:
        'Punya berkas rumah tangga dari OpenSID (FormatImporRTM)? Impor berkas itu: setiap Kartu Keluarga langsung masuk ke rumah tangganya.',
      howFamilyCard:
        'Atau buat satu per satu dari Kartu Keluarga: cari kepala keluarga di daftar penduduk, buka Kartu Keluarganya, lalu pilih "Buat rumah tangga".',
      openResidents: 'Buka daftar penduduk',
      readOnly:
        'Rumah tangga dicatat oleh operator desa, dengan mengimpor berkas rumah tangga dari OpenSID atau dari Kartu Keluarga.',
      noMatch: 'Tidak ada rumah tangga yang cocok dengan pencarian atau filter ini.',
      location: 'Tidak ada rumah tangga tanpa titik lokasi di wilayah ini.',
      head: 'Tidak ada rumah tangga tanpa kepala di wilayah ini.',
      housing: 'Tidak ada rumah tangga dengan data rumah yang belum lengkap di wilayah ini.',
    },
    export: {
      label: 'Unduh daftar rumah tangga',
      xlsx: 'Unduh XLSX',
      csv: 'Unduh CSV',
      busy: 'Menyiapkan berkas…',
      failed: 'Berkas tidak dapat diunduh.',
    },
    loadFailed: 'Daftar rumah tangga gagal dimuat.',
  },
};
