// Section V answers of a generated family by its household's welfare tier: assets, land and livestock as rural
// East Java holds them (motorbikes and smartphones common; cars, gold and laptops for the better-off), and how
// the tier is read back from what the population generator wrote (housing and insurance, both of which the
// tier drove): households are ranked by that deprivation within their village, the poorest quarter "poor",
// the best-off fifth "better" (the generator's own shares, housing.ts TIERS).
import { blankFamilyWelfare, type FamilyWelfare } from '@smart-kampung/domain';
import type { WealthTier } from '../population/person-attributes.ts';
import type { Rng } from '../population/prng.ts';

type ByTier = Record<WealthTier, number>;
const p = (poor: number, middle: number, better: number): ByTier => ({ poor, middle, better });

/** Share of families owning each asset, by tier. */
const ASSETS: Record<string, ByTier> = {
  has_gas_cylinder: p(0.02, 0.1, 0.4),
  has_refrigerator: p(0.25, 0.65, 0.95),
  has_air_conditioner: p(0, 0.02, 0.2),
  has_water_heater: p(0, 0.01, 0.12),
  has_landline: p(0, 0.01, 0.06),
  has_flat_tv: p(0.1, 0.4, 0.8),
  has_gold: p(0.05, 0.25, 0.6),
  has_computer: p(0.02, 0.12, 0.5),
  has_motorcycle: p(0.55, 0.88, 0.97),
  has_bicycle: p(0.35, 0.4, 0.35),
  has_car: p(0.003, 0.04, 0.35),
  has_boat: p(0.03, 0.02, 0.01),
  has_motor_boat: p(0.01, 0.02, 0.03),
  has_smartphone: p(0.6, 0.88, 0.98),
  owns_other_land: p(0.08, 0.3, 0.55),
  owns_other_house: p(0.01, 0.05, 0.2),
};

export function familyFacts(rng: Rng, tier: WealthTier): FamilyWelfare {
  const f = blankFamilyWelfare();
  for (const [field, share] of Object.entries(ASSETS))
    (f as Record<string, unknown>)[field] = rng.chance(share[tier]);
  const herd = (share: number, min: number, max: number) => (rng.chance(share) ? rng.int(min, max) : 0);
  f.cattle = herd(p(0.08, 0.18, 0.25)[tier], 1, 3);
  f.buffalo = herd(0.005, 1, 2);
  f.horses = herd(0.002, 1, 1);
  f.pigs = 0;
  f.goats = herd(p(0.15, 0.2, 0.12)[tier], 2, 8);
  const internet = rng.next();
  f.internet_access =
    tier === 'poor'
      ? internet < 0.4
        ? 0
        : internet < 0.95
          ? 3
          : 2
      : tier === 'middle'
        ? internet < 0.1
          ? 0
          : internet < 0.8
            ? 3
            : 2
        : internet < 0.3
          ? 3
          : internet < 0.9
            ? 2
            : 1;
  const account = rng.next();
  f.bank_account =
    tier === 'poor'
      ? account < 0.65
        ? 4
        : 2
      : tier === 'middle'
        ? account < 0.35
          ? 4
          : account < 0.9
            ? 2
            : 3
        : account < 0.5
          ? 2
          : account < 0.9
            ? 3
            : 1;
  f.lost_livelihood = tier === 'poor' && rng.chance(0.03) ? true : null;
  return f;
}

export interface HouseholdSigns {
  floor_area_m2: number | null;
  floor_material: number | null;
  wall_material: number | null;
  electricity_power: number | null;
  lighting_source: number | null;
  cooking_fuel: number | null;
  toilet_facility: number | null;
  /** The registry's insurance code (ASURANSI) of the household's head, which the tier drew. */
  insurance: number | null;
}

/** Deprivation points from what the tier drove; ties broken by the caller's order. */
export function deprivation(h: HouseholdSigns): number {
  let points = 0;
  if (h.floor_material === 8 || h.floor_material === 7 || h.floor_material === 5) points += 3;
  if (h.wall_material !== null && h.wall_material !== 1) points += 2;
  if (h.lighting_source !== 1 || h.electricity_power === 1) points += 2;
  if (h.electricity_power !== null && h.electricity_power >= 3) points -= 2;
  if (h.cooking_fuel === 10 || h.cooking_fuel === 7) points += 2;
  if (h.toilet_facility === 6 || h.toilet_facility === 4 || h.toilet_facility === 5) points += 2;
  if (h.floor_area_m2 !== null) points += h.floor_area_m2 < 45 ? 2 : h.floor_area_m2 >= 90 ? -2 : 0;
  if (h.insurance === 2 || h.insurance === 4) points += 2;
  if (h.insurance === 3) points -= 2;
  return points;
}

/** Tiers by rank within the village: the poorest 25 % poor, the best-off 20 % better. */
export function tiersByRank<T>(items: readonly T[], points: (item: T) => number): Map<T, WealthTier> {
  const sorted = items.map((item, index) => ({ item, index, score: points(item) }));
  sorted.sort((a, b) => b.score - a.score || a.index - b.index);
  const tiers = new Map<T, WealthTier>();
  sorted.forEach(({ item }, rank) => {
    const share = rank / Math.max(1, sorted.length);
    tiers.set(item, share < 0.25 ? 'poor' : share >= 0.8 ? 'better' : 'middle');
  });
  return tiers;
}
