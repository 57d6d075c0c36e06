// Impor data perumahan dari lembar "3.keterangan perumahan" buku kerja DTKS/Regsosek 2022 (format OpenSID).
// Teks yang sama dengan impor rumah tangga (ringkasan, penerapan, tabel kesalahan) ada di householdImport.
export const housingImportId = {
  title: 'Impor data perumahan (Regsosek)',
  navLabel: 'Impor perumahan',
  intro:
    'Berkas ini adalah lembar perumahan ("3.keterangan perumahan") buku kerja DTKS/Regsosek 2022, satu baris untuk setiap Kartu Keluarga; jawabannya dicatat pada rumah tangga tempat KK itu tinggal. Sel yang kosong tidak mengubah jawaban yang sudah tercatat.',
  file: {
    columns:
      'Kolom: no kartu keluarga, lalu nomor pertanyaan 301a sampai 310. Isi angka kode (atau labelnya persis); luas lantai (302) dalam meter persegi.',
    formats:
      'Format: .xlsx atau .xlsm (lembar "3.keterangan perumahan", judul kolom di baris 3), atau .csv dengan judul kolom yang sama di baris pertama; maksimal 20 MB.',
    textColumns:
      'Di Excel, jadikan kolom no kartu keluarga berformat Teks sebelum mengisi, agar nomor KK 16 digit tidak berubah.',
    followUps:
      'Pertanyaan lanjutan yang dilewati oleh jawaban baru dihapus (misalnya daya listrik bila penerangan bukan listrik PLN bermeteran). KK yang belum masuk rumah tangga mendapat rumah tangga baru.',
    familiesFirst: 'KK-nya harus sudah terdaftar di desa ini. Bila belum, lakukan dahulu',
    familiesFirstLink: 'impor data penduduk',
    template: 'Unduh templat (CSV, 17 kolom dengan satu baris contoh)',
    label: 'Berkas data perumahan',
  },
  issues: {
    caption: 'Kesalahan dan catatan berkas data perumahan, urut menurut nomor baris',
    kk: 'No. KK',
  },
  done: {
    title: 'Impor data perumahan selesai',
    toList: 'Lihat daftar rumah tangga',
  },
};
