// The poverty map's arithmetic: a village's rate for a metric (100 × numerator / denominator, none when there
// is nothing to share among), the map's values, how a rate reads, and the picker's groups. Pure.
import type { MapFigures, MapMetric, MapVillage } from '../../../api/assistanceMap.ts';
import type { Staleness } from '../FreshnessNote.tsx';

export type Language = 'id' | 'en';

export function rateOf(count: { numerator: number; denominator: number } | undefined): number | null {
  if (!count || count.denominator === 0) return null;
  return (100 * count.numerator) / count.denominator;
}

/** The metric's index in the figures (each village's `figures` is aligned with `metrics`). */
export const metricIndex = (figures: MapFigures, metricId: string) =>
  figures.metrics.findIndex((m) => m.id === metricId);

/** Every village's rate for the metric, for the choropleth. */
export function valuesOf(figures: MapFigures, metricId: string): Map<string, number | null> {
  const index = metricIndex(figures, metricId);
  return new Map(
    figures.villages.map((v): [string, number | null] => [
      v.code,
      index < 0 ? null : rateOf(v.figures[index]),
    ]),
  );
}

const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;

/**
 * "66,7 %" for a share, "25 per 100" for a rate per 100 households: one decimal, since neighbouring villages'
 * rates are often within a point of each other and the legend's class breaks must not read alike.
 */
export function formatRate(value: number, metric: Pick<MapMetric, 'unit'>, language: Language): string {
  const number = value.toLocaleString(LOCALES[language], { maximumFractionDigits: 1 });
  return metric.unit === 'percent' ? `${number} %` : `${number} per 100`;
}

/** A village's count for a metric in words: "2 dari 3 rumah tangga yang diperingkat". */
export function formatCount(village: MapVillage, figures: MapFigures, metric: MapMetric, language: Language) {
  const count = village.figures[metricIndex(figures, metric.id)];
  if (!count) return '';
  const n = (x: number) => x.toLocaleString(LOCALES[language]);
  return language === 'id'
    ? `${n(count.numerator)} dari ${n(count.denominator)} ${metric.denominator.id}`
    : `${n(count.numerator)} of ${n(count.denominator)} ${metric.denominator.en}`;
}

/** The picker's groups in the catalogue's order: welfare first, then each per-program family. */
export function metricGroups(metrics: readonly MapMetric[]): { family: string; metrics: MapMetric[] }[] {
  const groups: { family: string; metrics: MapMetric[] }[] = [];
  for (const metric of metrics) {
    const group = groups.find((g) => g.family === metric.family);
    if (group) group.metrics.push(metric);
    else groups.push({ family: metric.family, metrics: [metric] });
  }
  return groups;
}

/** The metric the map opens with: the share in desil 1–4 when offered. */
export const DEFAULT_METRIC = 'desil-1-4';

/**
 * Decile colours, ColorBrewer "RdYlBu" with 10 classes (Cynthia Brewer, Apache-2.0): desil 1 (the poorest)
 * dark red through yellow to dark blue for desil 10, readable with the common colour-vision deficiencies.
 */
export const DECILE_COLOURS = [
  '#a50026',
  '#d73027',
  '#f46d43',
  '#fdae61',
  '#fee090',
  '#e0f3f8',
  '#abd9e9',
  '#74add1',
  '#4575b4',
  '#313695',
] as const;
export const UNRANKED_COLOUR = '#8c8c8c';

export function decileColour(decile: number | null): string {
  return decile === null ? UNRANKED_COLOUR : (DECILE_COLOURS[decile - 1] ?? UNRANKED_COLOUR);
}

/** The MapLibre `circle-color` expression for points whose `decile` property is 1–10 or absent. */
export function decileColourExpression(): unknown {
  return [
    'match',
    ['coalesce', ['get', 'decile'], 0],
    ...DECILE_COLOURS.flatMap((colour, i) => [i + 1, colour]),
    UNRANKED_COLOUR,
  ];
}

type Count = MapVillage['figures'][number];

/**
 * Figures counted before a change (or not yet) among the map's: for one metric, or all of them. `pending`
 * counts the villages concerned; `countedAt` is the oldest count shown (null when none was counted yet).
 */
export function stalenessOf(figures: MapFigures, metricId?: string): Staleness {
  const index = metricId === undefined ? -1 : metricIndex(figures, metricId);
  let pending = 0;
  let countedAt: string | null = null;
  for (const village of figures.villages) {
    const stale = (index < 0 ? village.figures : [village.figures[index]]).filter(
      (f): f is Count => f?.current === false,
    );
    if (stale.length === 0) continue;
    pending += 1;
    for (const f of stale)
      if (f.countedAt && (countedAt === null || f.countedAt < countedAt)) countedAt = f.countedAt;
  }
  return { pending, countedAt };
}

/** Whether the map's answer has figures the server is still recounting (the page asks again until not). */
export const isCatchingUp = (figures: MapFigures) => stalenessOf(figures).pending > 0;
