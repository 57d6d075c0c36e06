// Coded answers of the Regsosek 2022 family form, section IV ("Keterangan Sosial Ekonomi Anggota Keluarga"), as
// the cell notes of OpenSID's DTKS/Regsosek import workbook list them (format_impor_dtks_regsosek2022k.xlsx,
// sheet "4.ket sos-ek anggota"; the same codes as OpenSID's app/Enums/Dtks/Regsosek2022kEnum.php). `id` is the
// note's label (spelling kept, trailing spaces trimmed, unclosed brackets closed); `en` is our translation.
// Questions answered by a sum of codes (411, 426, 431a, 431f) list their flags in SumCodes instead.
import type { CodeList } from '../population/code-lists/types.ts';

/** Codes that are summed: each flag a power of two, and codes that stand alone (99 "other"/"unknown"). */
export interface SumCodes {
  readonly none: { readonly id: string; readonly en: string };
  readonly flags: CodeList;
  readonly alone: CodeList;
}

/** 404. Keterangan keberadaan anggota keluarga / Whereabouts of the member. */
export const MEMBER_PRESENCE: CodeList = [
  { code: 1, id: 'Tinggal bersama keluarga', en: 'Lives with the family' },
  { code: 2, id: 'Meninggal', en: 'Died' },
  {
    code: 3,
    id: 'Tidak tinggal bersama keluarga/pindah ke wilayah (daerah) lain di Indonesia',
    en: 'Does not live with the family / moved elsewhere in Indonesia',
  },
  {
    code: 4,
    id: 'Tidak tinggal bersama keluarga/pindah ke luar negeri',
    en: 'Does not live with the family / moved abroad',
  },
  { code: 5, id: 'Anggota Keluarga baru', en: 'New family member' },
  { code: 6, id: 'Tidak ditemukan', en: 'Not found' },
];

/** Answers 1 Ya / 2 Tidak (410, 416a, 420a). */
export const YES_NO: CodeList = [
  { code: 1, id: 'Ya', en: 'Yes' },
  { code: 2, id: 'Tidak', en: 'No' },
];

/** Answers 1 Ya / 2 Tidak / 8 Tidak tahu (431b–e). */
export const YES_NO_UNKNOWN: CodeList = [...YES_NO, { code: 8, id: 'Tidak tahu', en: "Don't know" }];

/** 411. Kartu identitas (jumlahkan kode) / Identity documents (a sum). */
export const IDENTITY_DOCUMENTS: SumCodes = {
  none: { id: 'Tidak memiliki', en: 'None' },
  flags: [
    { code: 1, id: 'Akta kelahiran', en: 'Birth certificate' },
    { code: 2, id: 'KIA', en: 'Child identity card (KIA)' },
    { code: 4, id: 'KTP', en: 'Identity card (KTP)' },
  ],
  alone: [],
};

/** 412. Partisipasi sekolah / School participation. */
export const SCHOOL_PARTICIPATION: CodeList = [
  { code: 1, id: 'Tidak/belum pernah sekolah', en: 'Never attended school' },
  { code: 2, id: 'Masih sekolah', en: 'Still in school' },
  { code: 3, id: 'Tidak bersekolah lagi', en: 'No longer in school' },
];

