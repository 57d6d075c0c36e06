// The messages a route writes for one field itself (beyond zod's built-in ones, which come in both languages
// from zod's locales): each in Indonesian and English, once. A schema passes `say(key)` (the Indonesian text)
// to its check, and the problem handler finds the English beside it here; a service builds a field error with
// `fieldError` (field-errors.ts). A test fails on a message written anywhere else.
export const FIELD_MESSAGES = {
  CODE_LIST_NAMES: {
    id: 'Nama daftar kode dipisah koma, huruf kecil (mis. sex,agama)',
    en: 'Code list names, comma-separated, lower case (e.g. sex,agama)',
  },
  POSTAL_CODE: { id: 'Kode pos harus 5 digit', en: 'A postal code is 5 digits' },
  PHONE: { id: 'Nomor telepon tidak valid', en: 'The phone number is not valid' },
  EMAIL: { id: 'Alamat email tidak valid', en: 'The email address is not valid' },
  WEBSITE: { id: 'Alamat situs tidak valid', en: 'The website address is not valid' },
  PASSWORD_TOO_SHORT: {
    id: 'Kata sandi minimal 10 karakter',
    en: 'The password needs at least 10 characters',
  },
  CURRENT_PASSWORD_WRONG: {
    id: 'Kata sandi saat ini salah',
    en: 'The current password is wrong',
  },
  PASSWORD_NOT_NEW: {
    id: 'Kata sandi baru harus berbeda dari kata sandi saat ini',
    en: 'The new password must differ from the current one',
  },
  USERNAME_FORM: {
    id: 'Nama pengguna 3-50 huruf kecil, angka, titik, garis',
    en: 'A username is 3-50 lower-case letters, digits, dots, hyphens or underscores',
  },
  NIK_FORM: { id: 'NIK harus 16 digit angka', en: 'A NIK is 16 digits' },
  PIN_FORM: { id: 'PIN harus 6 digit angka', en: 'A PIN is 6 digits' },
  REVEAL_REASON: {
    id: 'Tuliskan alasan membuka data lengkap (minimal 5 karakter)',
    en: 'Write why the full data is opened (at least 5 characters)',
  },
  EXPORT_REASON: {
    id: 'Tulis alasan (minimal 5 huruf) untuk ekspor dengan NIK lengkap',
    en: 'A full export (with whole NIKs) needs a reason of at least 5 characters',
  },
  CORRECTION_REASON: {
    id: 'Tuliskan alasan koreksi (minimal 5 karakter)',
    en: 'Write the reason for the correction (at least 5 characters)',
  },
  REASON: { id: 'Tuliskan alasannya (minimal 5 karakter)', en: 'Write the reason (at least 5 characters)' },
  FULL_NAME_REQUIRED: { id: 'Nama lengkap wajib diisi', en: 'The full name is required' },
  DESTINATION_REQUIRED: { id: 'Alamat tujuan wajib diisi', en: 'The destination address is required' },
  ORIGIN_REQUIRED: { id: 'Alamat asal wajib diisi', en: 'The address moved from is required' },
  DATE_FORM: { id: 'Tanggal harus berformat YYYY-MM-DD', en: 'A date is written YYYY-MM-DD' },
  NIK_OR_EMPTY: {
    id: 'NIK harus 16 digit angka, atau kosongkan bila belum terbit',
    en: 'A NIK is 16 digits; leave it empty if it has not been issued yet',
  },
  CEK_BANSOS_VILLAGE: {
    id: 'Pilih kecamatan dan desa/kelurahan terlebih dahulu',
    en: 'Choose the district and the village first',
  },
  CEK_BANSOS_NAME: {
    id: 'Tulis nama sesuai KTP, 3 sampai 80 huruf',
    en: 'Type the name as on the KTP, 3 to 80 letters',
  },
  CEK_BANSOS_NUMBER: {
    id: 'NIK atau nomor KK terdiri dari 16 angka',
    en: 'A NIK or KK number has 16 digits',
  },
  NIK_PREFIX_LENGTH: {
    id: 'Cari dengan 6-12 digit awal NIK, atau NIK lengkap 16 digit',
    en: 'Search by the first 6-12 digits of a NIK, or the whole 16-digit NIK',
  },
  BIRTH_TIME_FORM: {
    id: 'Jam lahir berformat JJ:MM, misalnya 07:45',
    en: 'A time of birth is written HH:MM, e.g. 07:45',
  },
  BIRTH_WEIGHT: { id: 'Berat lahir 200-9000 gram', en: 'A birth weight is 200-9,000 grams' },
  BIRTH_LENGTH: { id: 'Panjang lahir 15-80 cm', en: 'A birth length is 15-80 cm' },
  BIRTH_ORDER: { id: 'Anak ke- berupa angka 1-30', en: 'The birth order is a number from 1 to 30' },
  NEIGHBOURHOOD_FORM: {
    id: 'RW/RT berupa angka, paling banyak 3 digit',
    en: 'RW and RT are numbers of at most 3 digits',
  },
  REGION_CODE: { id: 'Kode wilayah tidak dikenali', en: 'The region code is not known' },
  REQUEST_URL: {
    id: 'Alamat permintaan (URL) tidak sah atau terlalu panjang',
    en: "The request's address (URL) is not valid or is too long",
  },
  WHOLE_NUMBER: { id: 'Harus bilangan bulat', en: 'Must be a whole number' },
  FAMILY_CHOICE: {
    id: 'Pilih KK tujuan atau isi data KK baru',
    en: 'Choose the family card to join, or fill in a new family card',
  },
  SPLIT_MEMBERS: {
    id: 'Anggota yang dipilih harus anggota KK asal dan termasuk kepala KK baru',
    en: 'The chosen members must belong to the original card and include the new card’s head',
  },
  NIP_FORM: { id: 'NIP harus 18 digit angka', en: 'A NIP is 18 digits' },
  TERM_END_BEFORE_START: {
    id: 'Akhir masa jabatan tidak boleh sebelum awalnya',
    en: 'A term cannot end before it starts',
  },
  LETTER_FIELD_REQUIRED: { id: 'Isian ini wajib diisi untuk surat ini', en: 'This letter needs this field' },
  LETTER_FIELD_NUMBER: { id: 'Isian ini harus berupa angka', en: 'This field must be a number' },
  LETTER_FIELD_DATE: {
    id: 'Isian ini harus tanggal yang benar (YYYY-MM-DD)',
    en: 'This field must be a real date (YYYY-MM-DD)',
  },
  LETTER_FIELD_TIME: { id: 'Isian ini harus jam (JJ:MM)', en: 'This field must be a time (HH:MM)' },
  LETTER_FIELD_OPTION: {
    id: 'Pilih salah satu pilihan yang tersedia',
    en: 'Choose one of the options offered',
  },
  LETTER_FIELD_TOO_LONG: { id: 'Isian ini terlalu panjang', en: 'This field is too long' },
  LETTER_FIELD_UNKNOWN: {
    id: 'Surat ini tidak mempunyai isian tersebut',
    en: 'This letter has no such field',
  },
  LETTER_TYPE_UNKNOWN: { id: 'Jenis surat tidak dikenal', en: 'Unknown letter type' },
  LETTER_RESIDENT_UNKNOWN: {
    id: 'Penduduk ini tidak terdaftar di desa ini',
    en: 'This resident is not registered in this village',
  },
  NUMBER_FORMAT_SEQUENCE: {
    id: 'Format nomor harus memuat [nomor] tepat satu kali',
    en: 'A number format must hold [nomor] exactly once',
  },
  NUMBER_FORMAT_TOKEN: {
    id: 'Format nomor hanya boleh memuat [klasifikasi], [nomor], [nomor:4], [kode], [kode_desa], [bulan], [bulan_romawi], [tahun] dan teks biasa (paling banyak 120 karakter)',
    en: 'A number format may hold only [klasifikasi], [nomor], [nomor:4], [kode], [kode_desa], [bulan], [bulan_romawi], [tahun] and plain text (at most 120 characters)',
  },
  NUMBER_FORMAT_TYPE_CODE: {
    id: 'Nomor urut tersendiri per jenis surat harus memuat [kode] dalam format nomornya',
    en: 'A sequence of its own per letter type needs [kode] in its number format',
  },
  KLASIFIKASI_UNKNOWN: {
    id: 'Kode klasifikasi surat tidak ada dalam daftar',
    en: 'The classification code is not in the list',
  },
  DELEGATION_LETTER_TYPE: {
    id: 'Jenis surat ini tidak dikenal atau bukan wewenang pejabat yang melimpahkan',
    en: 'This letter type is unknown or not the authority of the one delegating it',
  },
  LETTER_PARTY_UNKNOWN: {
    id: 'Surat ini tidak menyebut pihak tersebut',
    en: 'This letter names no such person',
  },
  LETTER_PARTY_REQUIRED: {
    id: 'Surat ini memerlukan orang ini: pilih dari data penduduk atau isi datanya',
    en: 'This letter needs this person: pick them from the registry or type their details',
  },
  LETTER_PARTY_RESIDENT_ONLY: {
    id: 'Orang ini harus dipilih dari data penduduk desa',
    en: 'This person must be picked from the village registry',
  },
  LETTER_PARTY_RESIDENT: {
    id: 'Penduduk ini tidak tercatat hidup dan tinggal di desa ini',
    en: 'This resident is not recorded as living in this village',
  },
  PARTY_ONE_OF: {
    id: 'Pilih penduduk atau isi data orang dari luar desa (salah satu)',
    en: 'Pick a resident or type the details of someone from outside the village (one of them)',
  },
  PARTY_ADDRESS: {
    id: 'Alamat wajib diisi (minimal 5 karakter)',
    en: 'The address is required (at least 5 characters)',
  },
  TEMPLATE_TITLE_MISSING: { id: 'Judul surat wajib diisi', en: 'The letter needs a title' },
  TEMPLATE_BODY_EMPTY: { id: 'Isi surat tidak boleh kosong', en: 'The letter needs a body' },
  TEMPLATE_MARGIN: {
    id: 'Margin harus antara 5 dan 50 mm',
    en: 'A margin is between 5 and 50 mm',
  },
  TEMPLATE_PLACEHOLDER_UNKNOWN: {
    id: 'Teks memuat isian yang tidak dikenal; pilih isian dari daftar:',
    en: 'The text holds an unknown placeholder; pick placeholders from the list:',
  },
  TEMPLATE_PARAGRAPH_TEXT: { id: 'Paragraf memerlukan teks', en: 'A paragraph needs its text' },
  TEMPLATE_TEXT_TOO_LONG: {
    id: 'Paragraf terlalu panjang (paling banyak 4.000 karakter)',
    en: 'The paragraph is too long (at most 4,000 characters)',
  },
  TEMPLATE_FIELD_KEY: {
    id: 'Kode isian: huruf kecil, angka dan garis bawah, diawali huruf, tidak boleh kembar',
    en: 'A field key is lower-case letters, digits and underscores, starting with a letter, and unique',
  },
  TEMPLATE_SELECT_OPTIONS: {
    id: 'Isian pilihan memerlukan paling sedikit satu pilihan',
    en: 'A choice field needs at least one option',
  },
  TEMPLATE_GROUP_UNKNOWN: {
    id: 'Tidak ada isian dalam kelompok ini',
    en: 'No field belongs to this group',
  },
  TEMPLATE_PARTY_UNKNOWN: {
    id: 'Templat ini tidak mempunyai pihak tersebut; pilih dari pihak surat ini',
    en: 'This template has no such person; pick one of the letter’s parties',
  },
  LOGO_FORMAT: {
    id: 'Logo harus berkas PNG atau JPEG, paling besar 2 MB',
    en: 'The logo must be a PNG or JPEG file of at most 2 MB',
  },
  VOID_REASON: {
    id: 'Tuliskan alasan pembatalan surat (minimal 5 karakter)',
    en: 'Write why the letter is voided (at least 5 characters)',
  },
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
  SIGN_PASSWORD_WRONG: {
    id: 'Kata sandi salah; surat belum ditandatangani',
    en: 'Wrong password; the letter was not signed',
  },
  LETTER_RESIDENT_NOT_FAMILY: {
    id: 'Anda hanya dapat memohon surat untuk diri sendiri atau anggota kartu keluarga Anda',
    en: 'You can request letters only for yourself or a member of your own family card',
  },
  REQUIREMENT_UNKNOWN: {
    id: 'Persyaratan ini tidak diminta untuk surat ini',
    en: 'This letter does not ask for this requirement',
  },
  REQUIREMENTS_NOT_ALL_SEEN: {
    id: 'Centang semua persyaratan setelah Anda memeriksanya',
    en: 'Tick every requirement once you have checked it',
  },
  ATTACHMENT_NOT_IMAGE: {
    id: 'Unggah foto berformat JPEG atau PNG',
    en: 'Upload a JPEG or PNG photo',
  },
  ATTACHMENT_MISSING: {
    id: 'Kirim foto sebagai multipart/form-data di isian "file"',
    en: 'Send the photo as multipart/form-data in the field "file"',
  },
  REJECT_REASON: {
    id: 'Tuliskan alasan penolakan (minimal 5 karakter)',
    en: 'Write why the request is rejected (at least 5 characters)',
  },
  OFFICIAL_ACCOUNT_NOT_STAFF: {
    id: 'Pilih akun staf aktif (kepala desa atau operator) desa ini',
    en: 'Choose an active staff account (village head or operator) of this village',
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

export type FieldMessageKey = keyof typeof FIELD_MESSAGES;

/** The Indonesian text of a catalogued message, for a zod check. */
export const say = (key: FieldMessageKey): string => FIELD_MESSAGES[key].id;

const englishById = new Map<string, string>(Object.values(FIELD_MESSAGES).map((m) => [m.id, m.en]));

/** The English of a catalogued Indonesian message, if it is one. */
export const englishOfFieldMessage = (id: string): string | undefined => englishById.get(id);
