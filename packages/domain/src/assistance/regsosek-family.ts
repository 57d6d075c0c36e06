// The Regsosek 2022 section V questions (per family, keyed by the family card): 501 a–g (programs received in
// the last year, with the month and year last received) become enrolments in the catalogue programs
// (programOfRegsosek501), never columns; 502 a–n and 503 a–b (assets, 1 Ya / 2 Tidak) are booleans of
// family_welfare, 504 a–e counts of livestock, 505 and 506 codes. Labels from the workbook's sheet
// "5.keikutsertaan program dll" (its title cells and cell notes).
import type { CodeList } from '../population/code-lists/types.ts';
import type { Label } from './program.ts';
import type { CatalogueProgram } from './program-catalogue.ts';

/** 505. Jenis akses internet utama keluarga sebulan terakhir / The family's main internet access. */
export const INTERNET_ACCESS: CodeList = [
  { code: 0, id: 'Tidak menggunakan internet', en: 'No internet' },
  { code: 1, id: 'Internet dan TV digital berlangganan', en: 'Internet and digital TV subscription' },
  { code: 2, id: 'Wifi', en: 'Wi-Fi' },
  { code: 3, id: 'Internet Handphone', en: 'Mobile internet' },
];

/** 506. Rekening aktif atau dompet digital / An active bank account or e-wallet. */
export const BANK_ACCOUNT: CodeList = [
  { code: 1, id: 'Ya, untuk usaha', en: 'Yes, for business' },
  { code: 2, id: 'Ya, untuk pribadi', en: 'Yes, personal' },
  { code: 3, id: 'Ya, untuk usaha dan pribadi', en: 'Yes, business and personal' },
  { code: 4, id: 'Tidak', en: 'No' },
];

export const FAMILY_ASSET_FIELDS = [
  'has_gas_cylinder',
  'has_refrigerator',
  'has_air_conditioner',
  'has_water_heater',
  'has_landline',
  'has_flat_tv',
  'has_gold',
  'has_computer',
  'has_motorcycle',
  'has_bicycle',
  'has_car',
  'has_boat',
  'has_motor_boat',
  'has_smartphone',
  'owns_other_land',
  'owns_other_house',
] as const;
export type FamilyAssetField = (typeof FAMILY_ASSET_FIELDS)[number];

export const FAMILY_LIVESTOCK_FIELDS = ['cattle', 'buffalo', 'horses', 'pigs', 'goats'] as const;
export type FamilyLivestockField = (typeof FAMILY_LIVESTOCK_FIELDS)[number];

/** Most animals of one kind a family may record (family_welfare's check). */
export const LIVESTOCK_MAX = 9999;

export const FAMILY_CODED_FIELDS = ['internet_access', 'bank_account'] as const;
export type FamilyCodedField = (typeof FAMILY_CODED_FIELDS)[number];

/** One family's section V answers (without 501); null: not asked or not known, never "no". */
export type FamilyWelfare = { [F in FamilyAssetField]: boolean | null } & {
  [F in FamilyLivestockField | FamilyCodedField]: number | null;
} & { lost_livelihood: boolean | null };

export type FamilyWelfareField = keyof FamilyWelfare;

export const FAMILY_WELFARE_FIELDS: readonly FamilyWelfareField[] = [
  ...FAMILY_ASSET_FIELDS,
  ...FAMILY_LIVESTOCK_FIELDS,
  ...FAMILY_CODED_FIELDS,
  'lost_livelihood',
];

export const FAMILY_WELFARE_BLOCKS = [
  { block: '502', id: 'Aset bergerak', en: 'Movable assets' },
  { block: '503', id: 'Aset tidak bergerak', en: 'Land and buildings' },
  { block: '504', id: 'Ternak (ekor)', en: 'Livestock (head)' },
  { block: '505', id: 'Internet dan rekening', en: 'Internet and accounts' },
] as const;
export type FamilyWelfareBlock = (typeof FAMILY_WELFARE_BLOCKS)[number]['block'];

export interface FamilyWelfareVariable {
  /** The question number as the workbook's header writes it ("502a"), lower case. */
  readonly variable: string;
  readonly field: Exclude<FamilyWelfareField, 'lost_livelihood'>;
  readonly block: FamilyWelfareBlock;
  readonly question: Label;
  readonly answer:
    | { readonly kind: 'yes_no' }
    | { readonly kind: 'count'; readonly min: number; readonly max: number }
    | { readonly kind: 'code'; readonly codes: CodeList };
}

const asset = (variable: string, field: FamilyAssetField, id: string, en: string): FamilyWelfareVariable => ({
  variable,
  field,
  block: variable.startsWith('503') ? '503' : '502',
  question: { id, en },
  answer: { kind: 'yes_no' },
});
const livestock = (variable: string, field: FamilyLivestockField, id: string, en: string) => ({
  variable,
  field,
  block: '504' as const,
  question: { id, en },
  answer: { kind: 'count' as const, min: 0, max: LIVESTOCK_MAX },
});

