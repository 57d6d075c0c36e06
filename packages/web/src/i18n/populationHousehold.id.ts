// Rumah tangga: ubah data, lokasi di peta, keluarga di bawah satu atap, buat dari Kartu Keluarga.
export const populationHouseholdId = {
  householdEdit: {
    action: 'Ubah data rumah tangga',
    title: 'Ubah data rumah tangga',
    intro: 'Isi yang diketahui saja. Isian yang dikosongkan akan dihapus saat disimpan.',
    back: 'Kembali ke rumah tangga',
    identity: 'Nomor dan alamat',
    householdNo: 'Nomor rumah tangga',
    householdNoHint: 'Nomor menurut desa, misalnya dari OpenSID. Boleh dikosongkan.',
    address: 'Alamat rumah',
    housing: 'Keadaan rumah (Regsosek 2022)',
    housingIntro: 'Pilih sesuai kuesioner Regsosek 2022 blok III. Kosongkan yang belum diketahui.',
    building: 'Bangunan dan tanah',
    utilities: 'Air, listrik, dan memasak',
    sanitation: 'Sanitasi',
    floorAreaLabel: 'Luas lantai (m²)',
    floorAreaHint: 'Bilangan bulat 1–999.',
    landTitleHint: 'Diisi bila status kepemilikan bangunan "Milik sendiri".',
    electricityPowerHint: 'Diisi bila penerangan dari listrik PLN dengan meteran.',
    toiletTypeHint: 'Diisi bila fasilitas buang air besar dipakai keluarga (pilihan 1, 2, atau 3).',
    submit: 'Simpan rumah tangga',
    saved: 'Data rumah tangga sudah disimpan.',
    noChanges: 'Tidak ada perubahan; tidak ada yang disimpan.',
  },
  householdLocation: {
    legend: 'Lokasi rumah',
    intro:
      'Ketuk peta tepat di letak rumah, atau geser penanda merah. Bila Anda sedang berada di rumah itu, pakai lokasi perangkat.',
    mapLabel: 'Peta desa: ketuk untuk menandai letak rumah',
    mapFailed:
      'Peta tidak dapat ditampilkan di perangkat ini. Pakai lokasi perangkat atau ketik koordinatnya.',
    useMyLocation: 'Gunakan lokasi saya',
    locating: 'Mencari lokasi…',
    located: 'Lokasi perangkat dipakai (ketelitian ± {{m}} m).',
    clear: 'Hapus lokasi',
    latitude: 'Lintang',
    longitude: 'Bujur',
    latitudeHint: 'Angka desimal, misalnya -8.219300 (minus = selatan khatulistiwa).',
    longitudeHint: 'Angka desimal, misalnya 114.369200.',
    pasteHint:
      'Koordinat yang disalin dari aplikasi peta ("-8.2193, 114.3692") boleh ditempel di kolom Lintang.',
    outside: 'Titik ini berada di luar batas {{village}}. Periksa lagi letak penanda.',
    legendEdit: 'Kuning: {{village}}. Penanda merah: rumah (dapat digeser).',
    errors: {
      unsupported: 'Perangkat atau peramban ini tidak dapat memberi lokasi. Ketuk peta atau ketik koordinat.',
      insecure:
        'Lokasi perangkat hanya dapat dipakai bila aplikasi dibuka lewat alamat https://. Ketuk peta atau ketik koordinat.',
      denied:
        'Izin lokasi ditolak. Izinkan akses lokasi untuk situs ini di pengaturan peramban, lalu coba lagi.',
      unavailable:
        'Lokasi tidak dapat ditentukan. Nyalakan GPS atau pindah ke tempat terbuka, lalu coba lagi.',
      timeout: 'Lokasi belum ditemukan. Coba lagi di tempat terbuka.',
    },
  },
  householdFamilies: {
    none: 'Belum ada keluarga yang tercatat tinggal di rumah ini.',
    add: 'Tambah keluarga',
    addTitle: 'Tambah keluarga ke rumah tangga ini',
    closeAdd: 'Tutup pencarian',
    confirmAddTitle: 'Tambahkan keluarga ke rumah tangga ini?',
    confirmAdd: 'Keluarga {{name}} (KK {{kk}}) akan tercatat tinggal di rumah ini.',
    movesFromOther:
      'Keluarga ini sekarang tercatat di rumah tangga lain. Keluarga ini akan keluar dari rumah tangga itu.',
    confirmAddSubmit: 'Tambahkan',
    added: 'Keluarga {{name}} sudah ditambahkan ke rumah tangga ini.',
    remove: 'Keluarkan',
    removeLabel: 'Keluarkan keluarga {{name}} dari rumah tangga ini',
    confirmRemoveTitle: 'Keluarkan keluarga dari rumah tangga ini?',
    confirmRemove:
      'Keluarga {{name}} (KK {{kk}}) tidak lagi tercatat tinggal di rumah ini. Kartu Keluarga dan anggotanya tidak berubah.',
    lastFamily: 'Ini keluarga terakhir: rumah tangga ini tidak akan memiliki keluarga lagi.',
    confirmRemoveSubmit: 'Keluarkan dari rumah tangga',
    removed: 'Keluarga {{name}} sudah dikeluarkan dari rumah tangga ini.',
    noHeadName: 'tanpa kepala keluarga',
  },
  householdCreate: {
    button: 'Buat rumah tangga',
    missing: 'Keluarga ini belum tercatat di rumah tangga mana pun.',
    title: 'Buat rumah tangga untuk keluarga ini?',
    intro:
      'Rumah tangga baru dibuat untuk keluarga {{name}}, dengan alamat dari Kartu Keluarga: {{address}}.',
    next: 'Sesudah itu Anda dapat menandai lokasi rumah di peta dan mengisi keadaan rumahnya.',
    submit: 'Buat rumah tangga',
    done: 'Rumah tangga sudah dibuat. Tandai lokasi rumah dan lengkapi keadaan rumahnya, lalu simpan.',
  },
};
