// The Regsosek 2022 section IV questions (per family member: 404 and 410–431) by the names the registry and the
// API give them: which question each field answers, how it is answered (a code of a list, a sum of codes, a
// count or free text), and the block of the form it sits in. resident_welfare keeps every field but 410, which
// is the registry's own pregnancy field (resident.pregnant, the same codes: 1 pregnant, 2 not). 428a–j are kept
// as one array column in the table and are ten fields here. Labels come from the workbook's cell notes
// (regsosek-member-codes.ts).
import type { CodeList } from '../population/code-lists/types.ts';
import type { Label } from './program.ts';
import {
  BUSINESS_INTERNET,
  BUSINESS_LICENCE,
  BUSINESS_SECTOR,
  BUSINESS_TURNOVER,
  CAREGIVER,
  CHILD_NUTRITION,
  CHRONIC_ILLNESS,
  DIFFICULTY,
  EDUCATION_LEVEL,
  EMPLOYMENT_INSURANCE,
  HEALTH_INSURANCE,
  HIGHEST_DIPLOMA,
  HIGHEST_GRADE,
  IDENTITY_DOCUMENTS,
  MEMBER_PRESENCE,
  NPWP,
  SADNESS_FREQUENCY,
  SCHOOL_PARTICIPATION,
  WORK_STATUS,
  YES_NO,
  YES_NO_UNKNOWN,
  type SumCodes,
} from './regsosek-member-codes.ts';

/** How a question is answered. */
export type Answer =
  | { readonly kind: 'code'; readonly codes: CodeList }
  | { readonly kind: 'sum'; readonly codes: SumCodes }
  | { readonly kind: 'count'; readonly min: number; readonly max: number }
  | { readonly kind: 'text'; readonly maxLength: number };

/** The blocks of section IV, in the form's order (A demography … F social protection). */
export const MEMBER_WELFARE_BLOCKS = [
  { block: 'A', id: 'Keterangan demografi', en: 'Demography' },
  { block: 'B', id: 'Pendidikan', en: 'Education' },
  { block: 'C', id: 'Ketenagakerjaan', en: 'Work' },
  { block: 'D', id: 'Kepemilikan usaha', en: 'Business ownership' },
  { block: 'E', id: 'Kesehatan', en: 'Health' },
  { block: 'F', id: 'Program perlindungan sosial', en: 'Social protection programs' },
] as const;
export type MemberWelfareBlock = (typeof MEMBER_WELFARE_BLOCKS)[number]['block'];

export const MEMBER_WELFARE_FIELDS = [
  'presence',
  'pregnant',
  'identity_documents',
  'school_participation',
  'education_level',
  'highest_grade',
  'highest_diploma',
  'worked_last_week',
  'work_hours',
  'work_sector',
  'work_sector_text',
  'work_status',
  'has_npwp',
  'owns_business',
  'business_count',
  'business_sector',
  'business_sector_text',
  'business_paid_workers',
  'business_unpaid_workers',
  'business_licence',
  'business_turnover',
  'business_internet',
  'child_nutrition',
  'difficulty_seeing',
  'difficulty_hearing',
  'difficulty_walking',
  'difficulty_hands',
  'difficulty_learning',
  'difficulty_behaviour',
  'difficulty_speaking',
  'difficulty_428h',
  'difficulty_remembering',
  'sadness',
  'caregiver',
  'chronic_illness',
  'health_insurance',
  'prakerja',
  'kur',
  'ultra_micro_credit',
  'pip',
  'employment_insurance',
] as const;
export type MemberWelfareField = (typeof MEMBER_WELFARE_FIELDS)[number];

/** The free-text fields (417 and 421 written out); every other field holds a number. */
export const MEMBER_WELFARE_TEXT_FIELDS = ['work_sector_text', 'business_sector_text'] as const;
export type MemberWelfareTextField = (typeof MEMBER_WELFARE_TEXT_FIELDS)[number];
export type MemberWelfareNumberField = Exclude<MemberWelfareField, MemberWelfareTextField>;

/** One member's section IV answers; null: not asked or not known. */
export type MemberWelfare = { [F in MemberWelfareNumberField]: number | null } & {
  [F in MemberWelfareTextField]: string | null;
};

/** 428a–j in the order of resident_welfare.difficulty (the array's index is the position here). */
export const DIFFICULTY_FIELDS = [
  'difficulty_seeing',
  'difficulty_hearing',
  'difficulty_walking',
  'difficulty_hands',
  'difficulty_learning',
  'difficulty_behaviour',
  'difficulty_speaking',
  'difficulty_428h',
  'difficulty_remembering',
  'sadness',
] as const satisfies readonly MemberWelfareField[];

export interface MemberWelfareVariable {
  /** The question number as the workbook's header writes it ("416a", "417 tulis"), lower case. */
  readonly variable: string;
  readonly field: MemberWelfareField;
  readonly block: MemberWelfareBlock;
  readonly question: Label;
  readonly answer: Answer;
}

