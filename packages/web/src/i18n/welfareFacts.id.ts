// Welfare facts forms (Regsosek 2022 sections IV and V) on the resident and family pages.
export const welfareFactsId = {
  memberTitle: 'Data sosial ekonomi (Regsosek IV)',
  familyTitle: 'Aset dan layanan keluarga (Regsosek V)',
  loadFailed: 'Data sosial ekonomi tidak dapat dimuat',
  nothingRecorded: 'Belum ada jawaban tercatat. Isi yang diketahui; yang kosong dihitung "tidak diketahui".',
  recorded: 'Terakhir dicatat dari {{source}} pada {{date}}.',
  sourceName: { file: 'berkas impor', desk: 'meja pelayanan', visit: 'kunjungan rumah' },
  unknown: '— tidak diketahui —',
  yes: 'Ya',
  no: 'Tidak',
  skipped: 'Dilewati formulir untuk jawaban ini',
  source: 'Sumber jawaban',
  sourceDesk: 'Meja pelayanan',
  sourceVisit: 'Kunjungan rumah',
  save: 'Simpan',
  saving: 'Menyimpan…',
  saved: 'Tersimpan.',
  lostLivelihood: 'Kehilangan mata pencaharian',
  lostLivelihoodHint: 'Catatan desa, bukan pertanyaan Regsosek: bencana, PHK, atau pencari nafkah meninggal.',
  import: {
    template: 'Unduh templat (CSV dengan satu baris contoh)',
    textColumns:
      'Di Excel, jadikan kolom nomor KK dan NIK berformat Teks sebelum mengisi, agar nomor 16 digit tidak berubah.',
    kk: 'No. KK',
    toResidents: 'Lihat daftar penduduk',
    nav: { members: 'Impor Regsosek IV', families: 'Impor Regsosek V' },
    members: {
      title: 'Impor sosial ekonomi anggota keluarga (Regsosek IV)',
      intro:
        'Berkas ini adalah lembar "4.ket sos-ek anggota" buku kerja DTKS/Regsosek 2022: satu baris untuk setiap anggota keluarga, dicari dengan NIK (403) di dalam KK barisnya. Nomor KK cukup ditulis pada baris anggota pertama.',
      columns:
        'Kolom: no kartu keluarga, 403 NIK, lalu nomor pertanyaan 404 dan 410 sampai 431f. Isi angka kode; pertanyaan "jumlahkan kode" (411, 426, 431a, 431f) diisi jumlahnya.',
      sheet:
        'Berkas Excel: lembar "4.ket sos-ek anggota", judul kolom di baris 3 (tiga blok berdampingan dibaca sekali); berkas .csv: judul kolom di baris pertama.',
      label: 'Berkas sosial ekonomi anggota',
      actions: { create: 'Anggota baru dicatat', update: 'Anggota berubah', unchanged: 'Anggota tetap' },
      results: {
        created: '{{n}} anggota baru dicatat',
        updated: '{{n}} anggota diubah',
        unchanged: '{{n}} anggota tidak berubah',
      },
    },
    families: {
      title: 'Impor program dan aset keluarga (Regsosek V)',
      intro:
        'Berkas ini adalah lembar "5.keikutsertaan program dll" buku kerja DTKS/Regsosek 2022: satu baris untuk setiap KK. Program yang diterima (501) menjadi kepesertaan aktif; aset, ternak, internet, dan rekening dicatat pada keluarga.',
      columns:
        'Kolom: no kartu keluarga, 501a sampai 501g dengan bulan dan tahun terakhir menerima, 502a sampai 506. Jawaban "Tidak" pada 501 tidak mengakhiri kepesertaan yang ada.',
      sheet:
        'Berkas Excel: lembar "5.keikutsertaan program dll", judul kolom di baris 4; berkas .csv: judul kolom di baris pertama.',
      label: 'Berkas program dan aset keluarga',
      actions: { create: 'Keluarga baru dicatat', update: 'Keluarga berubah', unchanged: 'Keluarga tetap' },
      results: {
        created: '{{n}} keluarga baru dicatat',
        updated: '{{n}} keluarga diubah',
        unchanged: '{{n}} keluarga tidak berubah',
        enrolments: '{{n}} kepesertaan program baru',
      },
    },
  },
};
