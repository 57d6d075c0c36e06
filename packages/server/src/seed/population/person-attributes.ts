// Coded attributes of one person, plausible for their age, sex, generation and household: education (older
// generations went to school less), occupation (farming, labour and trade dominate rural Banyuwangi; civil
// service needs a degree), insurance by household welfare, family planning for married women. Codes are the
// OpenSID lists of @smart-kampung/domain (PENDIDIKAN_KK, PEKERJAAN, ASURANSI, CARA_KB …).
import { type Rng, weightedTable, type WeightedTable } from './prng.ts';

export type WealthTier = 'poor' | 'middle' | 'better';

type Table = WeightedTable<number>;
const table = (entries: [number, number][]): Table => weightedTable(entries);

/** PENDIDIKAN_KK of adults by birth cohort. */
const ADULT_EDUCATION: [number, Table][] = [
  [1960, table([[1, 25], [2, 30], [3, 35], [4, 5], [5, 4], [8, 1]])],
  [1980, table([[1, 8], [2, 15], [3, 40], [4, 17], [5, 15], [6, 1], [7, 1], [8, 3]])],
  [2000, table([[1, 2], [2, 5], [3, 25], [4, 25], [5, 33], [6, 1], [7, 2], [8, 6], [9, 1]])],
  [9999, table([[2, 2], [3, 8], [4, 25], [5, 50], [7, 4], [8, 10], [9, 1]])],
]; // prettier-ignore

export function educationKk(rng: Rng, age: number, birthYear: number): number {
  if (age < 7) return 1;
  if (age < 13) return 2;
  if (age < 16) return rng.chance(0.9) ? 3 : 2;
  if (age < 19) return rng.chance(0.85) ? 4 : 3;
  const cohort = ADULT_EDUCATION.find(([before]) => birthYear < before)![1];
  const level = rng.draw(cohort);
  return age < 23 ? Math.min(level, 5) : level;
}

/** PENDIDIKAN_SEDANG: what a child or student is attending now, or 18 "not in school". */
export function educationCurrent(rng: Rng, age: number, educationKk: number): number {
  if (age < 3) return 1;
  if (age < 7) return 2;
  if (age < 13) return 4;
  if (age < 16) return 6;
  if (age < 19) return rng.chance(0.8) ? 7 : 18;
  if (age < 24 && educationKk === 5 && rng.chance(0.3)) return 11;
  return 18;
}

// PEKERJAAN codes: 1 none, 2 homemaker, 3 student, 4 retired, 5 PNS, 6 TNI, 7 POLRI, 8 trade, 9 farmer,
// 10 livestock, 11 fisher, 15 private employee, 19 day labourer, 20 farm labourer, 21 fishing labourer,
// 26 mason, 27 carpenter, 35 mechanic, 65 teacher, 73 midwife, 74 nurse, 81 driver, 84 trader, 88 self-employed.
const MALE_JOBS = table([
  [9, 24], [20, 15], [88, 14], [15, 12], [84, 5], [8, 3], [19, 9], [81, 3], [26, 3], [27, 1.5], [35, 1.5],
  [10, 1.5], [1, 4], [29, 0.5], [14, 1], [89, 1],
]); // prettier-ignore
const FEMALE_JOBS = table([
  [2, 45], [9, 9], [20, 8], [88, 8], [84, 8], [15, 8], [19, 3], [30, 1], [1, 6], [23, 1], [46, 1], [89, 2],
]); // prettier-ignore
const EDUCATED_JOBS = table([[5, 20], [65, 20], [15, 25], [88, 12], [74, 5], [73, 4], [6, 3], [7, 3], [18, 6], [64, 1], [72, 1]]); // prettier-ignore
const MARINE = table([
  [11, 60],
  [21, 40],
]);

export interface OccupationInput {
  age: number;
  sex: 'male' | 'female';
  education: number;
  studying: boolean;
  coastal: boolean;
}

export function occupation(rng: Rng, p: OccupationInput): number {
  if (p.age < 5) return 1;
  if (p.studying) return 3;
  if (p.age < 18) return rng.chance(0.5) ? 1 : 19;
  if (p.age >= 58 && rng.chance(p.education >= 7 ? 0.8 : 0.15)) return 4;
  if (p.age >= 70 && rng.chance(0.5)) return p.sex === 'female' ? 2 : 1;
  if (p.education >= 7 && rng.chance(0.7)) {
    const job = rng.draw(EDUCATED_JOBS);
    // TNI/POLRI and midwives are mostly one sex.
    if (job === 73 && p.sex === 'male') return 74;
    if ((job === 6 || job === 7) && p.sex === 'female') return 65;
    return job;
  }
  if (p.sex === 'male' && p.coastal && rng.chance(0.25)) return rng.draw(MARINE);
  return rng.draw(p.sex === 'male' ? MALE_JOBS : FEMALE_JOBS);
}

const INSURANCE: Record<WealthTier, Table> = {
  poor: table([
    [2, 70],
    [4, 15],
    [1, 15],
  ]),
  middle: table([
    [3, 40],
    [2, 30],
    [1, 25],
    [4, 5],
  ]),
  better: table([
    [3, 80],
    [99, 5],
    [1, 15],
  ]),
};

export const insurance = (rng: Rng, tier: WealthTier) => rng.draw(INSURANCE[tier]);

const BLOOD = table([[13, 60], [1, 10], [2, 12], [3, 3], [4, 15]]); // prettier-ignore
export const bloodType = (rng: Rng) => rng.draw(BLOOD);

const DISABILITY = table([[7, 980], [1, 8], [2, 3], [3, 3], [4, 3], [5, 1], [6, 2]]); // prettier-ignore
export const disability = (rng: Rng) => rng.draw(DISABILITY);

const CONTRACEPTION = table([[3, 50], [1, 20], [5, 10], [2, 8], [6, 5], [4, 3], [99, 4]]); // prettier-ignore

/** CARA_KB and HAMIL for a married woman of child-bearing age; null for everyone else. */
export function familyPlanning(rng: Rng, age: number, sex: 'male' | 'female', married: boolean) {
  if (sex !== 'female' || !married || age < 15 || age > 49) return { contraception: null, pregnant: null };
  const pregnant = age <= 42 && rng.chance(0.05);
  const contraception = !pregnant && rng.chance(0.6) ? rng.draw(CONTRACEPTION) : null;
  return { contraception, pregnant: pregnant ? 1 : 2 };
}

/** KTP_EL and STATUS_REKAM: the electronic ID card is due at 17. */
export function idCard(rng: Rng, age: number) {
  if (age < 17) return { ktpEl: 1, recordStatus: 1 };
  const r = rng.next();
  if (r < 0.04) return { ktpEl: 1, recordStatus: 2 };
  return { ktpEl: 2, recordStatus: r < 0.1 ? 3 : 8 };
}

/** Religion by ethnicity (AGAMA: 1 Islam, 2 Kristen, 3 Katolik, 4 Hindu, 5 Budha). */
export const RELIGION_BY_ETHNICITY = {
  Jawa: table([[1, 965], [2, 18], [3, 8], [4, 6], [5, 3]]),
  Osing: table([[1, 990], [4, 7], [2, 3]]),
  Madura: table([[1, 998], [2, 2]]),
  Bali: table([[4, 82], [2, 12], [3, 3], [1, 3]]),
}; // prettier-ignore
