// The household list's search and filters, kept in the URL like the resident list's (see shared/listUrl.ts).
import { HOUSEHOLD_GAPS } from '../../../api/populationTypes.ts';
import type { HouseholdGap } from '../../../api/populationTypes.ts';
import {
  areaFromSearch,
  countChanged,
  offsetParam,
  oneOf,
  searchParam,
  setAreaParams,
  setPagingParams,
  writeFilters,
} from '../../../ui/listUrl.ts';
import type { AreaFilters, PagedFilters } from '../../../ui/listUrl.ts';

export interface HouseholdFilters extends PagedFilters, AreaFilters {
  /** Only households that lack this ('' = all households). */
  incomplete: HouseholdGap | '';
}

export const DEFAULT_HOUSEHOLD_FILTERS: HouseholdFilters = {
  q: '',
  dusun: '',
  rw: '',
  rt: '',
  incomplete: '',
  offset: 0,
};

export function householdFiltersFromSearch(params: URLSearchParams): HouseholdFilters {
  return {
    q: searchParam(params),
    ...areaFromSearch(params),
    incomplete: oneOf(params.get('incomplete'), HOUSEHOLD_GAPS, '' as HouseholdGap),
    offset: offsetParam(params.get('offset')),
  };
}

export function householdFiltersToSearch(filters: HouseholdFilters, current: URLSearchParams) {
  return writeFilters(filters, DEFAULT_HOUSEHOLD_FILTERS, current);
}

/** The query for GET /api/population/households. */
export function householdApiQuery(filters: HouseholdFilters, region: string): URLSearchParams {
  const params = new URLSearchParams({ region });
  const q = filters.q.trim();
  if (q) params.set('q', q);
  setAreaParams(params, filters);
  if (filters.incomplete) params.set('incomplete', filters.incomplete);
  setPagingParams(params, filters.offset);
  return params;
}

/** The query for GET /api/population/households/export: the list's filters over every page, as `format`. */
export function householdExportQuery(
  filters: HouseholdFilters,
  region: string,
  format: 'xlsx' | 'csv',
): URLSearchParams {
  const params = householdApiQuery(filters, region);
  params.delete('limit');
  params.delete('offset');
  params.set('format', format);
  return params;
}

/** Filters (not the search text) that narrow the list, for the phone's "Filter" button. */
export function householdFilterCount(filters: HouseholdFilters): number {
  return countChanged(filters, DEFAULT_HOUSEHOLD_FILTERS, ['dusun', 'rw', 'rt', 'incomplete'] as const);
}

/**
 * Why a page is empty, so the list says what to do: nothing registered yet (import or create), nothing
 * missing of the kind asked for, or nothing matching the search or the area typed.
 */
export type EmptyReason = 'none' | 'noMatch' | HouseholdGap;

export function emptyReason(filters: HouseholdFilters): EmptyReason {
  const narrowed =
    filters.q.trim() !== '' || countChanged(filters, DEFAULT_HOUSEHOLD_FILTERS, ['dusun', 'rw', 'rt']) > 0;
  if (narrowed) return 'noMatch';
  return filters.incomplete === '' ? 'none' : filters.incomplete;
}
