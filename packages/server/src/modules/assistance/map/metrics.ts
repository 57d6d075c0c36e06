// The poverty map's metric catalogue: every figure the map can colour villages by, as families of metrics that
// each read their counts in one statement. A metric is a rate, 100 × numerator / denominator, so a village is
// never darker merely for being large; the web app and the XLSX compute it from the counts returned.
// Adding a family is one more line in METRIC_CATALOGUE (targeting-metrics.ts: the exclusion and inclusion
// errors from the stored targeting counts).
import type { Db } from '../../../db/database.ts';
import { recipientCounts, welfareCounts } from './figures-queries.ts';
import { TARGET_DECILE_MAX } from './figures-queries.ts';
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
  /** False: a stored figure counted before the latest change (targeting-metrics.ts); absent: current. */
  current?: boolean;
}

export interface FamilyContext {
  db: Db;
  area: string;
  programs: readonly MapProgram[];
  /** The ranking run that gives the current deciles; null before any run finished. */
  runId: string | null;
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
  async counts({ db, area, runId, households }) {
    const rows = await welfareCounts(db, area, runId);
    return rows.flatMap((row) => {
      const total = households.get(row.village_code) ?? 0;
      return [
        {
          villageCode: row.village_code,
          metricId: 'desil-1-4',
          numerator: row.target_deciles,
          denominator: row.ranked,
        },
        {
          villageCode: row.village_code,
          metricId: 'incomplete',
          numerator: Math.max(0, total - row.complete),
          denominator: total,
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
  async counts({ db, area, programs, households }) {
    const rows = await recipientCounts(
      db,
      area,
      programs.map((p) => p.id),
    );
    const reached = new Map(rows.map((r) => [`${r.village_code}|${r.program_id}`, r.households]));
    return [...households].flatMap(([villageCode, total]) =>
      programs.map((program) => ({
        villageCode,
        metricId: recipientsMetricId(program.code),
        numerator: reached.get(`${villageCode}|${program.id}`) ?? 0,
        denominator: total,
      })),
    );
  },
};

/** The targeting counts of a program per village; a program without eligibility has none (no figure). */
const targetingCounts: TargetingCountsByVillage = async (db, programId, area) =>
  (await targetingCountsByVillage(db, programId, area)) ?? new Map();

/** Every family the map offers, in the picker's order. */
export const METRIC_CATALOGUE: readonly MetricFamily[] = [
  welfareFamily,
  recipientsFamily,
  ...targetingMetricFamilies(targetingCounts),
];
