import { householdListId } from './householdList.id.ts';
import { populationEventsId } from './populationEvents.id.ts';
import { populationId } from './population.id.ts';
import { populationHouseholdId } from './populationHousehold.id.ts';
import { mapId, villageGlanceId } from './villageGlance.id.ts';
import { accountId } from './account.id.ts';
import { lettersId } from './letters.id.ts';

import type { ModuleMessages } from './moduleMessages.ts';

// Bahasa Indonesia is the default language: most users are village staff and citizens.
// `Messages` (the shape of this object) is the contract every other language must fill.
export const id = {
  app: {
    name: 'Smart Kampung',
    subtitle: 'Pemerintahan desa digital Kabupaten Banyuwangi',
    loading: 'Memuat…',
    skipToContent: 'Lewati ke konten utama',
    version: 'Versi {{version}}',
    openSource: 'Perangkat lunak sumber terbuka',
  },
  demoBanner: 'Data contoh (sintetis) — bukan data sebenarnya',
  language: {
    label: 'Bahasa',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  login: {
    title: 'Masuk ke akun Anda',
    username: 'Nama pengguna',
    password: 'Kata sandi',
    submit: 'Masuk',
    submitting: 'Memproses…',
    modeLabel: 'Masuk sebagai',
    staffMode: 'Petugas',
    citizenMode: 'Warga',
    nik: 'NIK',
    nikHint: '16 digit angka, sesuai KTP atau Kartu Keluarga.',
    pin: 'PIN',
    pinHint: '6 digit angka.',
    help: 'Lupa kata sandi atau akun terkunci? Hubungi operator desa atau admin kabupaten.',
    errors: {
      required: 'Isi kedua kolom di atas.',
      invalid: 'Nama pengguna atau kata sandi salah.',
      invalidCitizen: 'NIK atau PIN salah.',
      nikFormat: 'NIK harus 16 digit angka.',
      pinFormat: 'PIN harus 6 digit angka.',
      throttled: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {{minutes}} menit.',
      throttledNoTime: 'Terlalu banyak percobaan masuk yang gagal. Tunggu beberapa menit, lalu coba lagi.',
      rateLimited: 'Terlalu banyak percobaan masuk. Tunggu sebentar, lalu coba lagi.',
    },
  },
  header: {
    openMenu: 'Buka menu',
    closeMenu: 'Tutup menu',
    logout: 'Keluar',
    changePassword: 'Ganti kata sandi',
    account: 'Akun',
  },
  nav: {
    label: 'Navigasi utama',
    dashboard: 'Dasbor',
    myFamily: 'Keluarga Saya',
    population: 'Penduduk',
    letters: 'Layanan Surat',
    socialAid: 'Bantuan Sosial',
    villageBudget: 'Anggaran Desa',
    monitoring: 'Monitoring',
    users: 'Pengguna',
  },
  roles: {
    regency_admin: 'Admin Kabupaten',
    agency_staff: 'Staf Dinas',
    district_staff: 'Staf Kecamatan',
    village_head: 'Kepala Desa',
    village_operator: 'Operator Desa',
    social_worker: 'Pendamping Sosial',
    citizen: 'Warga',
  },
  agencies: {
    social_affairs: 'Dinas Sosial',
    village_development: 'Dinas Pemberdayaan Masyarakat dan Desa',
    planning: 'Bappeda',
    inspectorate: 'Inspektorat',
  },
  levels: {
    province: 'Provinsi',
    regency: 'Kabupaten',
    district: 'Kecamatan',
    village: 'Desa/Kelurahan',
  },
  kinds: {
    desa: 'Desa',
    kelurahan: 'Kelurahan',
  },
  regionPicker: {
    label: 'Wilayah',
    district: 'Kecamatan',
    village: 'Desa/Kelurahan',
    allDistricts: 'Semua',
    allVillages: 'Semua',
    loadFailed: 'Daftar wilayah gagal dimuat.',
  },
  dashboard: {
    greetingMorning: 'Selamat pagi, {{name}}',
    greetingAfternoon: 'Selamat siang, {{name}}',
    greetingEvening: 'Selamat sore, {{name}}',
    greetingNight: 'Selamat malam, {{name}}',
    yourArea: 'Wilayah tugas Anda',
    yourVillage: 'Desa/kelurahan Anda',
    selectedRegion: 'Wilayah yang dipilih',
    breadcrumb: 'Letak wilayah',
    areaLevel: 'Tingkat wilayah',
    regionCode: 'Kode wilayah',
    districtCount: 'Kecamatan',
    villageCount: 'Desa/kelurahan',
    desaCount: 'Desa',
    kelurahanCount: 'Kelurahan',
    districtsIn: 'Kecamatan di {{name}}',
    villagesIn: 'Desa/kelurahan di {{name}}',
    childVillages: 'desa/kelurahan',
    openRegion: 'Lihat {{name}}',
    noChildren: 'Wilayah ini tidak memiliki sub-wilayah.',
    villageLevelNote:
      'Ini adalah tingkat desa/kelurahan. Data penduduk, layanan surat, dan bantuan sosial desa ini akan tampil di modul masing-masing.',
    loadFailed: 'Data wilayah gagal dimuat.',
    retry: 'Coba lagi',
  },
  underConstruction: {
    title: 'Modul ini sedang dibangun',
    body: 'Modul {{module}} belum tersedia. Kami sedang menyiapkannya dan akan segera mengaktifkannya.',
    back: 'Kembali ke Dasbor',
    backToMyFamily: 'Kembali ke Keluarga Saya',
  },
  forbidden: {
    title: 'Akses tidak diizinkan',
    body: 'Peran Anda tidak memiliki akses ke halaman ini.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: 'Alamat yang Anda buka tidak ada.',
  },
  common: {
    cancel: 'Batal',
    close: 'Tutup',
  },
  forms: {
    required: 'wajib diisi',
    choose: '— Pilih —',
    saving: 'Menyimpan…',
    notSaved: 'Data belum disimpan.',
    checkFields: 'Periksa {{n}} isian yang ditandai di bawah.',
  },
  validation: {
    required: 'Wajib diisi.',
    nikFormat: 'NIK harus 16 digit angka.',
    kkFormat: 'Nomor KK harus 16 digit angka.',
    nikSerialZero: 'Nomor urut NIK (4 digit terakhir) tidak boleh 0000.',
    nikTemporary:
      'Nomor diawali 0 adalah NIK sementara. Kosongkan NIK bila belum terbit: sistem memberi NIK sementara.',
    birthTimeFormat: 'Jam lahir berformat JJ:MM, misalnya 07:45.',
    birthWeightRange: 'Berat lahir 200-9000 gram.',
    birthLengthRange: 'Panjang lahir 15-80 cm.',
    birthOrderRange: 'Anak ke- berupa angka 1-30.',
    nikDateInvalid:
      'Tanggal lahir di dalam NIK (digit ke-7 sampai ke-12, HHBBTT) bukan tanggal yang ada. Untuk perempuan tanggalnya ditambah 40.',
    dateFormat: 'Tanggal tidak benar. Gunakan format HH/BB/TTTT dari pemilih tanggal.',
    dateFuture: 'Tanggal tidak boleh setelah hari ini.',
    reasonTooShort: 'Tuliskan alasannya (minimal 5 karakter).',
    nameTooShort: 'Nama minimal 2 huruf.',
    ageRange: 'Umur "dari" tidak boleh lebih besar dari umur "sampai".',
    rtRwFormat: 'RT/RW berupa angka, misalnya 3 atau 003.',
    originTooShort: 'Tuliskan alamat lengkap (minimal 3 karakter).',
    oneHead: 'Satu anggota harus berhubungan KEPALA KELUARGA (tidak boleh lebih dari satu).',
    floorAreaRange: 'Luas lantai berupa bilangan bulat 1–999 m².',
    coordinatesBoth: 'Isi lintang dan bujur bersama-sama, atau kosongkan keduanya.',
    coordinateFormat: 'Tulis sebagai angka desimal, misalnya -8.219300.',
    coordinateRange: 'Koordinat ini berada di luar wilayah Indonesia.',
    coordinatesSwapped: 'Lintang dan bujur tertukar? Lintang Banyuwangi sekitar -8, bujurnya sekitar 114.',
    outsideVillage: 'Titik rumah berada di luar batas desa. Periksa lagi letak penanda.',
  },
  pagination: {
    label: 'Halaman',
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    range: '{{from}}–{{to}} dari {{total}}',
    rangeMore: '{{from}}–{{to}} dari lebih dari {{total}}',
    page: 'halaman {{page}} dari {{pages}}',
  },
  population: { ...populationId, ...populationEventsId, ...populationHouseholdId, ...householdListId },
  letters: lettersId,
  map: mapId,
  villageGlance: villageGlanceId,
  account: accountId,
  errors: {
    network: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.',
    unexpected: 'Terjadi kesalahan pada server (kode {{status}}). Silakan coba lagi.',
  },
};

/** Every message of the app: the main bundle's and those a module's own pages add when they load. */
export type Messages = typeof id & ModuleMessages;