const code = (codes: CodeList): Answer => ({ kind: 'code', codes });
const sum = (codes: SumCodes): Answer => ({ kind: 'sum', codes });
const count = (min: number, max: number): Answer => ({ kind: 'count', min, max });
const text: Answer = { kind: 'text', maxLength: 200 };

const difficulty = (
  letter: string,
  field: MemberWelfareField,
  id: string,
  en: string,
): MemberWelfareVariable => ({
  variable: `428${letter}`,
  field,
  block: 'E',
  question: { id, en },
  answer: code(letter === 'j' ? SADNESS_FREQUENCY : DIFFICULTY),
});

/** Every section IV question this registry keeps, in the form's order. */
export const MEMBER_WELFARE_VARIABLES: readonly MemberWelfareVariable[] = [
  {
    variable: '404',
    field: 'presence',
    block: 'A',
    question: { id: 'Keterangan keberadaan anggota keluarga', en: 'Whereabouts of the member' },
    answer: code(MEMBER_PRESENCE),
  },
  {
    variable: '410',
    field: 'pregnant',
    block: 'A',
    question: { id: 'Apakah saat ini sedang hamil', en: 'Is she pregnant now' },
    answer: code(YES_NO),
  },
  {
    variable: '411',
    field: 'identity_documents',
    block: 'A',
    question: { id: 'Kartu identitas yang dimiliki', en: 'Identity documents held' },
    answer: sum(IDENTITY_DOCUMENTS),
  },
  {
    variable: '412',
    field: 'school_participation',
    block: 'B',
    question: { id: 'Partisipasi sekolah', en: 'School participation' },
    answer: code(SCHOOL_PARTICIPATION),
  },
  {
    variable: '413',
    field: 'education_level',
    block: 'B',
    question: {
      id: 'Jenjang dan jenis pendidikan tertinggi yang pernah/sedang diduduki',
      en: 'Highest school level attended',
    },
    answer: code(EDUCATION_LEVEL),
  },
  {
    variable: '414',
    field: 'highest_grade',
    block: 'B',
    question: { id: 'Kelas tertinggi yang pernah/sedang diduduki', en: 'Highest grade attended' },
    answer: code(HIGHEST_GRADE),
  },
  {
    variable: '415',
    field: 'highest_diploma',
    block: 'B',
    question: { id: 'Ijazah tertinggi yang dimiliki', en: 'Highest diploma held' },
    answer: code(HIGHEST_DIPLOMA),
  },
  {
    variable: '416a',
    field: 'worked_last_week',
    block: 'C',
    question: {
      id: 'Bekerja/membantu bekerja selama seminggu yang lalu',
      en: 'Worked or helped at work in the last week',
    },
    answer: code(YES_NO),
  },
  {
    variable: '416b',
    field: 'work_hours',
    block: 'C',
    question: { id: 'Jumlah jam bekerja', en: 'Hours worked' },
    answer: count(0, 99),
  },
  {
    variable: '417',
    field: 'work_sector',
    block: 'C',
    question: { id: 'Lapangan usaha dari pekerjaan utama', en: 'Sector of the main job' },
    answer: code(BUSINESS_SECTOR),
  },
  {
    variable: '417 tulis',
    field: 'work_sector_text',
    block: 'C',
    question: { id: 'Lapangan usaha pekerjaan utama (uraian)', en: 'Sector of the main job (described)' },
    answer: text,
  },
  {
    variable: '418',
    field: 'work_status',
    block: 'C',
    question: { id: 'Status kedudukan dalam pekerjaan utama', en: 'Status in the main job' },
    answer: code(WORK_STATUS),
  },
  {
    variable: '419',
    field: 'has_npwp',
    block: 'C',
    question: { id: 'Memiliki NPWP', en: 'Has a tax number (NPWP)' },
    answer: code(NPWP),
  },
  {
    variable: '420a',
    field: 'owns_business',
    block: 'D',
    question: { id: 'Memiliki usaha sendiri/bersama', en: 'Owns a business, alone or jointly' },
    answer: code(YES_NO),
  },
  {
    variable: '420b',
    field: 'business_count',
    block: 'D',
    question: { id: 'Jumlah usaha sendiri/bersama', en: 'Number of businesses owned' },
    answer: count(1, 99),
  },
  {
    variable: '421',
    field: 'business_sector',
    block: 'D',
    question: { id: 'Lapangan usaha dari usaha utama', en: 'Sector of the main business' },
    answer: code(BUSINESS_SECTOR),
  },
  {
    variable: '421 tulis',
    field: 'business_sector_text',
    block: 'D',
    question: {
      id: 'Lapangan usaha dari usaha utama (uraian)',
      en: 'Sector of the main business (described)',
    },
    answer: text,
  },
  {
    variable: '422',
    field: 'business_paid_workers',
    block: 'D',
    question: { id: 'Jumlah pekerja yang dibayar', en: 'Paid workers in the main business' },
    answer: count(0, 999),
  },
  {
    variable: '423',
    field: 'business_unpaid_workers',
    block: 'D',
    question: { id: 'Jumlah pekerja yang tidak dibayar', en: 'Unpaid workers in the main business' },
    answer: count(0, 999),
  },
  {
    variable: '424',
    field: 'business_licence',
    block: 'D',
    question: { id: 'Kepemilikan perizinan usaha utama', en: 'Licence of the main business' },
    answer: code(BUSINESS_LICENCE),
  },
  {
    variable: '425',
    field: 'business_turnover',
    block: 'D',
    question: { id: 'Omzet usaha utama per bulan', en: 'Monthly turnover of the main business' },
    answer: code(BUSINESS_TURNOVER),
  },
  {
    variable: '426',
    field: 'business_internet',
    block: 'D',
    question: { id: 'Penggunaan internet dalam usaha utama', en: 'Internet use in the main business' },
    answer: sum(BUSINESS_INTERNET),
  },
  {
    variable: '427',
    field: 'child_nutrition',
    block: 'E',
    question: {
      id: 'Kondisi gizi anak (pemeriksaan 3 bulan terakhir)',
      en: "A child's nutrition at check-up",
    },
    answer: code(CHILD_NUTRITION),
  },
  difficulty('a', 'difficulty_seeing', 'Kesulitan melihat', 'Difficulty seeing'),
  difficulty('b', 'difficulty_hearing', 'Kesulitan mendengar', 'Difficulty hearing'),
  difficulty(
    'c',
    'difficulty_walking',
    'Kesulitan berjalan atau naik tangga',
    'Difficulty walking or climbing steps',
  ),
  difficulty(
    'd',
    'difficulty_hands',
    'Kesulitan menggunakan tangan/jari',
    'Difficulty using hands or fingers',
  ),
  difficulty('e', 'difficulty_learning', 'Kesulitan belajar/kemampuan intelektual', 'Difficulty learning'),
  difficulty(
    'f',
    'difficulty_behaviour',
    'Kesulitan mengendalikan perilaku',
    'Difficulty controlling behaviour',
  ),
  difficulty('g', 'difficulty_speaking', 'Kesulitan berbicara/berkomunikasi', 'Difficulty speaking'),
  // The workbook repeats 428g's note under 428h; the column is kept as it comes.
  difficulty(
    'h',
    'difficulty_428h',
    'Kesulitan 428h (lembar mengulang 428g)',
    'Difficulty 428h (the sheet repeats 428g)',
  ),
  difficulty('i', 'difficulty_remembering', 'Kesulitan mengingat/berkonsentrasi', 'Difficulty remembering'),
  difficulty('j', 'sadness', 'Seberapa sering mengalami kesedihan/depresi', 'How often sad or depressed'),
  {
    variable: '429',
    field: 'caregiver',
    block: 'E',
    question: { id: 'Memiliki pemberi rawat/pengasuh/wali', en: 'Has a caregiver' },
    answer: code(CAREGIVER),
  },
  {
    variable: '430',
    field: 'chronic_illness',
    block: 'E',
    question: { id: 'Keluhan kesehatan kronis/menahun', en: 'Chronic illness' },
    answer: code(CHRONIC_ILLNESS),
  },
  {
    variable: '431a',
    field: 'health_insurance',
    block: 'F',
    question: { id: 'Jaminan kesehatan setahun terakhir', en: 'Health insurance in the last year' },
    answer: sum(HEALTH_INSURANCE),
  },
  {
    variable: '431b',
    field: 'prakerja',
    block: 'F',
    question: { id: 'Ikut Program Pra-Kerja', en: 'Took part in Pra-Kerja' },
    answer: code(YES_NO_UNKNOWN),
  },
  {
    variable: '431c',
    field: 'kur',
    block: 'F',
    question: { id: 'Ikut Kredit Usaha Rakyat (KUR)', en: 'Took part in KUR micro-credit' },
    answer: code(YES_NO_UNKNOWN),
  },
  {
    variable: '431d',
    field: 'ultra_micro_credit',
    block: 'F',
    question: { id: 'Ikut Pembiayaan Ultra Mikro (UM)', en: 'Took part in ultra-micro financing (UMi)' },
    answer: code(YES_NO_UNKNOWN),
  },
  {
    variable: '431e',
    field: 'pip',
    block: 'F',
    question: { id: 'Ikut Program Indonesia Pintar (PIP)', en: 'Took part in PIP' },
    answer: code(YES_NO_UNKNOWN),
  },
  {
    variable: '431f',
    field: 'employment_insurance',
    block: 'F',
    question: { id: 'Jaminan ketenagakerjaan', en: 'Employment insurance' },
    answer: sum(EMPLOYMENT_INSURANCE),
  },
];

/** A member with no answer recorded. */
export function blankMemberWelfare(): MemberWelfare {
  return Object.fromEntries(MEMBER_WELFARE_FIELDS.map((field) => [field, null])) as MemberWelfare;
}
