// The messages a route writes for one field itself (beyond zod's built-in ones, which come in both languages
// from zod's locales): each in Indonesian and English, once. A schema passes `say(key)` (the Indonesian text)
// to its check, and the problem handler finds the English beside it here; a service builds a field error with
// `fieldError` (field-errors.ts). A test fails on a message written anywhere else.
import { ASSISTANCE_FIELD_MESSAGES } from './assistance-field-messages.ts';

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
  ...ASSISTANCE_FIELD_MESSAGES,
} as const satisfies Record<string, { id: string; en: string }>;

export type FieldMessageKey = keyof typeof FIELD_MESSAGES;

/** The Indonesian text of a catalogued message, for a zod check. */
export const say = (key: FieldMessageKey): string => FIELD_MESSAGES[key].id;

const englishById = new Map<string, string>(Object.values(FIELD_MESSAGES).map((m) => [m.id, m.en]));

/** The English of a catalogued Indonesian message, if it is one. */
export const englishOfFieldMessage = (id: string): string | undefined => englishById.get(id);