const SCHOOL_LEVELS: CodeList = [
  { code: 1, id: 'Paket A', en: 'Paket A (primary equivalency)' },
  { code: 2, id: 'SDLB', en: 'Special-needs primary school (SDLB)' },
  { code: 3, id: 'SD', en: 'Primary school (SD)' },
  { code: 4, id: 'MI', en: 'Islamic primary school (MI)' },
  { code: 5, id: 'SPM/PDF Ula', en: 'Pesantren primary level (SPM/PDF Ula)' },
  { code: 6, id: 'Paket B', en: 'Paket B (junior secondary equivalency)' },
  { code: 7, id: 'SMP LB', en: 'Special-needs junior secondary (SMPLB)' },
  { code: 8, id: 'SMP', en: 'Junior secondary school (SMP)' },
  { code: 9, id: 'MTs', en: 'Islamic junior secondary (MTs)' },
  { code: 10, id: 'SPM/PDF Wustha', en: 'Pesantren junior secondary level (SPM/PDF Wustha)' },
  { code: 11, id: 'Paket C', en: 'Paket C (senior secondary equivalency)' },
  { code: 12, id: 'SMLB', en: 'Special-needs senior secondary (SMLB)' },
  { code: 13, id: 'SMA', en: 'Senior secondary school (SMA)' },
  { code: 14, id: 'MA', en: 'Islamic senior secondary (MA)' },
  { code: 15, id: 'SMK', en: 'Vocational secondary school (SMK)' },
  { code: 16, id: 'MAK', en: 'Islamic vocational secondary (MAK)' },
  { code: 17, id: 'SPM/PDF Ulya', en: 'Pesantren senior secondary level (SPM/PDF Ulya)' },
  { code: 18, id: 'D1/D2/D3', en: 'Diploma (D1/D2/D3)' },
  { code: 19, id: 'D4/S1', en: "Bachelor's degree (D4/S1)" },
  { code: 20, id: 'Profesi', en: 'Professional degree' },
  { code: 21, id: 'S2', en: "Master's degree (S2)" },
  { code: 22, id: 'S3', en: 'Doctorate (S3)' },
];

/** 413. Jenjang dan jenis pendidikan tertinggi yang pernah/sedang diduduki / Highest school level attended. */
export const EDUCATION_LEVEL: CodeList = SCHOOL_LEVELS;

/** 414. Kelas tertinggi yang pernah/sedang diduduki / Highest grade attended (8: finished and passed). */
export const HIGHEST_GRADE: CodeList = [
  ...[1, 2, 3, 4, 5, 6, 7].map((code) => ({ code, id: String(code), en: `Grade ${code}` })),
  { code: 8, id: '8 (Tamat & Lulus)', en: 'Finished and passed' },
];

/** 415. Ijazah tertinggi yang dimiliki / Highest diploma held. */
export const HIGHEST_DIPLOMA: CodeList = [
  ...SCHOOL_LEVELS,
  { code: 23, id: 'Tidak punya ijazah', en: 'No diploma' },
];

/** 417 and 421. Lapangan usaha / Sector of the main job or business (coded by the supervisor, PML). */
export const BUSINESS_SECTOR: CodeList = [
  { code: 1, id: 'Pertanian tanaman padi & palawija', en: 'Rice and secondary food crops' },
  { code: 2, id: 'Hortikultura', en: 'Horticulture' },
  { code: 3, id: 'Perkebunan', en: 'Plantation crops' },
  { code: 4, id: 'Perikanan', en: 'Fisheries' },
  { code: 5, id: 'Peternakan', en: 'Livestock' },
  { code: 6, id: 'Kehutanan & pertanian lainnya', en: 'Forestry and other agriculture' },
  { code: 7, id: 'Pertambangan/penggalian', en: 'Mining and quarrying' },
  { code: 8, id: 'Industri pengolahan', en: 'Manufacturing' },
  {
    code: 9,
    id: 'Pengadaan listrik, gas, uap/air panas, & udara dingin',
    en: 'Electricity, gas, steam and air-conditioning supply',
  },
  {
    code: 10,
    id: 'Pengelolaan air, pengelolaan air limbah, pengelolaan dan daur ulang sampah, dan aktivitas remediasi',
    en: 'Water supply, sewerage, waste management and remediation',
  },
  { code: 11, id: 'Konstruksi', en: 'Construction' },
  {
    code: 12,
    id: 'Perdagangan besar dan eceran, reparasi dan perawatan mobil dan sepeda motor',
    en: 'Wholesale and retail trade; repair of cars and motorcycles',
  },
  { code: 13, id: 'Pengangkutan dan pergudangan', en: 'Transport and storage' },
  { code: 14, id: 'Penyediaan akomodasi & makan minum', en: 'Accommodation and food service' },
  { code: 15, id: 'Informasi & komunikasi', en: 'Information and communication' },
  { code: 16, id: 'Keuangan & asuransi', en: 'Finance and insurance' },
  { code: 17, id: 'Real estate', en: 'Real estate' },
  { code: 18, id: 'Aktivitas profesional, ilmiah, dan teknis', en: 'Professional, scientific and technical' },
  {
    code: 19,
    id: 'Aktivitas penyewaan dan sewa guna tanpa hak opsi, ketenagakerjaan, agen perjalanan, dan penunjang usaha lainnya',
    en: 'Rental and leasing, employment, travel agencies and other business support',
  },
  {
    code: 20,
    id: 'Administrasi pemerintahan, pertahanan, dan jaminan sosial wajib',
    en: 'Public administration, defence and compulsory social security',
  },
  { code: 21, id: 'Pendidikan', en: 'Education' },
  { code: 22, id: 'Aktivitas kesehatan manusia dan aktivitas sosial', en: 'Human health and social work' },
  { code: 23, id: 'Kesenian, hiburan, dan rekreasi', en: 'Arts, entertainment and recreation' },
  { code: 24, id: 'Aktivitas jasa lainnya', en: 'Other service activities' },
  { code: 25, id: 'Aktivitas keluarga sebagai pemberi kerja', en: 'Households as employers' },
  {
    code: 26,
    id: 'Aktivitas badan internasional dan badan ekstra internasional lainnya',
    en: 'Extraterritorial organisations',
  },
];

