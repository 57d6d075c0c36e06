// How many people each village gets and how it is laid out (dusun, RW, RT), plus the ethnic mix of each
// district. Sizes vary like real villages (log-normal, kelurahan larger, larger villages somewhat more
// populous) and add up to about 1.7 million for the regency, as Banyuwangi has.
import type { Ethnicity } from './names.ts';
import { Rng, weightedTable, type Weighted, type WeightedTable } from './prng.ts';
import type { VillageShape } from '../../geo/village-shapes.ts';

export const REGENCY_RESIDENTS = 1_700_000;
/** Sarongan, the village of the fresh-install demo: fixed so `npm start` stays a few seconds on PGlite. */
export const DEMO_VILLAGE = { code: '35.10.01.2001', residents: 4_200 };
/**
 * The default demo (`npm start`, scale "demo"): every village, so every district and regency view has data,
 * but small enough to load in seconds on PGlite. Sarongan keeps its full demo size and contents; the others
 * shrink in proportion to their planned size, to about this many residents in all.
 */
export const DEMO_SCALE_RESIDENTS = 40_000;
/** A shrunken village still has a few households in more than one RT. */
const DEMO_SCALE_MIN_RESIDENTS = 40;

/** Each village's size at the demo scale, from the full plans (Sarongan unchanged). */
export function demoScaleSizes(plans: VillagePlan[]): Map<string, number> {
  const others = plans.filter((p) => p.code !== DEMO_VILLAGE.code);
  const planned = others.reduce((sum, p) => sum + p.targetResidents, 0);
  const factor = (DEMO_SCALE_RESIDENTS - DEMO_VILLAGE.residents) / planned;
  return new Map(
    others.map((p) => [p.code, Math.max(DEMO_SCALE_MIN_RESIDENTS, Math.round(p.targetResidents * factor))]),
  );
}

/** Residents per household in Banyuwangi's registry: 1.7 M people in about 480,000 households. */
const RESIDENTS_PER_HOUSEHOLD = 3.55;

export interface VillageInfo {
  code: string;
  name: string;
  kind: 'desa' | 'kelurahan';
  districtCode: string;
  districtName: string;
}

export interface RtSlot {
  dusun: string;
  rw: string;
  rt: string;
  /** Index of the dusun in plan.dusunNames, for clustering houses around the dusun centre. */
  dusunIndex: number;
}

export interface VillagePlan extends VillageInfo {
  shape: VillageShape;
  targetResidents: number;
  expectedHouseholds: number;
  dusunNames: string[];
  rtSlots: RtSlot[];
  ethnicity: WeightedTable<Ethnicity>;
  coastal: boolean;
}

/** Common hamlet names of the area; the main hamlet is usually "Krajan". */
const DUSUN_POOL = [
  ...'Sumberrejo Sidorejo Sukorejo Karangrejo Tegalrejo Wonorejo Rejosari Sumbersari Sidomulyo'.split(' '),
  ...'Karanganyar Kedungrejo Purworejo Gumuk Jatirejo Sumberagung Pancer Kebonrejo Sukomulyo'.split(' '),
  ...'Ringinsari Tanjungrejo Sumberwaru Kalibendo Lugjag Kampunganyar Cemoro Sukosari Tembokrejo'.split(' '),
  'Kampung Baru',
  'Krajan Timur',
  'Krajan Barat',
];

type Mix = Weighted<Ethnicity>;
const mix = (jawa: number, osing: number, madura: number, bali: number): Mix => [
  ['Jawa', jawa],
  ['Osing', osing],
  ['Madura', madura],
  ['Bali', bali],
];
const SOUTH = mix(91, 3, 4.5, 1.5);
const BALI_SOUTH = mix(88, 3, 4, 5);
const OSING = mix(15, 80.5, 4, 0.5);
const PLANTATION = mix(70, 2, 27.5, 0.5);
/** Ethnic mix by district number (Osing heartland around the town, Madurese in the north and in Muncar). */
const DISTRICT_MIX: Record<string, Mix> = {
  '01': SOUTH, '02': BALI_SOUTH, '03': BALI_SOUTH, '04': BALI_SOUTH, '05': mix(45, 10, 43, 2),
  '06': mix(65, 30, 4, 1), '07': SOUTH, '08': mix(65, 30, 4, 1), '09': SOUTH, '10': PLANTATION,
  '11': PLANTATION, '12': OSING, '13': OSING, '14': OSING, '15': OSING, '16': mix(36, 40, 21, 3),
  '17': OSING, '18': mix(15, 5, 79, 1), '19': OSING, '20': SOUTH, '21': mix(30, 25, 44, 1),
  '22': SOUTH, '23': SOUTH, '24': OSING, '25': mix(25, 60, 5, 10),
}; // prettier-ignore
/** Districts on the coast, where fishing is a common occupation. */
const COASTAL = new Set(['01', '04', '05', '14', '16', '18', '21']);

