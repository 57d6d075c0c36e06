// What a resident brings (or photographs) for a letter: the requirements (persyaratan) the operator sees and
// ticks before the letter goes to be signed. The list of kinds follows the requirements villages ask for
// every day (OpenSID's reference list of letter requirements names the same documents); which letter asks
// which is data here, so a village's practice can be followed without code in the server.

export const REQUIREMENT_KINDS = {
  ktp: { id: 'Foto KTP-el', en: 'Photo of the ID card (KTP-el)' },
  kk: { id: 'Foto Kartu Keluarga', en: 'Photo of the family card' },
  pengantar_rt: { id: 'Surat pengantar RT/RW', en: 'Covering letter of the RT/RW' },
  akta_nikah: { id: 'Buku nikah / akta perkawinan', en: 'Marriage book or certificate' },
  akta_lahir: { id: 'Akta kelahiran', en: 'Birth certificate' },
  surat_kematian: {
    id: 'Surat keterangan kematian dari rumah sakit/dokter',
    en: 'Death notice from the hospital or doctor',
  },
  surat_kelahiran: {
    id: 'Surat keterangan lahir dari bidan/rumah sakit',
    en: 'Birth notice from the midwife or hospital',
  },
  bukti_tanah: { id: 'Bukti kepemilikan tanah', en: 'Proof of land ownership' },
  bukti_kendaraan: { id: 'BPKB/STNK kendaraan', en: 'Vehicle registration papers' },
} as const;
export type RequirementKind = keyof typeof REQUIREMENT_KINDS;

/** Every letter asks for the ID card and the family card unless listed otherwise below. */
const DEFAULT_REQUIREMENTS: readonly RequirementKind[] = ['ktp', 'kk'];

const REQUIREMENTS_BY_TYPE: Readonly<Record<string, readonly RequirementKind[]>> = {
  'keterangan-domisili': ['ktp', 'kk'],
  'keterangan-pengantar': ['pengantar_rt', 'ktp', 'kk'],
  'keterangan-kurang-mampu': ['pengantar_rt', 'ktp', 'kk'],
  'pengantar-izin-keramaian': ['pengantar_rt', 'ktp'],
  'keterangan-pergi-kawin': ['pengantar_rt', 'ktp', 'kk', 'akta_lahir'],
  'keterangan-untuk-nikah-warga-non-muslim': ['pengantar_rt', 'ktp', 'kk', 'akta_lahir'],
  'keterangan-nikah': ['pengantar_rt', 'ktp', 'kk', 'akta_lahir'],
  'permohonan-duplikat-surat-nikah': ['ktp', 'kk', 'akta_nikah'],
  'permohonan-cerai': ['ktp', 'kk', 'akta_nikah'],
  'keterangan-kematian': ['ktp', 'kk', 'surat_kematian'],
  'keterangan-kelahiran': ['ktp', 'kk', 'surat_kelahiran'],
  'permohonan-akta-lahir': ['ktp', 'kk', 'surat_kelahiran', 'akta_nikah'],
  'keterangan-kepemilikan-tanah': ['ktp', 'kk', 'bukti_tanah'],
  'pernyataan-penguasaan-fisik-bidang-tanah-sporadik': ['ktp', 'kk', 'bukti_tanah'],
  'keterangan-kepemilikan-kendaraan': ['ktp', 'bukti_kendaraan'],
  'keterangan-ktp-dalam-proses': ['kk'],
};

/** The requirements of a letter type, in the order they are shown and ticked. */
export function letterRequirements(letterTypeCode: string): readonly RequirementKind[] {
  return REQUIREMENTS_BY_TYPE[letterTypeCode] ?? DEFAULT_REQUIREMENTS;
}

export const isRequirementKind = (value: string): value is RequirementKind => value in REQUIREMENT_KINDS;
