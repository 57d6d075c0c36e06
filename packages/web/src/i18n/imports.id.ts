// Teks setiap jenis impor di wizard impor: data penduduk (OpenSID), rumah tangga (FormatImporRTM OpenSID),
// dan data perumahan (lembar "3.keterangan perumahan" DTKS/Regsosek 2022).
export const importsId = {
  residents: {
    title: 'Impor data penduduk',
    intro:
      'Unggah berkas ekspor OpenSID atau templat impor penduduk OpenSID (lembar "Data Penduduk"), satu baris untuk setiap penduduk.',
    requiredColumns: 'Kolom wajib: {{columns}}.',
    template: 'Unduh templat OpenSID (Excel: 43 kolom, satu baris contoh, lembar "Kode Data")',
    label: 'Berkas data penduduk',
    subject: 'Nama / NIK',
    actions: { insert: 'Penduduk baru', update: 'Penduduk berubah', unchanged: 'Tidak berubah' },
    results: { inserted: '{{n}} penduduk baru', updated: '{{n}} penduduk diperbarui' },
    toList: 'Lihat daftar penduduk',
  },
  formats: {
    label: 'Format berkas',
    opensid: 'Templat OpenSID',
    siak: 'Ekspor SIAK (Dukcapil)',
    bip: 'Buku Induk Penduduk (BIP)',
    opendk: 'Pertukaran OpenDK (zip)',
  },
  bip: {
    intro:
      'Unggah Buku Induk Penduduk (.xls atau .xlsx) seperti contoh format_bip_ektp.xls atau format_bip_2016.xls OpenSID: judul kolom dua baris, lalu blok per Kartu Keluarga.',
    blocks:
      'Setiap blok diawali baris "No. KK" (nomor KK dan alamat: RT/RW, dusun); anggota di bawahnya bernomor urut dan mendapat nomor KK serta alamat blok itu. Anggota di luar blok dilaporkan, tidak ditebak. Buku yang dibagi per dusun atau RW dalam beberapa lembar dibaca semuanya (lembar tanpa judul kolom BIP, seperti rekap, dilewati); laporan menyebut lembar yang dibaca.',
    template: 'Unduh judul kolom BIP (CSV, edisi KTP-el)',
    label: 'Berkas Buku Induk Penduduk',
  },
  siak: {
    intro:
      'Unggah berkas ekspor SIAK dari Dukcapil (.xls atau .xlsx, lembar pertama), satu baris untuk setiap penduduk, seperti contoh format_siak.xls OpenSID.',
    columns:
      'Kolom wajib: Nomor KK, NIK, Nama Penduduk, Kelamin, SHDK, dan Tanggal Lahir (atau satu kolom "Tempat/Tanggal Lahir"). Kolom lain dibaca menurut judulnya. Baris yang kolom Desa/Kel atau Kecamatannya menyebut desa lain (ekspor satu kecamatan) dilaporkan dan tidak diimpor.',
    labels:
      'Isian berupa tulisan ("Perempuan", "Islam", "Kepala Keluarga") dicocokkan dengan daftar kode tanpa memedulikan huruf besar/kecil dan spasi; tulisan yang tidak dikenal dilaporkan per baris, tidak ditebak.',
    template: 'Unduh judul kolom SIAK (CSV, 37 kolom)',
    label: 'Berkas ekspor SIAK',
  },
  households: {
    title: 'Impor rumah tangga',
    intro:
      'Berkas ini menempatkan penduduk yang sudah terdaftar ke rumah tangga bernomor. Setiap baris memindahkan seluruh Kartu Keluarga penduduk itu, bersama semua anggotanya, ke rumah tangga tersebut; baris berstatus 1 menjadi kepala rumah tangga, satu kepala untuk setiap rumah tangga.',
    columns:
      'Kolom: NIK, NOMOR RUMAH TANGGA, STATUS HUBUNGAN DALAM RUMAH TANGGA (1 = kepala rumah tangga, 2 = anggota; tulisan "KEPALA KELUARGA" dan "ANGGOTA" juga diterima).',
    sheet: 'Berkas Excel: lembar "RTM" templat OpenSID; berkas .csv: judul kolom yang sama di baris pertama.',
    textColumns:
      'Di Excel, jadikan kolom NIK dan NOMOR RUMAH TANGGA berformat Teks sebelum mengisi, agar NIK 16 digit dan angka nol di depan tidak berubah.',
    residentsFirst: 'Penduduknya harus sudah terdaftar di desa ini. Bila belum, lakukan dahulu',
    residentsFirstLink: 'impor data penduduk',
    template: 'Unduh templat (CSV, 3 kolom dengan satu baris contoh)',
    label: 'Berkas rumah tangga',
    subject: 'NIK',
    actions: { create: 'Rumah tangga baru', update: 'Rumah tangga berubah', unchanged: 'Rumah tangga tetap' },
    results: {
      create: '{{n}} rumah tangga baru',
      update: '{{n}} rumah tangga diubah',
      unchanged: '{{n}} rumah tangga tidak berubah',
      familiesMoved: '{{n}} KK pindah rumah tangga beserta semua anggotanya',
    },
    toList: 'Lihat daftar rumah tangga',
  },
  opendk: {
    title: 'Impor penduduk dari OpenDK',
    intro:
      'Unggah zip data penduduk yang dibuat OpenSID untuk OpenDK (penduduk_<tanggal>_opendk.zip, menu OpenDK › Sinkronisasi), atau berkas .xlsx di dalamnya. Satu baris untuk setiap penduduk, dengan nama kolom OpenDK.',
    columns: 'Kolom wajib: {{columns}}.',
    village:
      'Kolom desa_id harus berisi kode desa ini (bertitik, misalnya 35.10.01.2001, atau tanpa titik); baris desa lain tidak diimpor.',
    photos: 'Foto penduduk di dalam zip tidak diimpor (laporan menyebut jumlahnya).',
    template: 'Unduh judul kolom (CSV, 42 kolom OpenDK)',
    label: 'Berkas zip atau .xlsx OpenDK',
  },
  housing: {
    title: 'Impor data perumahan (Regsosek)',
    intro:
      'Berkas ini adalah lembar perumahan ("3.keterangan perumahan") buku kerja DTKS/Regsosek 2022, satu baris untuk setiap Kartu Keluarga; jawabannya dicatat pada rumah tangga tempat KK itu tinggal. Sel yang kosong tidak mengubah jawaban yang sudah tercatat.',
    columns:
      'Kolom: no kartu keluarga, lalu nomor pertanyaan 301a sampai 310. Isi angka kode (atau labelnya persis); luas lantai (302) dalam meter persegi.',
    sheet:
      'Berkas Excel: lembar "3.keterangan perumahan", judul kolom di baris 3; berkas .csv: judul kolom yang sama di baris pertama.',
    textColumns:
      'Di Excel, jadikan kolom no kartu keluarga berformat Teks sebelum mengisi, agar nomor KK 16 digit tidak berubah.',
    followUps:
      'Pertanyaan lanjutan yang dilewati oleh jawaban baru dihapus (misalnya daya listrik bila penerangan bukan listrik PLN bermeteran). KK yang belum masuk rumah tangga mendapat rumah tangga baru.',
    familiesFirst: 'KK-nya harus sudah terdaftar di desa ini. Bila belum, lakukan dahulu',
    familiesFirstLink: 'impor data penduduk',
    template: 'Unduh templat (CSV, 17 kolom dengan satu baris contoh)',
    label: 'Berkas data perumahan',
    subject: 'No. KK',
    kk: 'No. KK',
    actions: { create: 'Rumah tangga baru', update: 'Rumah tangga berubah', unchanged: 'Rumah tangga tetap' },
    results: {
      create: '{{n}} rumah tangga baru',
      update: '{{n}} rumah tangga diubah',
      unchanged: '{{n}} rumah tangga tidak berubah',
    },
    toList: 'Lihat daftar rumah tangga',
  },
};