/** 418. Status kedudukan dalam pekerjaan utama / Status in the main job. */
export const WORK_STATUS: CodeList = [
  { code: 1, id: 'Berusaha sendiri', en: 'Own-account worker' },
  {
    code: 2,
    id: 'Berusaha dibantu buruh tidak tetap/tidak dibayar',
    en: 'Employer with temporary or unpaid help',
  },
  { code: 3, id: 'Berusaha dibantu buruh tetap/dibayar', en: 'Employer with permanent paid workers' },
  { code: 4, id: 'Buruh/karyawan/pegawai swasta', en: 'Private employee' },
  {
    code: 5,
    id: 'PNS/TNI/Polri/BUMN/BUMD/pejabat negara',
    en: 'Civil servant, military, police, state enterprise or state official',
  },
  { code: 6, id: 'Pekerja bebas pertanian', en: 'Casual agricultural worker' },
  { code: 7, id: 'Pekerja bebas non-pertanian', en: 'Casual non-agricultural worker' },
  { code: 8, id: 'Pekerja keluarga/tidak dibayar', en: 'Unpaid family worker' },
];

/** 419. Kepemilikan NPWP / Tax number (NPWP). */
export const NPWP: CodeList = [
  { code: 1, id: 'Ada, Dapat menunjukkan', en: 'Yes, can show it' },
  { code: 2, id: 'Ada, Tidak dapat menunjukkan', en: 'Yes, cannot show it' },
  { code: 3, id: 'Tidak ada', en: 'None' },
];

/** 424. Kepemilikan perizinan usaha utama / Licence of the main business. */
export const BUSINESS_LICENCE: CodeList = [
  { code: 1, id: 'Surat Izin Tempat Usaha (SITU)', en: 'Business premises permit (SITU)' },
  { code: 2, id: 'Surat Izin Usaha Perdagangan (SIUP)', en: 'Trading business permit (SIUP)' },
  { code: 3, id: 'Nomor Registrasi Perusahaan (NRP)', en: 'Company registration number (NRP)' },
  { code: 4, id: 'Nomor Induk Berusaha (NIB)', en: 'Business identification number (NIB)' },
  { code: 5, id: 'Surat Keterangan Domisili Perusahaan (SKDP)', en: 'Company domicile letter (SKDP)' },
  {
    code: 6,
    id: 'Analisis Mengenai Dampak Lingkungan (Amdal)',
    en: 'Environmental impact assessment (Amdal)',
  },
  { code: 7, id: 'Surat Izin Mendirikan Bangunan (SIMB)', en: 'Building permit (SIMB)' },
  { code: 8, id: 'Surat Keputusan Badan Hukum (SKBH)', en: 'Legal entity decree (SKBH)' },
  { code: 9, id: 'Akta Pendirian Perseroan Terbatas (APPT)', en: 'Deed of incorporation (APPT)' },
  { code: 10, id: 'Surat izin lainnya', en: 'Other permit' },
  { code: 11, id: 'Belum memiliki izin usaha', en: 'No business licence yet' },
  { code: 12, id: 'Surat Izin Gangguan', en: 'Nuisance permit (HO)' },
];

