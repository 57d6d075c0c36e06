// What the regency at a glance can colour the map by and sort the table by. Counts are coloured as they
// are; what is still to fill in is coloured as a share (of residents or households), so a large village is
// not darker merely for being large.
import type { VillageFigures } from '../../../../api/populationTypes.ts';

export const MAP_METRICS = [
  'residents',
  'families',
  'households',
  'flagged',
  'householdsUnpinned',
  'householdsHousingIncomplete',
] as const;
export type MapMetric = (typeof MAP_METRICS)[number];

export const SORT_COLUMNS = ['name', 'district', ...MAP_METRICS, 'changedAt'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

/** The share metrics and what they are a share of. */
const SHARE_OF: Partial<Record<MapMetric, 'residents' | 'households'>> = {
  flagged: 'residents',
  householdsUnpinned: 'households',
  householdsHousingIncomplete: 'households',
};

export const isShare = (metric: MapMetric) => SHARE_OF[metric] !== undefined;

/** A village has data once anyone is registered there. */
export const hasData = (v: VillageFigures) => v.residents > 0 || v.families > 0 || v.households > 0;

/** The map's value of a village: null when there is nothing to show (no data, or no one to share among). */
export function mapValue(v: VillageFigures, metric: MapMetric): number | null {
  if (!hasData(v)) return null;
  const base = SHARE_OF[metric];
  if (!base) return v[metric];
  return v[base] === 0 ? null : (100 * v[metric]) / v[base];
}

const byText = (a: string, b: string) => a.localeCompare(b, 'id', { sensitivity: 'base' });

/**
 * The villages in the table's order. Ties (and villages never changed, which sort as the oldest) fall back
 * to the name, so the order is the same on every load.
 */
export function sortVillages(
  villages: readonly VillageFigures[],
  column: SortColumn,
  direction: SortDirection,
): VillageFigures[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: VillageFigures, b: VillageFigures): number => {
    switch (column) {
      case 'name':
        return byText(a.name, b.name);
      case 'district':
        return byText(a.districtName, b.districtName);
      case 'changedAt':
        return (a.changedAt ?? '').localeCompare(b.changedAt ?? '');
      case 'residents':
      case 'families':
      case 'households':
      case 'flagged':
      case 'householdsUnpinned':
      case 'householdsHousingIncomplete':
        return a[column] - b[column];
    }
  };
  return [...villages].sort((a, b) => sign * compare(a, b) || byText(a.name, b.name));
}

/** The sums over the villages shown, for the table's last row. */
export function totalsOf(villages: readonly VillageFigures[]) {
  const sum = (metric: MapMetric) => villages.reduce((n, v) => n + v[metric], 0);
  return Object.fromEntries(MAP_METRICS.map((m) => [m, sum(m)])) as Record<MapMetric, number>;
}
