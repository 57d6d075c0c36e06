// Bantuan sosial › Berkas: impor peserta program dan daftar BNBA.
export const assistanceFilesId = {
  importTitle: 'Impor peserta program',
  exportTitle: 'Daftar penerima (BNBA)',
  nav: { imports: 'Impor peserta', exports: 'Ekspor BNBA' },
  formats: {
    label: 'Format berkas',
    plain: 'CSV sederhana',
    opensid: 'Program bantuan OpenSID',
    opendk: 'Pertukaran program OpenDK',
    distributions: 'Hasil penyaluran',
  },
  plain: {
    intro:
      'Satu baris per peserta: kode program, NIK (program penduduk), nomor KK (program keluarga) atau nomor rumah tangga, nomor kartu dan tanggal mulai.',
    columns:
      'Kolom: {{columns}}. Kolom status boleh diisi aktif, diusulkan, terverifikasi atau ditangguhkan (kosong = aktif).',
    template: 'Unduh contoh CSV',
    label: 'Berkas CSV peserta',
  },
  opensid: {
    intro:
      'Berkas impor program bantuan dari OpenSID: lembar "Program" (ID, nama, sasaran, asal dana, rentang waktu) dan lembar "Peserta", masing-masing diakhiri ###.',
    program:
      'Program dicari menurut ID Program desa ini, lalu menurut nama atau kode; bila tidak ada, program desa baru dibuat saat disimpan.',
    participant:
      'Kolom Peserta berisi NIK, nomor KK, nomor rumah tangga atau kode kelompok sesuai sasaran; kolom NIK wajib dan harus anggotanya.',
    template: 'Unduh judul kolom lembar Peserta',
    label: 'Berkas Excel program bantuan',
  },
  opendk: {
    intro:
      'Zip pertukaran program bantuan OpenDK: berkas CSV program (desa_id, id, nama, sasaran, …) dan berkas CSV peserta (desa_id, peserta, program_id, no_id_kartu, kartu_nik, …), UTF-8.',
    program:
      'Program dicari menurut id-nya di desa ini, lalu menurut nama atau kode; bila tidak ada, program desa baru dibuat saat disimpan. CSV peserta saja hanya mengenali program yang pernah diimpor.',
    participant:
      'Kolom peserta berisi NIK, nomor KK, nomor rumah tangga atau kode kelompok sesuai sasaran; kartu_nik harus anggotanya. Baris desa lain (desa_id) tidak diimpor.',
    template: 'Unduh judul kolom CSV peserta',
    label: 'Zip OpenDK atau CSV peserta',
  },
  distributions: {
    intro:
      'Daftar penyaluran satu periode yang diunduh dari halaman penyaluran, diisi penyalur: Diterima (Ya/Tidak), Tanggal Terima, Nominal, Saluran, Catatan.',
    match:
      'Setiap baris dicocokkan dengan ID Kepesertaan, Kode Program dan Siklus-nya. Baris dengan Diterima kosong belum dilaporkan dan tidak mengubah apa pun.',
    template: 'Unduh judul kolom',
    label: 'Berkas daftar penyaluran',
    record: 'Dicatat',
    recorded: '{{n}} penyaluran dicatat',
    subject: 'Penerima',
  },
  actions: { enrol: 'Peserta baru', update: 'Kartu/status diubah' },
  results: { enrolled: '{{n}} peserta baru', updated: '{{n}} kepesertaan diubah' },
  subject: 'Peserta (NIK/KK)',
  toList: 'Ke bantuan sosial',
  chooseVillage: 'Pilih satu desa/kelurahan di bagian atas untuk mengimpor peserta.',
  export: {
    intro: 'Daftar penerima satu program menurut nama dan alamat, untuk wilayah yang dipilih di bagian atas.',
    program: 'ID program',
    programHint: 'Dari halaman program (pilihan program menyusul saat halaman program tersedia).',
    format: 'Format',
    status: 'Status',
    allOpen: 'Semua yang belum keluar',
    full: 'Tampilkan NIK dan No. KK lengkap (dicatat dalam jejak audit)',
    reason: 'Alasan membuka NIK lengkap',
    reasonHint: 'Minimal 5 huruf, misalnya "penyaluran tahap 1".',
    download: 'Unduh daftar',
    masked: 'NIK dan No. KK disamarkan.',
  },
};
