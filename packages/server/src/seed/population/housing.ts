// Housing facts of a household, coded with the Regsosek 2022 lists of @smart-kampung/domain (FLOOR_MATERIAL,
// WALL_MATERIAL …). Frequencies follow rural East Java (ceramic or cement floors, masonry walls, clay-tile
// roofs, refilled or well water, 3 kg LPG) and shift with a household's welfare tier, so poorer households
// more often have earth floors, bamboo walls, 450 W connections and firewood.
import type { WealthTier } from './person-attributes.ts';
import { type Rng, weightedTable, type WeightedTable } from './prng.ts';

type Table = WeightedTable<number>;
type ByTier = Record<WealthTier, Table>;
const t = (entries: [number, number][]): Table => weightedTable(entries);

const FLOOR: ByTier = {
  poor: t([[6, 40], [8, 25], [2, 20], [4, 8], [5, 4], [7, 3]]),
  middle: t([[2, 65], [6, 20], [4, 10], [8, 3], [5, 2]]),
  better: t([[2, 85], [1, 8], [4, 4], [3, 3]]),
}; // prettier-ignore
const WALL: ByTier = {
  poor: t([[1, 60], [4, 18], [2, 8], [3, 10], [6, 3], [7, 1]]),
  middle: t([[1, 92], [3, 5], [2, 2], [4, 1]]),
  better: t([[1, 99], [3, 1]]),
}; // prettier-ignore
const ROOF = t([[2, 85], [3, 6], [4, 5], [1, 3], [5, 0.5], [7, 0.5]]); // prettier-ignore
const WATER = t([[2, 40], [4, 22], [5, 15], [3, 10], [1, 5], [6, 3], [7, 3], [8, 1], [9, 0.5], [10, 0.5]]); // prettier-ignore
// Wells and springs (306a 4-8) sit closer to a septic pit in poorer, denser yards.
const WELL_TO_WASTE: ByTier = {
  poor: t([[1, 45], [2, 45], [3, 10]]),
  middle: t([[1, 30], [2, 62], [3, 8]]),
  better: t([[1, 15], [2, 80], [3, 5]]),
}; // prettier-ignore
const LIGHTING = t([[1, 95], [2, 3], [3, 1], [4, 1]]); // prettier-ignore
const POWER: ByTier = {
  poor: t([[1, 70], [2, 28], [3, 2]]),
  middle: t([[1, 25], [2, 55], [3, 15], [4, 5]]),
  better: t([[2, 25], [3, 40], [4, 25], [5, 10]]),
}; // prettier-ignore
const TOILET: ByTier = {
  poor: t([[1, 65], [2, 12], [3, 6], [4, 2], [6, 15]]),
  middle: t([[1, 90], [2, 5], [3, 3], [6, 2]]),
  better: t([[1, 99], [2, 1]]),
}; // prettier-ignore
const TOILET_TYPE = t([[1, 88], [2, 5], [3, 2], [4, 5]]); // prettier-ignore
const FAECES = t([[1, 80], [3, 8], [4, 9], [5, 2], [2, 1]]); // prettier-ignore
const FUEL: ByTier = {
  poor: t([[4, 60], [10, 35], [7, 2], [12, 3]]),
  middle: t([[4, 88], [10, 6], [2, 3], [3, 2], [1, 1]]),
  better: t([[4, 50], [3, 25], [2, 15], [1, 8], [12, 2]]),
}; // prettier-ignore
const NO_TOILET_DISPOSAL = t([[5, 60], [3, 40]]); // prettier-ignore
const OWNERSHIP = t([[1, 85], [3, 8], [2, 5], [4, 1], [5, 1]]); // prettier-ignore
const LAND_TITLE = t([[1, 45], [5, 35], [2, 5], [3, 5], [4, 2], [6, 8]]); // prettier-ignore

const TIERS = weightedTable<WealthTier>([
  ['poor', 25],
  ['middle', 55],
  ['better', 20],
]);

export const wealthTier = (rng: Rng) => rng.draw(TIERS);

export function housing(rng: Rng, tier: WealthTier) {
  const lighting = rng.draw(LIGHTING);
  const toilet = rng.draw(TOILET[tier]);
  const ownership = rng.draw(OWNERSHIP);
  const water = rng.draw(WATER);
  const baseArea = tier === 'poor' ? 36 : tier === 'middle' ? 60 : 100;
  return {
    floor_area_m2: Math.min(400, Math.max(12, Math.round(baseArea * Math.exp(0.35 * rng.normal())))),
    floor_material: rng.draw(FLOOR[tier]),
    wall_material: rng.draw(WALL[tier]),
    roof_material: rng.draw(ROOF),
    drinking_water_source: water,
    water_waste_distance: water >= 4 && water <= 8 ? rng.draw(WELL_TO_WASTE[tier]) : null,
    lighting_source: lighting,
    // 307b only for a metered PLN connection (a second meter in some better-off houses), 309b only for a
    // toilet of one's own or a shared one.
    electricity_power: lighting === 1 ? rng.draw(POWER[tier]) : null,
    electricity_power_2:
      lighting === 1 && tier === 'better' && rng.next() < 0.08 ? rng.draw(POWER.middle) : null,
    electricity_power_3: null,
    toilet_facility: toilet,
    toilet_type: toilet <= 3 ? rng.draw(TOILET_TYPE) : null,
    faeces_disposal: toilet === 6 ? rng.draw(NO_TOILET_DISPOSAL) : rng.draw(FAECES),
    cooking_fuel: rng.draw(FUEL[tier]),
    house_ownership: ownership,
    land_title: ownership === 1 ? rng.draw(LAND_TITLE) : null,
  };
}
