// Section IV answers of a generated member, from what the registry already holds about them (age, sex,
// schooling, occupation, disability, insurance) and the household's welfare tier: poorer members leave school
// earlier, work more as casual labourers, report more stunting and more untreated illness, and hold PBI
// rather than employer JKN. Every answer follows the form's rules (welfare-rules.ts), as a test checks.
import type { MemberWelfare } from '@smart-kampung/domain';
import { blankMemberWelfare } from '@smart-kampung/domain';
import type { WealthTier } from '../population/person-attributes.ts';
import type { Rng } from '../population/prng.ts';

export interface GeneratedPerson {
  age: number;
  sex: number;
  educationKk: number | null;
  occupation: number | null;
  disability: number | null;
  insurance: number | null;
  hasBirthCertificate: boolean;
  livesAlone: boolean;
}

/** Registry education (PENDIDIKAN_KK) → 413 level and whether it was finished. */
const LEVEL_OF_EDUCATION: Record<number, [number, boolean]> = {
  2: [3, false], 3: [3, true], 4: [8, true], 5: [13, true], 6: [18, true], 7: [18, true], 8: [19, true], 9: [21, true], 10: [22, true],
}; // prettier-ignore

/** Occupation (PEKERJAAN) → 417 sector and 418 status; null: not working. */
function job(occupation: number, tier: WealthTier, rng: Rng): [number, number] | null {
  if ([1, 2, 3, 4].includes(occupation)) return null;
  if (occupation === 9) return [1, tier === 'better' ? 2 : 1];
  if (occupation === 10) return [5, 1];
  if (occupation === 11) return [4, tier === 'poor' ? 7 : 1];
  if ([5, 6, 7, 85, 86].includes(occupation)) return [20, 5];
  if (occupation === 15) return [rng.chance(0.5) ? 8 : 12, 4];
  if (occupation === 19) return [rng.chance(0.5) ? 1 : 11, rng.chance(0.5) ? 6 : 7];
  if (occupation === 8 || occupation === 84 || occupation === 88) return [12, tier === 'better' ? 3 : 1];
  return [24, tier === 'poor' ? 7 : 4];
}

const CHRONIC_OLD: [number, number][] = [[1, 66], [2, 16], [6, 5], [3, 5], [13, 4], [5, 2], [8, 1], [18, 1]]; // prettier-ignore
const draw = (rng: Rng, table: readonly [number, number][]) => {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let r = rng.next() * total;
  for (const [value, weight] of table) if ((r -= weight) < 0) return value;
  return table[table.length - 1]![0];
};