/** 425. Omzet usaha utama per bulan / Monthly turnover of the main business. */
export const BUSINESS_TURNOVER: CodeList = [
  { code: 1, id: '< 5 Juta (ultra mikro)', en: 'Under Rp5 million (ultra-micro)' },
  { code: 2, id: '5 -< 15 Juta (ultra mikro)', en: 'Rp5 to under 15 million (ultra-micro)' },
  { code: 3, id: '15 -< 25 Juta (ultra mikro)', en: 'Rp15 to under 25 million (ultra-micro)' },
  { code: 4, id: '25 -< 167 Juta (mikro)', en: 'Rp25 to under 167 million (micro)' },
  { code: 5, id: '167 -< 1.250 Juta (kecil)', en: 'Rp167 to under 1,250 million (small)' },
  { code: 6, id: '1.250 -< 4.167 Juta (menengah)', en: 'Rp1,250 to under 4,167 million (medium)' },
  { code: 7, id: 'lebih besar sama dengan 4.167 Juta (besar)', en: 'Rp4,167 million or more (large)' },
];

/** 426. Penggunaan internet dalam kegiatan usaha utama (jumlahkan kode) / Internet use in the business (a sum). */
export const BUSINESS_INTERNET: SumCodes = {
  none: { id: 'Tidak menggunakan internet', en: 'No internet' },
  flags: [
    { code: 1, id: 'Sebagai sarana komunikasi', en: 'For communication' },
    { code: 2, id: 'Untuk mencari informasi', en: 'To look for information' },
    { code: 4, id: 'Sebagai Pemasaran/Iklan', en: 'For marketing / advertising' },
    { code: 8, id: 'Sebagai Sarana Penjualan Produk/Output', en: 'To sell products' },
    { code: 16, id: 'Sebagai Pembelian dan/atau Produksi', en: 'For purchasing and/or production' },
    { code: 32, id: 'Lainnya', en: 'Other' },
  ],
  alone: [],
};

/** 427. Kondisi gizi anak (pemeriksaan 3 bulan terakhir) / A child's nutrition at the last check-up. */
export const CHILD_NUTRITION: CodeList = [
  { code: 1, id: 'Kurang Gizi (Wasting)', en: 'Wasting' },
  { code: 2, id: 'Kerdil (Stunting)', en: 'Stunting' },
  { code: 3, id: 'Tidak ada catatan', en: 'No record' },
  { code: 8, id: 'Tidak tahu', en: "Don't know" },
];

/** 428a–i. Kesulitan/gangguan fungsional / Functional difficulty (Washington Group scale). */
export const DIFFICULTY: CodeList = [
  { code: 1, id: 'Ya, sama sekali tidak bisa', en: 'Yes, cannot do it at all' },
  { code: 2, id: 'Ya, banyak kesulitan dan membutuhkan bantuan', en: 'Yes, a lot of difficulty, needs help' },
  {
    code: 3,
    id: 'Ya, sedikit kesulitan, tapi tidak membutuhkan bantuan',
    en: 'Yes, some difficulty, needs no help',
  },
  { code: 4, id: 'Tidak mengalami kesulitan', en: 'No difficulty' },
];

/** 428j. Seberapa sering mengalami gangguan kesedihan/depresi / How often sad or depressed. */
export const SADNESS_FREQUENCY: CodeList = [
  { code: 1, id: 'Sangat sering', en: 'Very often' },
  { code: 2, id: 'Sering', en: 'Often' },
  { code: 3, id: 'Jarang', en: 'Rarely' },
  { code: 4, id: 'Tidak pernah', en: 'Never' },
];

/** 429. Caregiver/pemberi rawat/pengasuh/wali / Who cares for the member. */
export const CAREGIVER: CodeList = [
  { code: 1, id: 'Ya, Anggota Keluarga', en: 'Yes, a family member' },
  { code: 2, id: 'Ya, Bukan Anggota Keluarga', en: 'Yes, not a family member' },
  { code: 3, id: 'Ya, Tinggal Sendiri', en: 'Yes, lives alone' },
];

