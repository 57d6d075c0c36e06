// The resident list's search and filters live in the URL, so a reload, the back button or a shared link
// shows the same list. These functions translate between the URL, the form and the API query.
import { RESIDENT_STATUSES } from '../../../api/populationTypes.ts';
import type { ResidentSort, ResidentStatus } from '../../../api/populationTypes.ts';
import {
  areaFromSearch,
  countChanged,
  digitsParam,
  offsetParam,
  oneOf,
  searchParam,
  setAreaParams,
  setPagingParams,
  writeFilters,
} from '../../../ui/listUrl.ts';
import type { AreaFilters, PagedFilters } from '../../../ui/listUrl.ts';

export interface ResidentFilters extends PagedFilters, AreaFilters {
  status: ResidentStatus | 'all';
  sex: '' | '1' | '2';
  ageMin: string;
  ageMax: string;
  flagged: boolean;
  sort: ResidentSort;
}

export const DEFAULT_FILTERS: ResidentFilters = {
  q: '',
  status: 'present',
  sex: '',
  ageMin: '',
  ageMax: '',
  dusun: '',
  rw: '',
  rt: '',
  flagged: false,
  sort: 'name',
  offset: 0,
};

const SORTS: readonly ResidentSort[] = ['name', 'birth_date', '-birth_date', 'relevance'];

export function filtersFromSearch(params: URLSearchParams): ResidentFilters {
  return {
    q: searchParam(params),
    status: oneOf(params.get('status'), [...RESIDENT_STATUSES, 'all'] as const, 'present'),
    sex: oneOf(params.get('sex'), ['1', '2'] as const, '' as '1'),
    ageMin: digitsParam(params.get('ageMin'), 3),
    ageMax: digitsParam(params.get('ageMax'), 3),
    ...areaFromSearch(params),
    flagged: params.get('flagged') === 'true',
    sort: oneOf(params.get('sort'), SORTS, 'name'),
    offset: offsetParam(params.get('offset')),
  };
}

/** Only values that differ from the defaults go into the URL; other parameters (region) are kept. */
export function filtersToSearch(filters: ResidentFilters, current: URLSearchParams): URLSearchParams {
  return writeFilters(filters, DEFAULT_FILTERS, current);
}

/** The query for GET /api/population/residents; `paging: false` for exports (all rows). */
export function apiQuery(filters: ResidentFilters, region: string, paging = true): URLSearchParams {
  const params = new URLSearchParams({ region, status: filters.status });
  const q = filters.q.trim();
  if (q.length >= 2) params.set('q', q);
  if (filters.sex) params.set('sex', filters.sex);
  if (filters.ageMin) params.set('ageMin', filters.ageMin);
  if (filters.ageMax) params.set('ageMax', filters.ageMax);
  setAreaParams(params, filters);
  if (filters.flagged) params.set('flagged', 'true');
  if (filters.sort !== 'name') params.set('sort', filters.sort);
  if (paging) setPagingParams(params, filters.offset);
  return params;
}

/** The query for the export: every filter of the list, and always every matching row. */
export function exportQuery(filters: ResidentFilters, region: string): URLSearchParams {
  const params = apiQuery(filters, region, false);
  // Every filter of the list narrows the file too (age, "needs verification" included); only the order is
  // the export's own (village, family card, relationship).
  params.delete('sort');
  // "Dibatalkan" (voided) records are not exported; "all" exports every other status.
  if (filters.status === 'voided') params.set('status', 'all');
  return params;
}

/** The one list view the export does not reproduce: voided records are never exported. */
export function filtersIgnoredByExport(filters: ResidentFilters): boolean {
  return filters.status === 'voided';
}

/** How many filters (not the search text) narrow the list: shown on the phone's "Filter" button. */
export function activeFilterCount(filters: ResidentFilters): number {
  const keys = ['status', 'sex', 'ageMin', 'ageMax', 'dusun', 'rw', 'rt', 'flagged'] as const;
  return countChanged(filters, DEFAULT_FILTERS, keys);
}

/** A 16-digit search is an exact NIK lookup on the server; anything else searches names. */
export function isNikSearch(q: string): boolean {
  return /^\d{16}$/.test(q.trim());
}