function layout(rng: Rng, kind: VillageInfo['kind'], households: number) {
  const dusunCount = Math.min(6, Math.max(2, Math.round(households / 650) + rng.int(-1, 1)));
  const pool = [...DUSUN_POOL];
  const dusunNames: string[] = [];
  if (rng.chance(0.7)) dusunNames.push('Krajan');
  while (dusunNames.length < dusunCount) dusunNames.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  const prefix = kind === 'kelurahan' ? 'Lingkungan ' : '';
  const rtCount = Math.max(dusunCount, Math.ceil(households / rng.int(35, 55)));
  const rwCount = Math.max(dusunCount, Math.ceil(rtCount / rng.int(3, 6)));
  const pad = (n: number) => String(n).padStart(3, '0');
  const rtSlots: RtSlot[] = [];
  for (let rw = 0; rw < rwCount; rw++) {
    // RW numbers run through the village; each dusun gets a contiguous block of RWs.
    const dusunIndex = Math.min(dusunCount - 1, Math.floor((rw * dusunCount) / rwCount));
    const rtsHere = Math.floor(((rw + 1) * rtCount) / rwCount) - Math.floor((rw * rtCount) / rwCount);
    for (let rt = 1; rt <= Math.max(1, rtsHere); rt++) {
      rtSlots.push({
        dusun: `${prefix}${dusunNames[dusunIndex]!}`,
        rw: pad(rw + 1),
        rt: pad(rt),
        dusunIndex,
      });
    }
  }
  return { dusunNames, rtSlots };
}

/**
 * Plans for every village with a polygon, in code order. Sizes are drawn for all villages (so one village's
 * plan does not depend on which others are generated) and scaled to REGENCY_RESIDENTS in total.
 */
export function planVillages(seed: string, villages: VillageInfo[], shapes: Map<string, VillageShape>) {
  const withShape = villages
    .filter((v) => shapes.has(v.code))
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((v) => ({ info: v, shape: shapes.get(v.code)!, rng: new Rng(`${seed}:plan:${v.code}`) }));
  const weights = withShape.map(({ info, shape, rng }) => {
    const logNormal = Math.exp(0.4 * rng.normal());
    return logNormal * (info.kind === 'kelurahan' ? 1.5 : 1) * Math.pow(Math.max(shape.areaKm2, 0.5), 0.15);
  });
  const demo = withShape.findIndex((v) => v.info.code === DEMO_VILLAGE.code);
  const otherWeight = weights.reduce((sum, w, i) => (i === demo ? sum : sum + w), 0);
  const otherResidents = REGENCY_RESIDENTS - (demo >= 0 ? DEMO_VILLAGE.residents : 0);
  return withShape.map(({ info, shape, rng }, i): VillagePlan => {
    const targetResidents =
      i === demo ? DEMO_VILLAGE.residents : Math.round((weights[i]! / otherWeight) * otherResidents);
    const expectedHouseholds = Math.max(1, Math.round(targetResidents / RESIDENTS_PER_HOUSEHOLD));
    const districtNo = info.districtCode.slice(-2);
    return {
      ...info,
      shape,
      targetResidents,
      expectedHouseholds,
      ...layout(rng, info.kind, expectedHouseholds),
      ethnicity: weightedTable(DISTRICT_MIX[districtNo] ?? SOUTH),
      coastal: COASTAL.has(districtNo),
    };
  });
}

/** The same plan with another size (tests generate a small village). */
export function resizePlan(plan: VillagePlan, targetResidents: number, seed: string): VillagePlan {
  const expectedHouseholds = Math.max(1, Math.round(targetResidents / RESIDENTS_PER_HOUSEHOLD));
  const rng = new Rng(`${seed}:plan:${plan.code}:${targetResidents}`);
  return { ...plan, targetResidents, expectedHouseholds, ...layout(rng, plan.kind, expectedHouseholds) };
}

/** The villages of the boundary file, with kind from the code (1xxx kelurahan, 2xxx desa) and district names. */
export function villagesOfShapes(
  shapes: Map<string, VillageShape>,
  districtNames: Map<string, string>,
): VillageInfo[] {
  return [...shapes.values()].map((shape) => ({
    code: shape.code,
    name: shape.name,
    kind: shape.code.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa',
    districtCode: shape.districtCode,
    districtName: districtNames.get(shape.districtCode) ?? shape.districtCode,
  }));
}
