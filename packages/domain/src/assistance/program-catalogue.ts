// The programs every Banyuwangi village meets, as data: the national programs of the Regsosek 2022 form's
// question 501 (so a Regsosek file's answers become enrolments in them), the other national programs villages
// list, and two regency programs as examples a regency edits or adds to. Loaded into assistance_program at
// start-up when missing (never overwriting what the regency changed since). Amounts are the published per-
// cycle amounts (Kemensos, 2024–2025); programs whose amount depends on the member say so in the note.
import type { BenefitKind, FundSource, ProgramCycle, ProgramLevel, TargetUnit } from './program.ts';

export interface CatalogueProgram {
  code: string;
  name: string;
  level: ProgramLevel;
  fundSource: FundSource;
  targetUnit: TargetUnit;
  benefitKind: BenefitKind;
  /** Whole rupiah per cycle; null when it depends on the member (see note). */
  benefitAmount: number | null;
  benefitNote: string | null;
  cycle: ProgramCycle;
  /** The agency that decides enrolments (regency-run programs); null: decided outside the regency. */
  ownerAgency: string | null;
  /** The letter of Regsosek 2022 question 501 that asks about this program, if any. */
  regsosek501: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | null;
}

export const CATALOGUE_PROGRAMS: readonly CatalogueProgram[] = [
  {
    code: 'SEMBAKO',
    name: 'Program Sembako (BPNT)',
    level: 'national',
    fundSource: 'pusat',
    targetUnit: 'family',
    benefitKind: 'cash',
    benefitAmount: 200_000,
    benefitNote: 'Rp200.000 per bulan, disalurkan per dua bulan',
    cycle: 'monthly',
    ownerAgency: null,
    regsosek501: 'a',
  },
  {
    code: 'PKH',
    name: 'Program Keluarga Harapan',
    level: 'national',
    fundSource: 'pusat',
    targetUnit: 'family',
    benefitKind: 'cash',
    benefitAmount: null,
    benefitNote:
      'Per komponen per tahun: ibu hamil dan anak usia dini Rp3.000.000, SD Rp900.000, SMP Rp1.500.000, SMA Rp2.000.000, disabilitas berat dan lansia Rp2.400.000; dibayar per tahap',
    cycle: 'quarterly',
    ownerAgency: null,
    regsosek501: 'b',
  },
  {
    code: 'BLT-DD',
    name: 'Bantuan Langsung Tunai Dana Desa',
    level: 'national',
    fundSource: 'dana_desa',
    targetUnit: 'family',
    benefitKind: 'cash',
    benefitAmount: 300_000,
    benefitNote: 'Rp300.000 per bulan dari Dana Desa; penerima ditetapkan musyawarah desa',
    cycle: 'monthly',
    ownerAgency: null,
    regsosek501: 'c',
  },
  {
    code: 'SUBSIDI-LISTRIK',
    name: 'Subsidi Listrik',
    level: 'national',
    fundSource: 'pusat',
    targetUnit: 'household',
    benefitKind: 'service',
    benefitAmount: null,
    benefitNote: 'Tarif listrik bersubsidi (450 VA dan 900 VA rumah tangga miskin)',
    cycle: 'monthly',
    ownerAgency: null,
    regsosek501: 'd',
  },
  {
    code: 'BANSOS-PEMDA',
    name: 'Bantuan Sosial Pemerintah Daerah',
    level: 'regency',
    fundSource: 'kabkota',
    targetUnit: 'family',
    benefitKind: 'in_kind',
    benefitAmount: null,
    benefitNote: 'Bantuan sosial dari APBD kabupaten',
    cycle: 'yearly',
    ownerAgency: 'social_affairs',
    regsosek501: 'e',
  },
  {
    code: 'PUPUK-BERSUBSIDI',
    name: 'Pupuk Bersubsidi',
    level: 'national',
    fundSource: 'pusat',
    targetUnit: 'resident',
    benefitKind: 'in_kind',
    benefitAmount: null,
    benefitNote: 'Alokasi pupuk bersubsidi bagi petani terdaftar (e-RDKK)',
    cycle: 'yearly',
    ownerAgency: null,
    regsosek501: 'f',
  },
  {
    code: 'LPG-3KG',
    name: 'Subsidi LPG 3 kg',
    level: 'national',
    fundSource: 'pusat',
    targetUnit: 'household',
    benefitKind: 'in_kind',
    benefitAmount: null,
    benefitNote: 'LPG 3 kg bersubsidi',
    cycle: 'monthly',
    ownerAgency: null,
    regsosek501: 'g',
  },
  {
    code: 'PBI-JK',
    name: 'Penerima Bantuan Iuran Jaminan Kesehatan',
    level: 'national',
    fundSource: 'pusat',
    targetUnit: 'resident',
    benefitKind: 'service',
    benefitAmount: null,
    benefitNote: 'Iuran JKN kelas III dibayar negara',
    cycle: 'monthly',
    ownerAgency: null,
    regsosek501: null,
  },
  {
    code: 'PIP',
    name: 'Program Indonesia Pintar',
    level: 'national',
    fundSource: 'pusat',
    targetUnit: 'resident',
    benefitKind: 'cash',
    benefitAmount: null,
    benefitNote: 'Per tahun: SD Rp450.000, SMP Rp750.000, SMA/SMK Rp1.800.000',
    cycle: 'yearly',
    ownerAgency: null,
    regsosek501: null,
  },
  {
    code: 'PERMAKANAN-LANSIA',
    name: 'Permakanan Lansia (Rantang Kasih)',
    level: 'regency',
    fundSource: 'kabkota',
    targetUnit: 'resident',
    benefitKind: 'in_kind',
    benefitAmount: null,
    benefitNote: 'Makanan siap saji setiap hari bagi lansia miskin yang hidup sendiri',
    cycle: 'monthly',
    ownerAgency: 'social_affairs',
    regsosek501: null,
  },
  {
    code: 'RTLH',
    name: 'Rehabilitasi Rumah Tidak Layak Huni',
    level: 'regency',
    fundSource: 'kabkota',
    targetUnit: 'household',
    benefitKind: 'in_kind',
    benefitAmount: null,
    benefitNote: 'Bedah rumah dari APBD dan donatur',
    cycle: 'one_off',
    ownerAgency: 'social_affairs',
    regsosek501: null,
  },
];

/** The catalogue program that Regsosek question 501 letter asks about. */
export function programOfRegsosek501(letter: string): CatalogueProgram | undefined {
  return CATALOGUE_PROGRAMS.find((program) => program.regsosek501 === letter);
}
