// The variables of the regency's welfare score (skor-kesejahteraan): deprivation points from the housing
// (Regsosek section III), the members (registry columns and section IV) and the family's assets (section V).
// Each is one transparent yes/no rule; docs/rules/WELFARE.md says why each is there and what it is worth.
import type { UnitFacts } from './facts.ts';
import {
  anyMember,
  codeIn,
  dependencyRatio,
  floorAreaPerPersonBelow,
  hasDisability,
  housingCodeIn,
  informalWork,
  notWorking,
  ofHead,
  type WelfareVariable,
} from './variable.ts';

const asset =
  (key: 'motorcycle' | 'refrigerator' | 'gold') =>
  (facts: UnitFacts): boolean | null =>
    facts.assets[key] === null ? null : !facts.assets[key];

export const SCORE_VARIABLES: readonly WelfareVariable[] = [
  {
    id: 'floor_earth',
    group: 'housing',
    label: { id: 'Lantai tanah', en: 'Earth floor' },
    reads: { id: 'Jenis lantai (303)', en: 'Floor material (303)' },
    evaluate: housingCodeIn('floorMaterial', [8]),
  },
  {
    id: 'floor_bamboo_wood',
    group: 'housing',
    label: { id: 'Lantai bambu atau papan', en: 'Bamboo or plank floor' },
    reads: { id: 'Jenis lantai (303)', en: 'Floor material (303)' },
    evaluate: housingCodeIn('floorMaterial', [5, 7]),
  },
  {
    id: 'wall_poor',
    group: 'housing',
    label: { id: 'Dinding bambu atau batang kayu', en: 'Bamboo or log walls' },
    reads: { id: 'Jenis dinding (304)', en: 'Wall material (304)' },
    evaluate: housingCodeIn('wallMaterial', [4, 5, 6]),
  },
  {
    id: 'roof_poor',
    group: 'housing',
    label: { id: 'Atap bambu, jerami atau daun', en: 'Bamboo, straw or leaf roof' },
    reads: { id: 'Jenis atap (305)', en: 'Roof material (305)' },
    evaluate: housingCodeIn('roofMaterial', [6, 7]),
  },
  {
    id: 'no_toilet',
    group: 'housing',
    label: { id: 'Tidak ada jamban', en: 'No toilet' },
    reads: { id: 'Fasilitas buang air besar (309a)', en: 'Toilet facility (309a)' },
    evaluate: housingCodeIn('toiletFacility', [5, 6]),
  },
  {
    id: 'shared_toilet',
    group: 'housing',
    label: { id: 'Jamban bersama atau umum', en: 'Shared or public toilet' },
    reads: { id: 'Fasilitas buang air besar (309a)', en: 'Toilet facility (309a)' },
    evaluate: housingCodeIn('toiletFacility', [2, 3, 4]),
  },
  {
    id: 'unsafe_water',
    group: 'housing',
    label: { id: 'Air minum tidak terlindung', en: 'Unprotected drinking water' },
    reads: { id: 'Sumber air minum (306a)', en: 'Drinking-water source (306a)' },
    evaluate: housingCodeIn('drinkingWaterSource', [6, 8, 9, 10]),
  },
  {
    id: 'no_electricity',
    group: 'housing',
    label: { id: 'Tidak ada listrik', en: 'No electricity' },
    reads: { id: 'Sumber penerangan (307a)', en: 'Lighting source (307a)' },
    evaluate: housingCodeIn('lightingSource', [4]),
  },
  {
    id: 'electricity_unmetered',
    group: 'housing',
    label: { id: 'Listrik tanpa meteran atau non-PLN', en: 'Unmetered or non-PLN electricity' },
    reads: { id: 'Sumber penerangan (307a)', en: 'Lighting source (307a)' },
    evaluate: housingCodeIn('lightingSource', [2, 3]),
  },
  {
    id: 'electricity_450w',
    group: 'housing',
    label: { id: 'Daya listrik 450 watt', en: '450-watt electricity' },
    reads: { id: 'Sumber penerangan dan daya (307a, 307b)', en: 'Lighting source and power (307a, 307b)' },
    evaluate: (facts) => {
      const lighting = facts.housing?.lightingSource ?? null;
      if (lighting === null) return null;
      if (lighting !== 1) return false;
      return codeIn(facts.housing?.electricityPower, [1]);
    },
  },
  {
    id: 'cooking_firewood',
    group: 'housing',
    label: {
      id: 'Memasak dengan kayu bakar, arang atau briket',
      en: 'Cooking with firewood, charcoal or briquettes',
    },
    reads: { id: 'Bahan bakar memasak (308)', en: 'Cooking fuel (308)' },
    evaluate: housingCodeIn('cookingFuel', [8, 9, 10]),
  },
  {
    id: 'crowded',
    group: 'housing',
    label: { id: 'Luas lantai kurang dari 8 m² per orang', en: 'Less than 8 m² of floor per person' },
    reads: { id: 'Luas lantai (302) dan jumlah anggota', en: 'Floor area (302) and members' },
    evaluate: (facts) => floorAreaPerPersonBelow(facts, 8),
  },
  {
    id: 'female_head',
    group: 'members',
    label: { id: 'Kepala keluarga perempuan', en: 'Female head' },
    reads: { id: 'Kepala dan jenis kelaminnya', en: 'The head and their sex' },
    evaluate: ofHead((head) => head.sex === 2),
  },
  {
    id: 'head_low_education',
    group: 'members',
    label: { id: 'Pendidikan kepala paling tinggi SD', en: "Head's schooling primary at most" },
    reads: { id: 'Pendidikan kepala (KK)', en: "Head's education (family card)" },
    evaluate: ofHead((head) => codeIn(head.education, [1, 2, 3])),
  },
  {
    id: 'head_not_working',
    group: 'members',
    label: { id: 'Kepala tidak bekerja', en: 'Head not working' },
    reads: { id: 'Pekerjaan kepala (atau 416a)', en: "Head's occupation (or 416a)" },
    evaluate: ofHead(notWorking),
  },
  {
    id: 'head_informal_work',
    group: 'members',
    label: { id: 'Kepala buruh lepas atau pekerja informal', en: 'Head a casual or informal worker' },
    reads: { id: 'Pekerjaan kepala (atau 418)', en: "Head's occupation (or 418)" },
    evaluate: ofHead(informalWork),
  },
  {
    id: 'elderly_70',
    group: 'members',
    label: { id: 'Anggota lansia 70+', en: 'A member aged 70 or more' },
    reads: { id: 'Tanggal lahir anggota', en: "Members' birth dates" },
    evaluate: (facts) => anyMember(facts.members, (m) => m.age >= 70),
  },
  {
    id: 'elderly_alone',
    group: 'members',
    label: { id: 'Lansia tinggal sendiri', en: 'An elderly person living alone' },
    reads: { id: 'Anggota dan tanggal lahirnya', en: 'Members and their birth dates' },
    evaluate: (facts) =>
      facts.members.length === 0 ? null : facts.members.length === 1 && facts.members[0]!.age >= 60,
  },
  {
    id: 'high_dependency',
    group: 'members',
    label: { id: 'Rasio ketergantungan 1 atau lebih', en: 'Dependency ratio of 1 or more' },
    reads: { id: 'Tanggal lahir anggota', en: "Members' birth dates" },
    evaluate: (facts) => (facts.members.length === 0 ? null : dependencyRatio(facts.members) >= 1),
  },
  {
    id: 'disability',
    group: 'members',
    label: { id: 'Anggota penyandang disabilitas', en: 'A member with a disability' },
    reads: { id: 'Cacat (registri) atau 428', en: 'Disability (registry) or 428' },
    evaluate: (facts) => anyMember(facts.members, hasDisability),
  },
  {
    id: 'chronic_illness',
    group: 'members',
    label: { id: 'Anggota sakit kronis', en: 'A member with a chronic illness' },
    reads: { id: 'Keluhan kesehatan kronis (430)', en: 'Chronic illness (430)' },
    evaluate: (facts) =>
      anyMember(facts.members, (m) => {
        const code = m.welfare?.chronicIllness ?? null;
        return code === null ? null : code !== 1;
      }),
  },
  {
    id: 'no_motorcycle',
    group: 'assets',
    label: { id: 'Tidak punya sepeda motor', en: 'No motorbike' },
    reads: { id: 'Aset 502i', en: 'Asset 502i' },
    evaluate: asset('motorcycle'),
  },
  {
    id: 'no_refrigerator',
    group: 'assets',
    label: { id: 'Tidak punya kulkas', en: 'No refrigerator' },
    reads: { id: 'Aset 502b', en: 'Asset 502b' },
    evaluate: asset('refrigerator'),
  },
  {
    id: 'no_gold',
    group: 'assets',
    label: { id: 'Tidak punya emas 10 gram', en: 'No gold of 10 grams' },
    reads: { id: 'Aset 502g', en: 'Asset 502g' },
    evaluate: asset('gold'),
  },
  {
    id: 'no_livestock',
    group: 'assets',
    label: { id: 'Tidak punya ternak', en: 'No livestock' },
    reads: { id: 'Ternak 504a–e', en: 'Livestock 504a–e' },
    evaluate: (facts) => (facts.assets.livestock === null ? null : facts.assets.livestock === 0),
  },
  {
    id: 'owns_car',
    group: 'assets',
    label: { id: 'Punya mobil', en: 'Owns a car' },
    reads: { id: 'Aset 502k', en: 'Asset 502k' },
    evaluate: (facts) => facts.assets.car,
  },
  {
    id: 'lost_livelihood',
    group: 'assets',
    label: { id: 'Kehilangan mata pencaharian', en: 'Lost its livelihood' },
    reads: { id: 'Catatan desa', en: "The village's record" },
    evaluate: (facts) => facts.assets.lostLivelihood,
  },
];

/** Default points, in the order above; negative points mark affluence (a car lowers the score). */
export const DEFAULT_SCORE_POINTS: Readonly<Record<string, number>> = {
  floor_earth: 6,
  floor_bamboo_wood: 3,
  wall_poor: 4,
  roof_poor: 3,
  no_toilet: 5,
  shared_toilet: 2,
  unsafe_water: 3,
  no_electricity: 5,
  electricity_unmetered: 2,
  electricity_450w: 1,
  cooking_firewood: 4,
  crowded: 4,
  female_head: 3,
  head_low_education: 3,
  head_not_working: 3,
  head_informal_work: 2,
  elderly_70: 3,
  elderly_alone: 4,
  high_dependency: 3,
  disability: 3,
  chronic_illness: 3,
  no_motorcycle: 2,
  no_refrigerator: 2,
  no_gold: 1,
  no_livestock: 1,
  owns_car: -6,
  lost_livelihood: 4,
};
