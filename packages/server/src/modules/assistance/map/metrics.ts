// The poverty map's metric catalogue: every figure the map can colour villages by, as families of metrics. A
// metric is a rate, 100 × numerator / denominator, so a village is never darker merely for being large; the web
// app and the XLSX compute it from the counts returned. The welfare and recipients families read the stored map
// figures (stored/, migration 0032), the exclusion and inclusion families the stored targeting counts
// (targeting-metrics.ts, migration 0031); a figure counted before the latest change is flagged `current: false`.
// Adding a family is one more line in METRIC_CATALOGUE.
import type { Db } from '../../../db/database.ts';
import { TARGET_DECILE_MAX } from './figures-queries.ts';
import { keptMapFigures, type KeptFigures, type KeptVillageFigures } from './stored/kept-figures.ts';
import { targetingCountsByVillage } from '../targeting/counts.ts';
import { targetingMetricFamilies, type TargetingCountsByVillage } from './targeting-metrics.ts';

export interface Bilingual {
  id: string;
  en: string;
}

export interface MapProgram {
  id: string;
  code: string;
  name: string;
  targetUnit: string;
}

export interface MapMetric {
  /** Stable key: 'desil-1-4', 'incomplete', 'recipients:PKH' … */
  id: string;
  family: string;
  /** The program a per-program metric is about. */
  programCode: string | null;
  /** percent: a share of the denominator's units; per100: units counted per 100 of the denominator's. */
  unit: 'percent' | 'per100';
  label: Bilingual;
  numerator: Bilingual;
  denominator: Bilingual;
}

/** One village's counts for one metric. */
export interface MetricCount {
  villageCode: string;
  metricId: string;
  numerator: number;
  denominator: number;
  /** False: a stored figure counted before the latest change, or not counted yet; absent: current. */
  current?: boolean;
  /** When a figure that is not current was counted (null or absent: never). */
  countedAt?: Date | null;
}

export interface FamilyContext {
  db: Db;
  area: string;
  programs: readonly MapProgram[];
  /** The households of each village of the area (population_stat): the denominator of per-household rates. */
  households: ReadonlyMap<string, number>;
}

export interface MetricFamily {
  id: string;
  metrics(programs: readonly MapProgram[]): MapMetric[];
  /** Every village's counts of this family's metrics (villages without rows count as zero). */
  counts(context: FamilyContext): Promise<MetricCount[]>;
}

const HOUSEHOLDS: Bilingual = { id: 'rumah tangga', en: 'households' };

// Keyed by the request's context: the welfare and recipients families of one request share one read.
const keptReads = new WeakMap<FamilyContext, Promise<KeptFigures>>();
function keptOf(context: FamilyContext): Promise<KeptFigures> {
  let read = keptReads.get(context);
  if (!read) {
    read = keptMapFigures(
      context.db,
      context.area,
      context.programs.map((p) => p.id),
    );
    keptReads.set(context, read);
  }
  return read;
}

/** A figure's freshness as the answer carries it: nothing when current. */
const freshness = (figures: KeptVillageFigures | undefined) =>
  figures?.current ? {} : { current: false, countedAt: figures?.computedAt ?? null };

export const welfareFamily: MetricFamily = {
  id: 'welfare',
  metrics: () => [
    {
      id: 'desil-1-4',
      family: 'welfare',
      programCode: null,
      unit: 'percent',
      label: {
        id: `Rumah tangga di desil 1–${TARGET_DECILE_MAX}`,
        en: `Households in deciles 1–${TARGET_DECILE_MAX}`,
      },
      numerator: {
        id: `rumah tangga desil 1–${TARGET_DECILE_MAX}`,
        en: `households in deciles 1–${TARGET_DECILE_MAX}`,
      },
      denominator: { id: 'rumah tangga yang diperingkat', en: 'households ranked' },
    },
    {
      id: 'incomplete',
      family: 'welfare',
      programCode: null,
      unit: 'percent',
      label: { id: 'Rumah tangga dengan data belum lengkap', en: 'Households with incomplete data' },
      numerator: { id: 'rumah tangga tanpa skor lengkap', en: 'households without a complete score' },
      denominator: HOUSEHOLDS,
    },
  ],
  async counts(context) {
    const kept = await keptOf(context);
    return [...context.households].flatMap(([villageCode, total]): MetricCount[] => {
      const figures = kept.villages.get(villageCode);
      const flag = freshness(figures);
      return [
        {
          villageCode,
          metricId: 'desil-1-4',
          numerator: figures?.targetDeciles ?? 0,
          denominator: figures?.ranked ?? 0,
          ...flag,
        },
        {
          villageCode,
          metricId: 'incomplete',
          numerator: Math.max(0, total - (figures?.completeScores ?? 0)),
          denominator: total,
          ...flag,
        },
      ];
    });
  },
};

export const recipientsMetricId = (programCode: string) => `recipients:${programCode}`;

/**
 * Recipients of each program per 100 households: households an open enrolment reaches (directly, through one
 * of its families, or through a member), so family and resident programs are counted in the same unit.
 */
export const recipientsFamily: MetricFamily = {
  id: 'recipients',
  metrics: (programs) =>
    programs.map((program) => ({
      id: recipientsMetricId(program.code),
      family: 'recipients',
      programCode: program.code,
      unit: 'per100',
      label: {
        id: `Penerima ${program.name} per 100 rumah tangga`,
        en: `${program.name} recipients per 100 households`,
      },
      numerator: { id: `rumah tangga penerima ${program.code}`, en: `households receiving ${program.code}` },
      denominator: HOUSEHOLDS,
    })),
  async counts(context) {
    const kept = await keptOf(context);
    return [...context.households].flatMap(([villageCode, total]) => {
      const figures = kept.villages.get(villageCode);
      const flag = freshness(figures);
      return context.programs.map((program): MetricCount => ({
        villageCode,
        metricId: recipientsMetricId(program.code),
        numerator: figures?.recipients.get(program.id) ?? 0,
        denominator: total,
        ...flag,
      }));
    });
  },
};

/** The targeting counts of a program per village; a program without eligibility has none (null: no figure). */
const targetingCounts: TargetingCountsByVillage = (db, programId, area) =>
  targetingCountsByVillage(db, programId, area);

/** Every family the map offers, in the picker's order. */
export const METRIC_CATALOGUE: readonly MetricFamily[] = [
  welfareFamily,
  recipientsFamily,
  ...targetingMetricFamilies(targetingCounts),
];