export function memberFacts(rng: Rng, person: GeneratedPerson, tier: WealthTier): MemberWelfare {
  const f = blankMemberWelfare();
  const { age } = person;
  f.presence = 1;
  f.identity_documents =
    (person.hasBirthCertificate ? 1 : 0) + (age >= 17 ? 4 : rng.chance(tier === 'poor' ? 0.2 : 0.5) ? 2 : 0);
  // Schooling: children of school age are in school unless a poorer family kept them home.
  const level = person.educationKk ? LEVEL_OF_EDUCATION[person.educationKk] : undefined;
  if (age < 5 || (!level && age >= 5)) f.school_participation = 1;
  else if (age <= 18 && rng.chance(tier === 'poor' && age >= 13 ? 0.85 : 0.97)) f.school_participation = 2;
  else f.school_participation = 3;
  if (f.school_participation !== 1 && level) {
    f.education_level = level[0];
    f.highest_grade = level[1] && f.school_participation === 3 ? 8 : rng.int(1, 6);
    f.highest_diploma = level[1] && f.school_participation === 3 ? level[0] : 23;
  }
  // Work (asked of those of working age).
  if (age >= 10) {
    const work = person.occupation ? job(person.occupation, tier, rng) : null;
    f.worked_last_week = work ? 1 : 2;
    if (work) {
      f.work_hours = Math.min(84, Math.max(4, Math.round((tier === 'poor' ? 32 : 40) + 10 * rng.normal())));
      [f.work_sector, f.work_status] = work;
      f.has_npwp = work[1] === 5 || (tier === 'better' && rng.chance(0.6)) ? 1 : 3;
    } else f.has_npwp = 3;
    const ownsBusiness = work !== null && [1, 2, 3].includes(work[1]) && work[0] !== 1;
    f.owns_business = ownsBusiness ? 1 : 2;
    if (ownsBusiness) {
      f.business_count = 1;
      f.business_sector = work[0];
      f.business_paid_workers = tier === 'better' ? rng.int(1, 4) : 0;
      f.business_unpaid_workers = rng.int(0, 2);
      f.business_licence = tier === 'better' ? 4 : rng.chance(0.3) ? 4 : 11;
      f.business_turnover =
        tier === 'poor' ? 1 : tier === 'middle' ? (rng.chance(0.7) ? 1 : 2) : rng.int(2, 4);
      f.business_internet = tier === 'poor' ? (rng.chance(0.5) ? 1 : 0) : tier === 'middle' ? 3 : 13;
    }
  }
  if (age < 5) {
    const stunting = { poor: 0.22, middle: 0.12, better: 0.05 }[tier];
    const wasting = { poor: 0.07, middle: 0.04, better: 0.02 }[tier];
    const r = rng.next();
    f.child_nutrition = r < stunting ? 2 : r < stunting + wasting ? 1 : 3;
  }
  // Functional difficulty: the registry's disability, and the wear of old age.
  const none = 4;
  f.difficulty_seeing = person.disability === 2 ? 1 : age >= 60 && rng.chance(0.2) ? 3 : none;
  f.difficulty_hearing = person.disability === 3 ? 2 : age >= 70 && rng.chance(0.2) ? 3 : none;
  f.difficulty_walking =
    person.disability === 1 || person.disability === 5
      ? 2
      : age >= 60 && rng.chance(0.25)
        ? rng.chance(0.25)
          ? 2
          : 3
        : none;
  f.difficulty_hands = person.disability === 6 ? 2 : none;
  f.difficulty_learning = person.disability === 5 ? 2 : none;
  f.difficulty_behaviour = person.disability === 4 ? 2 : none;
  f.difficulty_speaking = person.disability === 3 ? 2 : none;
  f.difficulty_428h = none;
  f.difficulty_remembering = age >= 75 && rng.chance(0.2) ? 3 : none;
  f.sadness = rng.chance(tier === 'poor' ? 0.08 : 0.04) ? 2 : rng.chance(0.3) ? 3 : 4;
  const needsCare = [f.difficulty_seeing, f.difficulty_walking, f.difficulty_learning].some(
    (d) => d !== null && d <= 2,
  );
  if (needsCare) f.caregiver = person.livesAlone ? 3 : 1;
  else if (person.livesAlone && age >= 60) f.caregiver = 3;
  f.chronic_illness = age >= 40 ? draw(rng, CHRONIC_OLD) : rng.chance(0.03) ? (rng.chance(0.6) ? 4 : 18) : 1;
  // 431a from the registry's insurance (ASURANSI): PBI, regional PBI, non-PBI (employer or self-paid).
  const employed = f.work_status === 4 || f.work_status === 5;
  f.health_insurance =
    person.insurance === 2 || person.insurance === 4
      ? 1
      : person.insurance === 3
        ? employed
          ? 4
          : 2
        : person.insurance === 99
          ? 8
          : 0;
  if (age >= 15) {
    f.prakerja = age <= 40 && tier !== 'better' && rng.chance(0.04) ? 1 : 2;
    f.kur = f.owns_business === 1 && rng.chance(tier === 'poor' ? 0.08 : 0.15) ? 1 : 2;
    f.ultra_micro_credit = f.owns_business === 1 && tier === 'poor' && rng.chance(0.15) ? 1 : 2;
    f.employment_insurance = f.work_status === 5 ? 23 : f.work_status === 4 && rng.chance(0.6) ? 7 : 0;
  }
  if (f.school_participation === 2)
    f.pip = rng.chance({ poor: 0.45, middle: 0.12, better: 0.02 }[tier]) ? 1 : 2;
  return f;
}