/** 430. Keluhan kesehatan kronis/menahun / Chronic illness. */
export const CHRONIC_ILLNESS: CodeList = [
  { code: 1, id: 'Tidak Ada', en: 'None' },
  { code: 2, id: 'Hipertensi (darah tinggi)', en: 'Hypertension' },
  { code: 3, id: 'Rematik', en: 'Rheumatism' },
  { code: 4, id: 'Asma', en: 'Asthma' },
  { code: 5, id: 'Masalah jantung', en: 'Heart problems' },
  { code: 6, id: 'Diabetes (kencing manis)', en: 'Diabetes' },
  { code: 7, id: 'Tuberculosis (TBC)', en: 'Tuberculosis' },
  { code: 8, id: 'Stroke', en: 'Stroke' },
  { code: 9, id: 'Kanker atau tumor ganas', en: 'Cancer or malignant tumour' },
  { code: 10, id: 'Gagal ginjal', en: 'Kidney failure' },
  { code: 11, id: 'Haemophilia', en: 'Haemophilia' },
  { code: 12, id: 'HIV/AIDS', en: 'HIV/AIDS' },
  { code: 13, id: 'Kolesterol', en: 'High cholesterol' },
  { code: 14, id: 'Sirosis Hati', en: 'Cirrhosis of the liver' },
  { code: 15, id: 'Thalasemia', en: 'Thalassaemia' },
  { code: 16, id: 'Leukimia', en: 'Leukaemia' },
  { code: 17, id: 'Alzheimer', en: "Alzheimer's disease" },
  { code: 18, id: 'Lainnya', en: 'Other' },
];

/** 431a. Jaminan kesehatan setahun terakhir (jumlahkan kode) / Health insurance in the last year (a sum). */
export const HEALTH_INSURANCE: SumCodes = {
  none: { id: 'Tidak memiliki', en: 'None' },
  flags: [
    { code: 1, id: 'PBI/JKN', en: 'JKN, premium paid by the state (PBI)' },
    { code: 2, id: 'JKN Mandiri', en: 'JKN, self-paid' },
    { code: 4, id: 'JKN Pemberi Kerja', en: 'JKN, paid by the employer' },
    { code: 8, id: 'Jamkes lainnya', en: 'Other health insurance' },
  ],
  alone: [{ code: 99, id: 'Lainnya', en: 'Other' }],
};

/** 431f. Jaminan ketenagakerjaan (jumlahkan kode) / Employment insurance (a sum). */
export const EMPLOYMENT_INSURANCE: SumCodes = {
  none: { id: 'Tidak memiliki', en: 'None' },
  flags: [
    { code: 1, id: 'BPJS Jaminan Kecelakaan Kerja', en: 'BPJS work-accident insurance' },
    { code: 2, id: 'BPJS Jaminan Kematian', en: 'BPJS death benefit' },
    { code: 4, id: 'BPJS Jaminan Hari Tua', en: 'BPJS old-age savings' },
    { code: 8, id: 'BPJS Jaminan Pensiun', en: 'BPJS pension' },
    {
      code: 16,
      id: 'Pensiunan/Jaminan hari tua lainnya (Taspen/Program Pensiun Swasta)',
      en: 'Other pension or old-age scheme (Taspen, private pension)',
    },
  ],
  alone: [{ code: 99, id: 'Tidak tahu', en: "Don't know" }],
};

/** Is `value` an answer of a summed question: 0 (none), a sum of distinct flags, or a code that stands alone. */
export function isSumAnswer(codes: SumCodes, value: number): boolean {
  if (!Number.isInteger(value)) return false;
  if (codes.alone.some((entry) => entry.code === value)) return true;
  const all = codes.flags.reduce((sum, flag) => sum | flag.code, 0);
  return value >= 0 && (value & ~all) === 0;
}

/** The flags a summed answer holds (none for 0 and for a code that stands alone). */
export function flagsOfSum(codes: SumCodes, value: number): number[] {
  if (codes.alone.some((entry) => entry.code === value)) return [];
  return codes.flags.map((flag) => flag.code).filter((code) => (value & code) !== 0);
}
