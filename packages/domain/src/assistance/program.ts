// The vocabulary of social assistance programs and enrolments (issue 12), shared by the server, the importers
// and the web app. The values are the database's (migration 0021_assistance.sql); the labels are what village
// staff read, Bahasa Indonesia first.

export interface Label {
  id: string;
  en: string;
}

export const PROGRAM_LEVELS = ['national', 'province', 'regency', 'village'] as const;
export type ProgramLevel = (typeof PROGRAM_LEVELS)[number];
export const PROGRAM_LEVEL_LABELS: Record<ProgramLevel, Label> = {
  national: { id: 'Pusat', en: 'National' },
  province: { id: 'Provinsi', en: 'Province' },
  regency: { id: 'Kabupaten', en: 'Regency' },
  village: { id: 'Desa', en: 'Village' },
};

/** OpenSID's asal dana, plus a partner (CSR) source OpenSID files as "Lain-lain". */
export const FUND_SOURCES = ['pusat', 'provinsi', 'kabkota', 'dana_desa', 'lain_lain', 'mitra'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];
export const FUND_SOURCE_LABELS: Record<FundSource, Label> = {
  pusat: { id: 'Pusat', en: 'Central government' },
  provinsi: { id: 'Provinsi', en: 'Province' },
  kabkota: { id: 'Kab/Kota', en: 'Regency' },
  dana_desa: { id: 'Dana Desa', en: 'Village fund' },
  lain_lain: { id: 'Lain-lain (Hibah)', en: 'Other (grant)' },
  mitra: { id: 'Mitra/CSR', en: 'Partner/CSR' },
};

/** OpenSID's sasaran: what one enrolment is. The number is OpenSID's code in its files. */
export const TARGET_UNITS = ['resident', 'family', 'household', 'group'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];
export const TARGET_UNIT_OPENSID_CODE: Record<TargetUnit, 1 | 2 | 3 | 4> = {
  resident: 1,
  family: 2,
  household: 3,
  group: 4,
};
export const TARGET_UNIT_LABELS: Record<TargetUnit, Label> = {
  resident: { id: 'Penduduk', en: 'Resident' },
  family: { id: 'Keluarga (KK)', en: 'Family (KK)' },
  household: { id: 'Rumah tangga', en: 'Household' },
  group: { id: 'Kelompok', en: 'Group' },
};

export const BENEFIT_KINDS = ['cash', 'in_kind', 'service'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];
export const BENEFIT_KIND_LABELS: Record<BenefitKind, Label> = {
  cash: { id: 'Uang tunai', en: 'Cash' },
  in_kind: { id: 'Barang', en: 'In kind' },
  service: { id: 'Layanan', en: 'Service' },
};

export const PROGRAM_CYCLES = ['monthly', 'quarterly', 'yearly', 'one_off'] as const;
export type ProgramCycle = (typeof PROGRAM_CYCLES)[number];
export const PROGRAM_CYCLE_LABELS: Record<ProgramCycle, Label> = {
  monthly: { id: 'Bulanan', en: 'Monthly' },
  quarterly: { id: 'Per tahap (triwulan)', en: 'Quarterly tranches' },
  yearly: { id: 'Tahunan', en: 'Yearly' },
  one_off: { id: 'Sekali', en: 'One-off' },
};

export const ENROLMENT_STATUSES = ['proposed', 'verified', 'active', 'suspended', 'exited'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, Label> = {
  proposed: { id: 'Diusulkan', en: 'Proposed' },
  verified: { id: 'Terverifikasi', en: 'Verified' },
  active: { id: 'Aktif', en: 'Active' },
  suspended: { id: 'Ditangguhkan', en: 'Suspended' },
  exited: { id: 'Keluar', en: 'Exited' },
};

/**
 * Which status may follow which. An import or an agency decision may enrol straight as active; proposing and
 * verifying is the village's path (usul → musdes → verifikasi). Exited is final: a unit that comes back is a
 * new enrolment, so the history of the old one stays whole.
 */
const TRANSITIONS: Record<EnrolmentStatus, readonly EnrolmentStatus[]> = {
  proposed: ['verified', 'active', 'exited'],
  verified: ['active', 'exited'],
  active: ['suspended', 'exited'],
  suspended: ['active', 'exited'],
  exited: [],
};

export function nextEnrolmentStatuses(from: EnrolmentStatus): readonly EnrolmentStatus[] {
  return TRANSITIONS[from];
}

export function canChangeEnrolment(from: EnrolmentStatus, to: EnrolmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Open enrolments count as receiving (or about to): everything but exited. */
export function isOpenEnrolment(status: EnrolmentStatus): boolean {
  return status !== 'exited';
}

/** Why an enrolment ended. Graduation is counted the way PKH counts it: naturally, by own choice, prospered. */
export const EXIT_REASONS = [
  'graduated_natural',
  'graduated_own_choice',
  'graduated_prospered',
  'died',
  'moved',
  'ineligible',
  'duplicate',
  'program_ended',
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];
export const EXIT_REASON_LABELS: Record<ExitReason, Label> = {
  graduated_natural: { id: 'Graduasi alamiah', en: 'Graduated naturally' },
  graduated_own_choice: { id: 'Graduasi mandiri (sukarela)', en: 'Graduated by own choice' },
  graduated_prospered: { id: 'Graduasi sejahtera', en: 'Graduated, prospered' },
  died: { id: 'Meninggal dunia', en: 'Died' },
  moved: { id: 'Pindah', en: 'Moved away' },
  ineligible: { id: 'Tidak memenuhi syarat', en: 'Found ineligible' },
  duplicate: { id: 'Data ganda', en: 'Duplicate' },
  program_ended: { id: 'Program berakhir', en: 'Program ended' },
};
export function isGraduation(reason: ExitReason): boolean {
  return reason.startsWith('graduated_');
}

export const ENROLMENT_SOURCES = ['file', 'village_decision', 'agency_decision'] as const;
export type EnrolmentSource = (typeof ENROLMENT_SOURCES)[number];
export const ENROLMENT_SOURCE_LABELS: Record<EnrolmentSource, Label> = {
  file: { id: 'Berkas impor', en: 'Imported file' },
  village_decision: { id: 'Keputusan desa (musdes)', en: 'Village decision' },
  agency_decision: { id: 'Keputusan dinas', en: 'Agency decision' },
};

export const DISTRIBUTION_CHANNELS = ['bank', 'pos', 'cash', 'e_wallet', 'in_kind', 'service'] as const;
export type DistributionChannel = (typeof DISTRIBUTION_CHANNELS)[number];
export const DISTRIBUTION_CHANNEL_LABELS: Record<DistributionChannel, Label> = {
  bank: { id: 'Rekening bank (Himbara)', en: 'Bank account' },
  pos: { id: 'PT Pos Indonesia', en: 'Post office' },
  cash: { id: 'Tunai di desa', en: 'Cash at the village' },
  e_wallet: { id: 'Dompet digital', en: 'E-wallet' },
  in_kind: { id: 'Barang', en: 'In kind' },
  service: { id: 'Layanan', en: 'Service' },
};

/** A cycle label: 2026-03 a month, 2026-T2 a quarterly tranche, 2026 a year, 2026-R1 a one-off round. */
export const CYCLE_LABEL_PATTERN = /^[0-9]{4}(-(0[1-9]|1[0-2])|-T[1-4]|-R[0-9]{1,2})?$/;

/** Program codes: capitals, digits, '-' and '_', as they appear on lists and in files. */
export const PROGRAM_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,29}$/;
