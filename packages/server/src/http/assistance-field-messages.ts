// The social-assistance module's field messages (welfare, targeting and the map, programs, enrolments,
// distributions, usul and sanggah), kept beside the catalogue (field-messages.ts) that spreads them in.
export const ASSISTANCE_FIELD_MESSAGES = {
  WELFARE_WEIGHT: {
    id: 'Bobot harus angka 0 sampai 5 dengan paling banyak dua angka di belakang koma',
    en: 'A weight is a number from 0 to 5 with at most two decimals',
  },
  WELFARE_VARIABLE_UNKNOWN: {
    id: 'Variabel ini tidak ada dalam model',
    en: 'This variable is not in the model',
  },
  MAP_VILLAGE_CODE: {
    id: 'Rumah tangga di peta dibuka per desa: pilih satu desa/kelurahan',
    en: 'Households on the map are opened one village at a time: choose a village',
  },
  MAP_PROGRAM_CODE: {
    id: 'Kode program huruf besar, angka, - atau _ (mis. PKH)',
    en: 'A program code is capital letters, digits, - or _ (e.g. PKH)',
  },
  MAP_PROGRAM_NO_ELIGIBILITY: {
    id: 'Program ini belum punya syarat kelayakan, jadi belum ada rumah tangga yang layak',
    en: 'This program has no eligibility yet, so no household is eligible',
  },
  MAP_PROGRAM_GROUP: {
    id: 'Program kelompok tidak menjangkau rumah tangga: pilih program untuk rumah tangga, keluarga atau orang',
    en: 'A group program reaches no household: choose a program for households, families or people',
  },
  MAP_DECILE_RANGE: {
    id: 'Desil dari tidak boleh lebih besar dari desil sampai',
    en: 'The lowest decile may not be above the highest',
  },
  ELIGIBILITY_PROGRAM_UNKNOWN: {
    id: 'Tidak ada program dengan kode ini',
    en: 'No program has this code',
  },
  ELIGIBILITY_PROGRAM_ITSELF: {
    id: 'Syarat "tidak menerima program" tidak boleh menyebut program ini sendiri',
    en: 'The "not receiving" condition cannot name this program itself',
  },
  ELIGIBILITY_EMPTY: {
    id: 'Pilih ambang desil atau minimal satu syarat',
    en: 'Choose a decile threshold or at least one condition',
  },
  PROGRAM_CODE_FORM: {
    id: 'Kode program 1-30 huruf kapital, angka, - atau _ (mis. BLT-DD)',
    en: 'A program code is 1-30 capital letters, digits, - or _ (e.g. BLT-DD)',
  },
  PROGRAM_CODE_TAKEN: { id: 'Kode program ini sudah dipakai', en: 'This program code is already taken' },
  PROGRAM_NAME: {
    id: 'Nama program wajib diisi (paling banyak 200 karakter)',
    en: 'A program needs a name (at most 200 characters)',
  },
  PROGRAM_PERIOD_ORDER: {
    id: 'Akhir periode program tidak boleh sebelum awalnya',
    en: "A program's period cannot end before it starts",
  },
  BENEFIT_AMOUNT_CASH_ONLY: {
    id: 'Nominal bantuan hanya diisi untuk bantuan uang tunai',
    en: 'An amount is given only for a cash benefit',
  },
  PROGRAM_UNIT_FIXED: {
    id: 'Sasaran program tidak dapat diubah karena sudah ada peserta',
    en: "The program's target unit cannot change: it already has enrolments",
  },
  CYCLE_YEAR: { id: 'Tahun berupa angka 2000-2100', en: 'A year is a number from 2000 to 2100' },
  QUOTA_AREA: {
    id: 'Kuota hanya untuk kecamatan atau desa di wilayah program',
    en: "A quota is for a district or village within the program's area",
  },
  QUOTA_AREA_TWICE: {
    id: 'Wilayah ini sudah diberi kuota di atas',
    en: 'This area already has a quota above',
  },
  EXCLUSION_PROGRAM: {
    id: 'Program ini tidak dikenal, sama dengan program ini, atau bukan wewenang Anda',
    en: 'This program is unknown, is this program itself, or is not yours to decide',
  },
  ENROLMENT_UNIT_ID: {
    id: 'Pilih penduduk, keluarga, atau rumah tangga dari daftar',
    en: 'Choose a resident, family or household from the list',
  },
  ENROLMENT_UNIT_MISMATCH: {
    id: 'Sasaran ini tidak sesuai dengan sasaran program (lihat expectedUnitType)',
    en: "This unit is not the program's target unit (see expectedUnitType)",
  },
  ENROLMENT_UNIT_UNKNOWN: {
    id: 'Penduduk, keluarga, atau rumah tangga ini tidak terdaftar (aktif) di desa ini',
    en: 'This resident, family or household is not registered (current) in this village',
  },
  ENROLMENT_PROGRAM_UNKNOWN: { id: 'Program tidak dikenal', en: 'Unknown program' },
  ENROLMENT_OTHER_VILLAGE_PROGRAM: {
    id: 'Program desa hanya untuk warga desa pemiliknya',
    en: "A village's own program enrols only that village's people",
  },
  CARD_NUMBER_FORM: {
    id: 'Nomor kartu/peserta paling banyak 60 karakter',
    en: 'A card or participant number is at most 60 characters',
  },
  EXIT_REASON_REQUIRED: {
    id: 'Alasan keluar wajib dipilih bila status menjadi Keluar, dan hanya untuk status itu',
    en: 'An exit reason is required when the status becomes exited, and only then',
  },
  ENROLMENT_DATES_ORDER: {
    id: 'Tanggal berakhir tidak boleh sebelum tanggal mulai kepesertaan',
    en: 'An enrolment cannot end before it starts',
  },
  CYCLE_LABEL_FORM: {
    id: 'Periode ditulis 2026-03 (bulan), 2026-T2 (tahap), 2026 (tahun) atau 2026-R1 (putaran)',
    en: 'A cycle is written 2026-03 (month), 2026-T2 (tranche), 2026 (year) or 2026-R1 (round)',
  },
  RECEIVED_ON_ONLY_WHEN_RECEIVED: {
    id: 'Tanggal terima hanya diisi bila bantuan diterima',
    en: 'A date received is given only when the benefit was received',
  },
  DISTRIBUTION_ENROLMENT_UNKNOWN: {
    id: 'Kepesertaan ini tidak ada di program ini di desa ini',
    en: 'This enrolment is not in this program in this village',
  },
  DISTRIBUTION_NOT_RECEIVING: {
    id: 'Peserta ini belum aktif (masih diusulkan atau diverifikasi), sehingga belum menerima bantuan',
    en: 'This enrolment is not active yet (still proposed or verified), so nothing was received',
  },
  DISTRIBUTION_TWICE: {
    id: 'Kepesertaan ini sudah ada di baris sebelumnya',
    en: 'This enrolment is on an earlier row already',
  },
  DISTRIBUTION_CYCLE_UNKNOWN: {
    id: 'Program ini tidak mempunyai periode penyaluran tersebut',
    en: 'This program has no such cycle',
  },
  PROPOSAL_PROGRAM_UNKNOWN: {
    id: 'Program tidak dikenal, tidak aktif, atau tidak dapat diusulkan dari desa ini',
    en: 'Unknown or inactive program, or one that cannot be proposed from this village',
  },
  PROPOSAL_RECIPIENT_UNKNOWN: {
    id: 'Bukan penerima aktif di desa ini. Pilih dari daftar penerima desa.',
    en: 'Not a current recipient in this village. Choose from the village’s list of recipients.',
  },
  PROPOSAL_OUTCOME_UNFIT: {
    id: 'Hasil pemeriksaan ini tidak berlaku untuk jenis usulan/sanggahan ini',
    en: 'This check outcome does not apply to this kind of item',
  },
  PROPOSAL_DECISION_UNFIT: {
    id: 'Keputusan ini tidak berlaku untuk jenis usulan dan tingkat program ini (program pusat diusulkan ke Kementerian)',
    en: 'This decision does not fit the item’s kind and the program’s level (national programs are proposed to the ministry)',
  },
  VISIT_FINDINGS: {
    id: 'Tuliskan temuan kunjungan (minimal 5 karakter)',
    en: 'Write what the visit found (at least 5 characters)',
  },
  PROPOSAL_RESIDENT_UNKNOWN: {
    id: 'Penduduk pengusul tidak terdaftar di desa ini',
    en: 'The proposing resident is not registered in this village',
  },
  PROPOSAL_KK_FORM: { id: 'Nomor KK harus 16 digit angka', en: 'A KK number is 16 digits' },
  DELIBERATION_UNKNOWN: {
    id: 'Musyawarah desa ini tidak tercatat di desa ini',
    en: 'This village deliberation is not recorded in this village',
  },
  MINUTES_NOT_PDF: {
    id: 'Unggah berita acara musyawarah sebagai berkas PDF',
    en: 'Upload the deliberation’s minutes as a PDF file',
  },
  MINUTES_MISSING: {
    id: 'Kirim berita acara sebagai multipart/form-data di isian "file"',
    en: 'Send the minutes as multipart/form-data in the field "file"',
  },
  VISIT_DATE_FUTURE: {
    id: 'Tanggal kunjungan tidak boleh setelah hari ini',
    en: 'The visit date cannot be after today',
  },
} as const satisfies Record<string, { id: string; en: string }>;
