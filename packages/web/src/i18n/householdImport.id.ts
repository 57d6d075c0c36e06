// Impor rumah tangga dari berkas OpenSID "FormatImporRTM" (lembar "RTM").
export const householdImportId = {
  title: 'Impor rumah tangga',
  crossLink: 'Punya berkas rumah tangga OpenSID (FormatImporRTM)?',
  crossLinkAction: 'Impor rumah tangga',
  intro:
    'Berkas ini menempatkan penduduk yang sudah terdaftar ke rumah tangga bernomor. Setiap baris memindahkan seluruh Kartu Keluarga penduduk itu, bersama semua anggotanya, ke rumah tangga tersebut; baris berstatus 1 menjadi kepala rumah tangga, satu kepala untuk setiap rumah tangga.',
  fileLine: 'Berkas: {{name}}',
  file: {
    title: '1. Pilih berkas',
    columns:
      'Kolom: NIK, NOMOR RUMAH TANGGA, STATUS HUBUNGAN DALAM RUMAH TANGGA (1 = kepala rumah tangga, 2 = anggota; tulisan "KEPALA KELUARGA" dan "ANGGOTA" juga diterima).',
    formats:
      'Format: .xlsx atau .xlsm (lembar "RTM" templat OpenSID), atau .csv dengan judul kolom yang sama; maksimal 20 MB.',
    textColumns:
      'Di Excel, jadikan kolom NIK dan NOMOR RUMAH TANGGA berformat Teks sebelum mengisi, agar NIK 16 digit dan angka nol di depan tidak berubah.',
    residentsFirst: 'Penduduknya harus sudah terdaftar di desa ini. Bila belum, lakukan dahulu',
    residentsFirstLink: 'impor data penduduk',
    template: 'Unduh templat (CSV, 3 kolom dengan satu baris contoh)',
    label: 'Berkas rumah tangga',
    hint: 'Memeriksa tidak menyimpan apa pun. Berkas .xls lama: buka di Excel lalu simpan sebagai .xlsx.',
    required: 'Pilih berkas yang akan diperiksa.',
    wrongType: 'Berkas harus berakhiran .xlsx, .xlsm, atau .csv.',
    tooLarge: 'Berkas lebih dari 20 MB.',
    submit: 'Periksa',
    checking: 'Memeriksa berkas…',
  },
  summary: {
    title: 'Hasil pemeriksaan: {{n}} baris',
    create: 'Rumah tangga baru',
    update: 'Rumah tangga berubah',
    unchanged: 'Rumah tangga tetap',
    familiesMoved: 'KK pindah rumah tangga',
    errors: 'Kesalahan',
    warnings: 'Catatan',
  },
  decision: {
    title: '2. Terapkan',
    ready: 'Tidak ada kesalahan: berkas ini dapat diterapkan.',
    nothing: 'Tidak ada kesalahan, tetapi juga tidak ada perubahan: semua rumah tangga sudah sesuai berkas.',
    warnings: 'Baca dahulu {{n}} catatan di bawah; catatan tidak menghalangi penerapan.',
    blocked:
      '"Terapkan" belum dapat dipakai karena masih ada {{n}} kesalahan. Perbaiki berkasnya, lalu pilih dan periksa lagi.',
    changedSince:
      'Tidak ada yang disimpan: data desa berubah sejak berkas diperiksa, dan pemeriksaan terbaru menemukan kesalahan. Hasilnya ada di bawah.',
    apply: 'Terapkan',
    applying: 'Menerapkan…',
    another: 'Pilih berkas lain',
    note: 'Semua perubahan disimpan sekaligus dalam satu transaksi: bila satu gagal, tidak ada yang disimpan.',
  },
  issues: {
    title: 'Kesalahan dan catatan per baris',
    caption: 'Kesalahan dan catatan berkas rumah tangga, urut menurut nomor baris',
    line: 'Baris',
    lineNo: 'Baris {{n}}',
    wholeFile: 'Seluruh berkas',
    level: 'Jenis',
    error: 'Kesalahan',
    warning: 'Catatan',
    column: 'Kolom',
    reason: 'Alasan',
    none: 'Tidak ada kesalahan atau catatan.',
  },
  done: {
    title: 'Impor rumah tangga selesai',
    created: '{{n}} rumah tangga baru',
    updated: '{{n}} rumah tangga diubah',
    unchanged: '{{n}} rumah tangga tidak berubah',
    moved: '{{n}} KK pindah rumah tangga beserta semua anggotanya',
    toList: 'Lihat daftar penduduk',
    another: 'Impor berkas lain',
  },
};
