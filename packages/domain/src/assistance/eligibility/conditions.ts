// The catalogue of eligibility conditions. Each is a rule over one unit's facts (facts.ts) that answers true,
// false or null (the facts do not decide), and reads per target unit as `readings` says: a household's or a
// family's conditions ask about its members ("a member aged 70 or more"), a resident's ask about the person
// ("aged 70 or more": PIP's school age is the pupil's own). The server's SQL for each is in
// modules/assistance/targeting/condition-sql.ts.
import { ageInYears } from '../../population/age.ts';
import type { Label } from '../program.ts';
import {
  anyOf,
  type EligibilityUnit,
  type EligibilityMemberFacts,
  type Truth,
  type EligibilityUnitFacts,
} from './facts.ts';

export const CONDITION_IDS = [
  'pregnant_member',
  'young_child',
  'school_age_child',
  'elderly_member',
  'severe_disability',
  'elderly_alone',
  'female_head',
  'lost_livelihood',
  'chronic_illness',
  'no_jkn',
  'not_receiving',
  'decile_at_most',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

/** A condition's parameter: a whole number in a range, or a program code. */
export type ParamSpec =
  | { name: string; kind: 'integer'; min: number; max: number; default: number; label: Label }
  | { name: string; kind: 'program'; label: Label };

export interface ConditionParams {
  age?: number;
  decile?: number;
  program?: string;
}

export interface ConditionContext {
  /** The date ages are counted on (ISO). */
  asOf: string;
}

export interface ConditionDefinition {
  id: ConditionId;
  label: Label;
  params: readonly ParamSpec[];
  /** How the condition reads for each target unit. */
  readings: Record<EligibilityUnit, Label>;
  holds(facts: EligibilityUnitFacts, params: ConditionParams, context: ConditionContext): Truth;
}

/** Whole years on the reference date (a birth date after it counts as age 0: a record dated ahead). */
const ageOf = (member: EligibilityMemberFacts, context: ConditionContext) =>
  member.birthDate > context.asOf ? 0 : ageInYears(member.birthDate, context.asOf);

/** Regsosek 430's "none". */
export const CHRONIC_ILLNESS_NONE = 18;
/** Regsosek 428a–i: 1 cannot at all, 2 a lot of difficulty. 428j (how often sad) is not a functional
 * difficulty and is not read. */
const FUNCTIONAL_DIFFICULTIES = 9;
/** Registry cacat_id 1–6: a recorded disability; 7: none. */
const REGISTRY_NO_DISABILITY = 7;
/** Regsosek 431a bits that are JKN (PBI, independent, by employer); 99 is "unknown". */
const JKN_BITS = 1 | 2 | 4;
const HEALTH_INSURANCE_UNKNOWN = 99;
/** Registry asuransi codes that are BPJS Kesehatan (JKN), and those that say there is none. */
const REGISTRY_JKN = [2, 3, 4];
const REGISTRY_NO_JKN = [1, 99];

export function hasSevereDisability(member: EligibilityMemberFacts): Truth {
  const functional = member.difficulty?.slice(0, FUNCTIONAL_DIFFICULTIES) ?? null;
  const severe = functional?.some((answer) => answer === 1 || answer === 2) ?? false;
  const registered = member.disability !== null && member.disability !== REGISTRY_NO_DISABILITY;
  if (severe || registered) return true;
  if (functional !== null || member.disability === REGISTRY_NO_DISABILITY) return false;
  return null;
}

export function isChronicallyIll(member: EligibilityMemberFacts): Truth {
  if (member.chronicIllness === null) return null;
  return member.chronicIllness !== CHRONIC_ILLNESS_NONE;
}

export function lacksJkn(member: EligibilityMemberFacts): Truth {
  const form = member.healthInsurance;
  const formKnown = form !== null && form !== HEALTH_INSURANCE_UNKNOWN;
  const jkn =
    (formKnown && (form & JKN_BITS) !== 0) ||
    (member.insurance !== null && REGISTRY_JKN.includes(member.insurance));
  if (jkn) return false;
  if (formKnown || (member.insurance !== null && REGISTRY_NO_JKN.includes(member.insurance))) return true;
  return null;
}

/** The registry records a pregnancy; an empty "hamil" is OpenSID's "not recorded pregnant", read as no. */
const isPregnant = (member: EligibilityMemberFacts): Truth => member.pregnant === 1;

/** A member rule read over the unit's members (a resident: the person). */
const anyMember = (rule: (member: EligibilityMemberFacts) => Truth) => (facts: EligibilityUnitFacts) =>
  anyOf(facts.members.map(rule));

const member = (id: string, en: string) => ({ id, en });

const HOUSEHOLD = member('Salah satu anggota rumah tangga', 'Any member of the household');
const FAMILY = member('Salah satu anggota keluarga', 'Any member of the family');
const PERSON = member('Orang itu sendiri', 'The person themselves');
const personal: Record<EligibilityUnit, Label> = { household: HOUSEHOLD, family: FAMILY, resident: PERSON };

const ageParam = (fallback: number): ParamSpec => ({
  name: 'age',
  kind: 'integer',
  min: 50,
  max: 100,
  default: fallback,
  label: { id: 'Usia minimal (tahun)', en: 'Minimum age (years)' },
});

export const CONDITIONS: readonly ConditionDefinition[] = [
  {
    id: 'pregnant_member',
    label: { id: 'Ada ibu hamil', en: 'A pregnant member' },
    params: [],
    readings: personal,
    holds: anyMember(isPregnant),
  },
  {
    id: 'young_child',
    label: { id: 'Ada anak usia 0–6 tahun', en: 'A child aged 0–6' },
    params: [],
    readings: personal,
    holds: (facts, _p, context) => anyOf(facts.members.map((m) => ageOf(m, context) <= 6)),
  },
  {
    id: 'school_age_child',
    label: { id: 'Ada anak usia sekolah (7–18 tahun)', en: 'A school-age child (7–18)' },
    params: [],
    readings: personal,
    holds: (facts, _p, context) =>
      anyOf(facts.members.map((m) => ageOf(m, context) >= 7 && ageOf(m, context) <= 18)),
  },
  {
    id: 'elderly_member',
    label: { id: 'Ada lansia', en: 'An elderly member' },
    params: [ageParam(70)],
    readings: personal,
    holds: (facts, params, context) =>
      anyOf(facts.members.map((m) => ageOf(m, context) >= (params.age ?? 70))),
  },
  {
    id: 'severe_disability',
    label: { id: 'Ada penyandang disabilitas berat', en: 'A severely disabled member' },
    params: [],
    readings: personal,
    holds: anyMember(hasSevereDisability),
  },
  {
    id: 'elderly_alone',
    label: { id: 'Lansia hidup sendiri', en: 'An elderly person living alone' },
    params: [ageParam(60)],
    readings: {
      household: member(
        'Satu-satunya penghuni rumah adalah lansia',
        'The only person in the house is elderly',
      ),
      family: member(
        'Keluarga satu orang lansia yang tinggal sendiri di rumahnya',
        'A one-person family, elderly, alone in the house',
      ),
      resident: member('Orang itu lansia dan tinggal sendiri', 'The person is elderly and lives alone'),
    },
    holds: (facts, params, context) => {
      if (facts.roofMembers !== 1 || facts.members.length !== 1) return false;
      return ageOf(facts.members[0]!, context) >= (params.age ?? 60);
    },
  },
  {
    id: 'female_head',
    label: { id: 'Kepala keluarga perempuan', en: 'A female head' },
    params: [],
    readings: {
      household: member('Kepala rumah tangga perempuan', 'The head of the household is a woman'),
      family: member('Kepala keluarga (KK) perempuan', 'The head of the family (KK) is a woman'),
      resident: member('Orang itu perempuan kepala keluarga', 'The person is a woman heading her family'),
    },
    holds: (facts) => {
      if (facts.unit === 'resident') {
        const person = facts.members[0];
        if (!person || person.relationship === null) return null;
        return person.relationship === 1 && person.sex === 2;
      }
      return facts.head === null ? null : facts.head.sex === 2;
    },
  },
  {
    id: 'lost_livelihood',
    label: { id: 'Kehilangan mata pencaharian', en: 'Lost livelihood' },
    params: [],
    readings: {
      household: member(
        'Ada keluarga di rumah itu yang kehilangan mata pencaharian',
        'A family under the roof lost its livelihood',
      ),
      family: member('Keluarga itu kehilangan mata pencaharian', 'The family lost its livelihood'),
      resident: member(
        'Keluarga orang itu kehilangan mata pencaharian',
        "The person's family lost its livelihood",
      ),
    },
    holds: (facts) => anyOf(facts.lostLivelihood),
  },
  {
    id: 'chronic_illness',
    label: { id: 'Ada penderita penyakit kronis', en: 'A chronically ill member' },
    params: [],
    readings: personal,
    holds: anyMember(isChronicallyIll),
  },
  {
    id: 'no_jkn',
    label: { id: 'Ada yang belum punya JKN', en: 'A member without JKN' },
    params: [],
    readings: personal,
    holds: anyMember(lacksJkn),
  },
  {
    id: 'not_receiving',
    label: { id: 'Tidak menerima program lain', en: 'Not receiving another program' },
    params: [{ name: 'program', kind: 'program', label: { id: 'Program', en: 'Program' } }],
    readings: {
      household: member(
        'Rumah tangga, keluarganya, dan anggotanya tidak terdaftar',
        'Neither the household nor its families or members are enrolled',
      ),
      family: member(
        'Keluarga, rumah tangganya, dan anggotanya tidak terdaftar',
        'Neither the family, its household nor its members are enrolled',
      ),
      resident: member(
        'Orang itu, keluarganya, dan rumah tangganya tidak terdaftar',
        'Neither the person, their family nor their household are enrolled',
      ),
    },
    holds: (facts, params) => !facts.programsReceived.includes(params.program ?? ''),
  },
  {
    id: 'decile_at_most',
    label: { id: 'Desil paling tinggi', en: 'Decile at most' },
    params: [
      { name: 'decile', kind: 'integer', min: 1, max: 10, default: 4, label: { id: 'Desil', en: 'Decile' } },
    ],
    readings: {
      household: member('Desil rumah tangga', "The household's decile"),
      family: member('Desil rumah tangga keluarga itu', "The family's household decile"),
      resident: member('Desil rumah tangga orang itu', "The person's household decile"),
    },
    holds: (facts, params) => (facts.decile === null ? null : facts.decile <= (params.decile ?? 4)),
  },
];

export function conditionDefinition(id: ConditionId): ConditionDefinition {
  const found = CONDITIONS.find((condition) => condition.id === id);
  if (!found) throw new RangeError(`unknown eligibility condition ${id}`);
  return found;
}
