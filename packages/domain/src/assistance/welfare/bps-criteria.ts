// BPS's 14 criteria of a poor household ("14 kriteria rumah tangga miskin"), as a second model to compare
// with the regency's score. The wording is the widely copied list (docs/rules/WELFARE.md quotes it); each
// criterion is decided from the registry where it can be, and four (meat or milk once a week, one set of new
// clothes a year, meals a day, paying the puskesmas) are never recorded by the registry: they are always
// missing, so a household's verdict counts the criteria met out of those known.
import type { UnitFacts } from './facts.ts';
import { codeIn, floorAreaPerPersonBelow, housingCodeIn, ofHead, type WelfareVariable } from './variable.ts';

/** 9 or more criteria met: poor. */
export const BPS_POOR_THRESHOLD = 9;

/** Occupations of criterion 12: farm and plantation labourers, fishers and fishing labourers, livestock
 * labourers, day labourers (building work). A farmer (9) depends on land under 500 m², which the registry
 * does not hold: unknown. */
const LOW_INCOME_OCCUPATIONS = [11, 19, 20, 21, 22] as const;
const FARMER = 9;

const unrecorded = (id: string, label: WelfareVariable['label']): WelfareVariable => ({
  id,
  group: 'consumption',
  label,
  reads: { id: 'Tidak dicatat di registri', en: 'Not recorded in the registry' },
  unrecorded: true,
  evaluate: () => null,
});

function noSavings(facts: UnitFacts): boolean | null {
  const { motorcycle, gold, motorBoat, car, livestock } = facts.assets;
  if ([motorcycle, gold, motorBoat, car].some((owned) => owned === true) || (livestock ?? 0) > 0)
    return false;
  if ([motorcycle, gold, motorBoat, car, livestock].some((fact) => fact === null)) return null;
  return true;
}

export const BPS_CRITERIA: readonly WelfareVariable[] = [
  {
    id: 'bps_floor_area',
    group: 'housing',
    label: { id: 'Luas lantai kurang dari 8 m² per orang', en: 'Floor area under 8 m² per person' },
    reads: { id: 'Luas lantai (302) dan jumlah anggota', en: 'Floor area (302) and members' },
    evaluate: (facts) => floorAreaPerPersonBelow(facts, 8),
  },
  {
    id: 'bps_floor',
    group: 'housing',
    label: { id: 'Lantai tanah, bambu atau kayu murahan', en: 'Earth, bamboo or cheap wood floor' },
    reads: { id: 'Jenis lantai (303)', en: 'Floor material (303)' },
    evaluate: housingCodeIn('floorMaterial', [5, 7, 8]),
  },
  {
    id: 'bps_wall',
    group: 'housing',
    label: {
      id: 'Dinding bambu, rumbia atau kayu berkualitas rendah',
      en: 'Bamboo, thatch or low-grade wood walls',
    },
    reads: { id: 'Jenis dinding (304)', en: 'Wall material (304)' },
    evaluate: housingCodeIn('wallMaterial', [4, 5, 6]),
  },
  {
    id: 'bps_toilet',
    group: 'housing',
    label: {
      id: 'Tidak punya jamban atau bersama rumah tangga lain',
      en: 'No toilet, or shared with other households',
    },
    reads: { id: 'Fasilitas buang air besar (309a)', en: 'Toilet facility (309a)' },
    evaluate: housingCodeIn('toiletFacility', [2, 3, 4, 5, 6]),
  },
  {
    id: 'bps_lighting',
    group: 'housing',
    label: { id: 'Penerangan bukan listrik', en: 'Lighting not electric' },
    reads: { id: 'Sumber penerangan (307a)', en: 'Lighting source (307a)' },
    evaluate: housingCodeIn('lightingSource', [4]),
  },
  {
    id: 'bps_water',
    group: 'housing',
    label: {
      id: 'Air minum dari sumur atau mata air tidak terlindung, sungai, air hujan',
      en: 'Water from an unprotected well or spring, a river, rain',
    },
    reads: { id: 'Sumber air minum (306a)', en: 'Drinking-water source (306a)' },
    evaluate: housingCodeIn('drinkingWaterSource', [6, 8, 9, 10]),
  },
  {
    id: 'bps_cooking_fuel',
    group: 'housing',
    label: {
      id: 'Memasak dengan kayu bakar, arang atau minyak tanah',
      en: 'Cooking with firewood, charcoal or kerosene',
    },
    reads: { id: 'Bahan bakar memasak (308)', en: 'Cooking fuel (308)' },
    evaluate: housingCodeIn('cookingFuel', [7, 9, 10]),
  },
  unrecorded('bps_meat_milk', {
    id: 'Makan daging, susu atau ayam hanya sekali seminggu',
    en: 'Meat, milk or chicken only once a week',
  }),
  unrecorded('bps_clothes', {
    id: 'Hanya membeli satu stel pakaian baru setahun',
    en: 'Only one set of new clothes a year',
  }),
  unrecorded('bps_meals', { id: 'Hanya makan satu atau dua kali sehari', en: 'Only one or two meals a day' }),
  unrecorded('bps_clinic_costs', {
    id: 'Tidak sanggup membayar berobat ke puskesmas',
    en: 'Cannot pay for treatment at the puskesmas',
  }),
  {
    id: 'bps_head_income',
    group: 'members',
    label: {
      id: 'Kepala buruh tani, nelayan, buruh bangunan atau berpenghasilan rendah',
      en: 'Head a farm labourer, fisher, building labourer or on a low income',
    },
    reads: { id: 'Pekerjaan kepala', en: "Head's occupation" },
    evaluate: ofHead((head) => {
      if (head.occupation === null || head.occupation === FARMER) return null;
      return codeIn(head.occupation, LOW_INCOME_OCCUPATIONS);
    }),
  },
  {
    id: 'bps_head_education',
    group: 'members',
    label: {
      id: 'Pendidikan kepala tidak sekolah, tidak tamat SD atau SD',
      en: "Head's schooling primary at most",
    },
    reads: { id: 'Pendidikan kepala (KK)', en: "Head's education (family card)" },
    evaluate: ofHead((head) => codeIn(head.education, [1, 2, 3])),
  },
  {
    id: 'bps_no_savings',
    group: 'assets',
    label: {
      id: 'Tidak punya tabungan atau barang mudah dijual (motor, emas, ternak, kapal motor)',
      en: 'No savings or saleable goods (motorbike, gold, livestock, motor boat)',
    },
    reads: { id: 'Aset 502g, i, k, m; ternak 504', en: 'Assets 502g, i, k, m; livestock 504' },
    evaluate: noSavings,
  },
];
