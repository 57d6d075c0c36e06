// Health, ID card and record status lists: the "Kode Data" sheet of OpenSID's import template (see ../code-lists.ts).
// Data only: `id` is the sheet's label byte for byte (including its odd spacing), `en` is our translation.
import type { CodeList } from './types.ts';

/** Peserta Jamkesnas / national health insurance (yes/no); no import column uses it. Sheet column "JAMKESNAS". */
export const JAMKESNAS: CodeList = [
  { code: 1, id: 'ya', en: 'Yes' },
  { code: 2, id: 'tidak', en: 'No' },
];

/** Disabilitas / disability. Sheet column "cacat_id". */
export const CACAT: CodeList = [
  { code: 1, id: 'CACAT FISIK', en: 'Physical disability' },
  { code: 2, id: 'CACAT NETRA/BUTA', en: 'Visual impairment / blind' },
  { code: 3, id: 'CACAT RUNGU/WICARA', en: 'Hearing / speech impairment' },
  { code: 4, id: 'CACAT MENTAL/JIWA', en: 'Mental / psychosocial disability' },
  { code: 5, id: 'CACAT FISIK DAN MENTAL', en: 'Physical and mental disability' },
  { code: 6, id: 'CACAT LAINNYA', en: 'Other disability' },
  { code: 7, id: 'TIDAK CACAT', en: 'No disability' },
];

/** Cara KB / contraception method. Sheet column "cara_kb_id". */
export const CARA_KB: CodeList = [
  { code: 1, id: 'Pil', en: 'Pill' },
  { code: 2, id: 'IUD', en: 'IUD' },
  { code: 3, id: 'Suntik', en: 'Injection' },
  { code: 4, id: 'Kondom', en: 'Condom' },
  { code: 5, id: 'Susuk KB', en: 'Implant' },
  { code: 6, id: 'Sterilisasi Wanita', en: 'Female sterilisation' },
  { code: 7, id: 'Sterilisasi Pria', en: 'Male sterilisation' },
  { code: 99, id: 'Lainnya', en: 'Other' },
];

/** Status kehamilan / pregnancy. Sheet column "hamil". */
export const HAMIL: CodeList = [
  { code: 1, id: 'HAMIL', en: 'Pregnant' },
  { code: 2, id: 'TIDAK HAMIL', en: 'Not pregnant' },
];

/** Kepemilikan KTP-el / electronic ID card. Sheet column "ktp_el". */
export const KTP_EL: CodeList = [
  { code: 1, id: 'BELUM', en: 'Not yet' },
  { code: 2, id: 'KTP-EL', en: 'Has an electronic ID card (KTP-el)' },
];

/** Status perekaman KTP-el / e-ID recording status. Sheet column "status_rekam". */
export const STATUS_REKAM: CodeList = [
  { code: 1, id: 'BELUM WAJIB ', en: 'Not yet required' },
  { code: 2, id: 'BELUM REKAM', en: 'Not yet recorded' },
  { code: 3, id: 'SUDAH REKAM', en: 'Recorded' },
  { code: 4, id: 'CARD PRINTED', en: 'Card printed' },
  { code: 5, id: 'PRINT READY RECORD', en: 'Record ready to print' },
  { code: 6, id: 'CARD SHIPPED', en: 'Card shipped' },
  { code: 7, id: 'SENT FOR CARD PRINTING', en: 'Sent for card printing' },
  { code: 8, id: 'CARD ISSUED', en: 'Card issued' },
];

/** Status dasar penduduk / basic resident status. Sheet column "status_dasar". */
export const STATUS_DASAR: CodeList = [
  { code: 1, id: 'HIDUP', en: 'Alive' },
  { code: 2, id: 'MATI', en: 'Deceased' },
  { code: 3, id: 'PINDAH', en: 'Moved out' },
  { code: 4, id: 'HILANG', en: 'Missing' },
  { code: 6, id: 'PERGI', en: 'Gone away' },
  { code: 9, id: 'TIDAK VALID', en: 'Invalid record' },
];

/** Asuransi kesehatan / health insurance. Sheet column "id_asuransi". */
export const ASURANSI: CodeList = [
  { code: 1, id: 'TIDAK/BELUM PUNYA', en: 'None / not yet insured' },
  { code: 2, id: 'BPJS PENERIMA BANTUAN IURAN', en: 'BPJS, contribution-assistance recipient (PBI)' },
  { code: 3, id: 'BPJS NON PENERIMA BANTUAN IURAN', en: 'BPJS, not a contribution-assistance recipient' },
  { code: 4, id: 'BPJS BANTUAN DAERAH', en: 'BPJS funded by the local government' },
  { code: 99, id: 'ASURANSI LAINNYA', en: 'Other insurance' },
];
