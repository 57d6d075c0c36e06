// Who the demo enrols in the catalogue programs of Regsosek 501: a unit's chance follows its welfare tier and
// what each program looks for, with the targeting errors published evaluations of Indonesian social assistance
// report: many eligible poor families are missed (exclusion) and some better-off ones are enrolled (inclusion).
// The rates and their sources: docs/rules/DEMO-TARGETING.md.
import type { WealthTier } from '../population/person-attributes.ts';
import type { Rng } from '../population/prng.ts';

type ByTier = Record<WealthTier, number>;

/** The chance that a unit of each tier is enrolled, among units the program is for (see the doc). */
export const DEMO_ENROLMENT_RATES = {
  /** PKH: families with a component (pregnancy, a child, a school child, an elderly or severely disabled member). */
  PKH: { poor: 0.55, middle: 0.1, better: 0.02 },
  SEMBAKO: { poor: 0.6, middle: 0.15, better: 0.03 },
  /** BLT Dana Desa goes to poor families outside PKH and Sembako (and a few others the village chose). */
  BLT_DD: { poor: 0.5, middle: 0.04, better: 0.01 },
  BANSOS_PEMDA: { poor: 0.1, middle: 0.02, better: 0 },
  /** Electricity: every 450 W connection is subsidised; 900 W ones only for families on the list. */
  LISTRIK_900: { poor: 0.6, middle: 0.1, better: 0.01 },
  LISTRIK_450: 0.95,
  /** LPG 3 kg households that report receiving it as a program. */
  LPG: { poor: 0.3, middle: 0.1, better: 0.02 },
  /** Subsidised fertiliser: farmers in a farmer group (RDKK), whatever their tier. */
  PUPUK_FARMER: 0.75,
} as const satisfies Record<string, ByTier | number>;

export interface FamilySituation {
  tier: WealthTier;
  /** A PKH component: pregnant, under 6, school age in school, 60 or older, or severely disabled. */
  pkhComponent: boolean;
  headIsFarmer: boolean;
}

export interface HouseholdSituation {
  tier: WealthTier;
  electricityPower: number | null;
  cookingFuel: number | null;
}

export function familyPrograms(rng: Rng, family: FamilySituation): string[] {
  const r = DEMO_ENROLMENT_RATES;
  const codes: string[] = [];
  if (family.pkhComponent && rng.chance(r.PKH[family.tier])) codes.push('PKH');
  if (rng.chance(r.SEMBAKO[family.tier])) codes.push('SEMBAKO');
  const outside = codes.length === 0;
  if (rng.chance(outside ? r.BLT_DD[family.tier] : r.BLT_DD[family.tier] / 10)) codes.push('BLT-DD');
  if (rng.chance(r.BANSOS_PEMDA[family.tier])) codes.push('BANSOS-PEMDA');
  if (family.headIsFarmer && rng.chance(r.PUPUK_FARMER)) codes.push('PUPUK-BERSUBSIDI');
  return codes;
}

export function householdPrograms(rng: Rng, household: HouseholdSituation): string[] {
  const r = DEMO_ENROLMENT_RATES;
  const codes: string[] = [];
  if (
    household.electricityPower === 1
      ? rng.chance(r.LISTRIK_450)
      : household.electricityPower === 2 && rng.chance(r.LISTRIK_900[household.tier])
  )
    codes.push('SUBSIDI-LISTRIK');
  if (household.cookingFuel === 4 && rng.chance(r.LPG[household.tier])) codes.push('LPG-3KG');
  return codes;
}

/** The first day of a month between January 2018 and the month before the survey's reference (2025-12). */
export function enrolmentStart(rng: Rng): string {
  const month = rng.int(0, 95);
  return `${2018 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}