/** Every section V question kept as a fact, in the sheet's order. */
export const FAMILY_WELFARE_VARIABLES: readonly FamilyWelfareVariable[] = [
  asset('502a', 'has_gas_cylinder', 'Tabung gas 5,5 kg atau lebih', 'A gas cylinder of 5.5 kg or more'),
  asset('502b', 'has_refrigerator', 'Lemari es/kulkas', 'Refrigerator'),
  asset('502c', 'has_air_conditioner', 'AC', 'Air conditioner'),
  asset('502d', 'has_water_heater', 'Pemanas air (water heater)', 'Water heater'),
  asset('502e', 'has_landline', 'Telepon rumah (PSTN)', 'Landline telephone'),
  asset('502f', 'has_flat_tv', 'Televisi layar datar min. 30 inchi', 'Flat TV of 30 inches or more'),
  asset('502g', 'has_gold', 'Emas/perhiasan (senilai 10 gram emas)', 'Gold or jewellery worth 10 g of gold'),
  asset('502h', 'has_computer', 'Komputer/laptop', 'Computer or laptop'),
  asset('502i', 'has_motorcycle', 'Sepeda motor', 'Motorcycle'),
  asset('502j', 'has_bicycle', 'Sepeda', 'Bicycle'),
  asset('502k', 'has_car', 'Mobil', 'Car'),
  asset('502l', 'has_boat', 'Perahu', 'Boat'),
  asset('502m', 'has_motor_boat', 'Kapal/perahu motor', 'Motor boat'),
  asset('502n', 'has_smartphone', 'Smartphone', 'Smartphone'),
  asset('503a', 'owns_other_land', 'Lahan (selain yang ditempati)', 'Land other than the plot lived on'),
  asset('503b', 'owns_other_house', 'Rumah/bangunan di tempat lain', 'A house or building elsewhere'),
  livestock('504a', 'cattle', 'Sapi', 'Cattle'),
  livestock('504b', 'buffalo', 'Kerbau', 'Buffalo'),
  livestock('504c', 'horses', 'Kuda', 'Horses'),
  livestock('504d', 'pigs', 'Babi', 'Pigs'),
  livestock('504e', 'goats', 'Kambing/domba', 'Goats and sheep'),
  {
    variable: '505',
    field: 'internet_access',
    block: '505',
    question: { id: 'Jenis akses internet utama keluarga', en: "The family's main internet access" },
    answer: { kind: 'code', codes: INTERNET_ACCESS },
  },
  {
    variable: '506',
    field: 'bank_account',
    block: '505',
    question: { id: 'Memiliki rekening aktif atau dompet digital', en: 'Has an active account or e-wallet' },
    answer: { kind: 'code', codes: BANK_ACCOUNT },
  },
];

/** 1 Ya / 2 Tidak of 501–503, as the sheet codes them. */
export function yesNoOfCode(code: number): boolean | null {
  return code === 1 ? true : code === 2 ? false : null;
}

/** A family with no answer recorded. */
export function blankFamilyWelfare(): FamilyWelfare {
  return Object.fromEntries(FAMILY_WELFARE_FIELDS.map((field) => [field, null])) as FamilyWelfare;
}

/** The letters of question 501 in the sheet's order, each with the program its title names. */
export const REGSOSEK_501_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type Regsosek501Letter = (typeof REGSOSEK_501_LETTERS)[number];

export const REGSOSEK_501_QUESTIONS: Readonly<Record<Regsosek501Letter, Label>> = {
  a: { id: 'Program Bantuan Sosial Sembako/BPNT', en: 'Sembako / BPNT food assistance' },
  b: { id: 'Program Keluarga Harapan (PKH)', en: 'Family Hope Program (PKH)' },
  c: { id: 'Program Bantuan Langsung Tunai (BLT) Dana Desa', en: 'Village-fund cash transfer (BLT-DD)' },
  d: {
    id: 'Program Subsidi Listrik (gratis/pemotongan biaya)',
    en: 'Electricity subsidy (free or reduced)',
  },
  e: { id: 'Program Bantuan Pemerintah Daerah', en: 'Local-government assistance' },
  f: { id: 'Program Bantuan Subsidi Pupuk', en: 'Fertiliser subsidy' },
  g: { id: 'Program Bantuan LPG', en: 'LPG subsidy' },
};

/**
 * The first day of the month a 501 answer says the program was last received (its "Bulan" and "Tahun"), as an
 * ISO date, or null when the month or the year is missing or out of range (a year after `today`'s is refused).
 */
export function startOf501(month: number | null, year: number | null, today: string): string | null {
  if (month === null || year === null) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(year) || year < 1990) return null;
  const start = `${year}-${String(month).padStart(2, '0')}-01`;
  return start > today ? null : start;
}

/** Which unit an enrolment from a 501 answer names, by the program's target unit (a resident: the head). */
export function unitOf501Enrolment(program: Pick<CatalogueProgram, 'targetUnit'>) {
  return program.targetUnit === 'group' ? null : program.targetUnit;
}
