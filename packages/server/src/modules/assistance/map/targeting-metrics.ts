// Exclusion and inclusion errors on the poverty map, from the targeting lists' counts (modules/assistance/
// targeting/counts.ts `targetingCountsByVillage`, read from the stored counts of migration 0031), wired in
// METRIC_CATALOGUE (metrics.ts). A village whose counts are not current says so (`current: false`): counted
// before the latest change, or not counted yet (then 0 of 0) while the background refresher catches up.
import type { Db } from '../../../db/database.ts';
import type { MapMetric, MapProgram, MetricCount, MetricFamily } from './metrics.ts';

/** One village's targeting counts for one program, as the targeting module counts them. */
export interface TargetingVillageCounts {
  eligible: number;
  enrolled: number;
  excluded: number;
  included: number;
  incomplete: number;
  households: number;
  /** False: counted before the latest change that concerns the village (absent: read live, current). */
  current?: boolean;
  /** When the counts were computed. */
  computedAt?: Date;
}

/** Per village of the area, keyed by village code (a Map) or as rows naming their village. */
export type TargetingCountsResult =
  ReadonlyMap<string, TargetingVillageCounts> | readonly (TargetingVillageCounts & { villageCode: string })[];

/** Null: the program has no such figures (no eligibility saved, or it targets groups). */
export type TargetingCountsByVillage = (
  db: Db,
  programId: string,
  areaCode: string,
) => Promise<TargetingCountsResult | null>;

function entries(result: TargetingCountsResult): [string, TargetingVillageCounts][] {
  return result instanceof Map
    ? [...(result as ReadonlyMap<string, TargetingVillageCounts>)]
    : (result as readonly (TargetingVillageCounts & { villageCode: string })[]).map((row) => [
        row.villageCode,
        row,
      ]);
}

export const exclusionMetricId = (programCode: string) => `exclusion:${programCode}`;
export const inclusionMetricId = (programCode: string) => `inclusion:${programCode}`;

/** The program's target unit in words: the targeting counts count units of it, not households. */
const UNITS: Record<string, { id: string; en: string }> = {
  household: { id: 'rumah tangga', en: 'households' },
  family: { id: 'keluarga', en: 'families' },
  resident: { id: 'orang', en: 'people' },
};
const unitsOf = (program: MapProgram) => UNITS[program.targetUnit] ?? UNITS.household!;

const exclusionMetric = (program: MapProgram): MapMetric => {
  const units = unitsOf(program);
  return {
    id: exclusionMetricId(program.code),
    family: 'exclusion',
    programCode: program.code,
    unit: 'per100',
    label: {
      id: `Salah eksklusi ${program.name} per 100 ${units.id} layak`,
      en: `${program.name} exclusion errors per 100 eligible ${units.en}`,
    },
    numerator: { id: `${units.id} layak tetapi tidak menerima`, en: `eligible ${units.en} not receiving` },
    denominator: { id: `${units.id} layak`, en: `eligible ${units.en}` },
  };
};

const inclusionMetric = (program: MapProgram): MapMetric => {
  const units = unitsOf(program);
  return {
    id: inclusionMetricId(program.code),
    family: 'inclusion',
    programCode: program.code,
    unit: 'per100',
    label: {
      id: `Salah inklusi ${program.name} per 100 ${units.id} penerima`,
      en: `${program.name} inclusion errors per 100 enrolled ${units.en}`,
    },
    numerator: { id: `${units.id} menerima tetapi tidak layak`, en: `enrolled ${units.en} not eligible` },
    denominator: { id: `${units.id} penerima`, en: `enrolled ${units.en}` },
  };
};

/**
 * The exclusion family (excluded per 100 eligible) and the inclusion family (included per 100 enrolled) over
 * the targeting counts. The counts are read once per program and shared by both families.
 */
export function targetingMetricFamilies(countsByVillage: TargetingCountsByVillage): MetricFamily[] {
  // Keyed by the request's context: both families of one request share one read per program.
  const cache = new WeakMap<object, Promise<Map<string, [string, TargetingVillageCounts][] | null>>>();
  const countsOf = (context: Parameters<MetricFamily['counts']>[0]) => {
    let result = cache.get(context);
    if (!result) {
      result = Promise.all(
        context.programs.map(async (p) => {
          const counts = await countsByVillage(context.db, p.id, context.area);
          return [p.code, counts === null ? null : entries(counts)] as const;
        }),
      ).then((pairs) => new Map(pairs));
      cache.set(context, result);
    }
    return result;
  };
  const family = (
    id: 'exclusion' | 'inclusion',
    metric: (program: MapProgram) => MapMetric,
    pick: (counts: TargetingVillageCounts) => [number, number],
  ): MetricFamily => ({
    id,
    metrics: (programs) => programs.map(metric),
    async counts(context) {
      const byProgram = await countsOf(context);
      return context.programs.flatMap((program) => {
        const kept = byProgram.get(program.code);
        const counted = new Map(kept ?? []);
        const metricId = metric(program).id;
        // A village of the area without counts yet is 0 of 0, not current (the refresher is counting it); a
        // program without such figures is 0 of 0 everywhere (no value), with nothing to wait for.
        const missing = [...context.households.keys()]
          .filter((village) => !counted.has(village))
          .map((villageCode): MetricCount => ({
            villageCode,
            metricId,
            numerator: 0,
            denominator: 0,
            ...(kept === null ? {} : { current: false, countedAt: null }),
          }));
        return [
          ...[...counted].map(([villageCode, counts]): MetricCount => {
            const [numerator, denominator] = pick(counts);
            return {
              villageCode,
              metricId,
              numerator,
              denominator,
              ...(counts.current === false ? { current: false, countedAt: counts.computedAt ?? null } : {}),
            };
          }),
          ...missing,
        ];
      });
    },
  });
  return [
    family('exclusion', exclusionMetric, (c) => [c.excluded, c.eligible]),
    family('inclusion', inclusionMetric, (c) => [c.included, c.enrolled]),
  ];
}
