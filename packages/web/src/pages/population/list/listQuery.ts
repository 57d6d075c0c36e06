// The resident list's search and filters live in the URL, so a reload, the back button or a shared link
// shows the same list. These functions translate between the URL, the form and the API query.
import { RESIDENT_STATUSES } from '../../../api/populationTypes.ts';
import type { ResidentSort, ResidentStatus } from '../../../api/populationTypes.ts';

export const PAGE_SIZE = 25;

export interface ResidentFilters {
  q: string;
  status: ResidentStatus | 'all';
  sex: '' | '1' | '2';
  ageMin: string;
  ageMax: string;
  dusun: string;
  rw: string;
  rt: string;
  flagged: boolean;
  sort: ResidentSort;
  offset: number;
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

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

const digits = (value: string | null, max: number) =>
  value && /^\d+$/.test(value) ? value.slice(0, max) : '';

export function filtersFromSearch(params: URLSearchParams): ResidentFilters {
  const offset = Number(params.get('offset') ?? 0);
  return {
    q: (params.get('q') ?? '').slice(0, 100),
    status: oneOf(params.get('status'), [...RESIDENT_STATUSES, 'all'] as const, 'present'),
    sex: oneOf(params.get('sex'), ['1', '2'] as const, '' as '1'),
    ageMin: digits(params.get('ageMin'), 3),
    ageMax: digits(params.get('ageMax'), 3),
    dusun: (params.get('dusun') ?? '').slice(0, 60),
    rw: digits(params.get('rw'), 3),
    rt: digits(params.get('rt'), 3),
    flagged: params.get('flagged') === 'true',
    sort: oneOf(params.get('sort'), SORTS, 'name'),
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** Only values that differ from the defaults go into the URL; other parameters (region) are kept. */
export function filtersToSearch(filters: ResidentFilters, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of Object.keys(DEFAULT_FILTERS) as (keyof ResidentFilters)[]) {
    const value = filters[key];
    if (value === DEFAULT_FILTERS[key]) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** The query for GET /api/population/residents; `paging: false` for exports (all rows). */
export function apiQuery(filters: ResidentFilters, region: string, paging = true): URLSearchParams {
  const params = new URLSearchParams({ region, status: filters.status });
  const q = filters.q.trim();
  if (q.length >= 2) params.set('q', q);
  if (filters.sex) params.set('sex', filters.sex);
  if (filters.ageMin) params.set('ageMin', filters.ageMin);
  if (filters.ageMax) params.set('ageMax', filters.ageMax);
  if (filters.dusun.trim()) params.set('dusun', filters.dusun.trim());
  if (filters.rw) params.set('rw', filters.rw);
  if (filters.rt) params.set('rt', filters.rt);
  if (filters.flagged) params.set('flagged', 'true');
  if (filters.sort !== 'name') params.set('sort', filters.sort);
  if (paging) {
    params.set('limit', String(PAGE_SIZE));
    params.set('offset', String(filters.offset));
  }
  return params;
}

/**
 * The query for the export, which takes the filters it knows (region, status, sex, dusun, RW, RT, search)
 * and always exports every matching row.
 */
export function exportQuery(filters: ResidentFilters, region: string): URLSearchParams {
  const params = apiQuery(filters, region, false);
  for (const key of ['ageMin', 'ageMax', 'flagged', 'sort']) params.delete(key);
  // "Dibatalkan" (voided) records are not exported; "all" exports every other status.
  if (filters.status === 'voided') params.set('status', 'all');
  return params;
}

/** Filters the export cannot apply, so the page can say the file holds more than the screen. */
export function filtersIgnoredByExport(filters: ResidentFilters): boolean {
  return filters.ageMin !== '' || filters.ageMax !== '' || filters.flagged || filters.status === 'voided';
}

/** How many filters (not the search text) narrow the list: shown on the phone's "Filter" button. */
export function activeFilterCount(filters: ResidentFilters): number {
  const keys: (keyof ResidentFilters)[] = [
    'status',
    'sex',
    'ageMin',
    'ageMax',
    'dusun',
    'rw',
    'rt',
    'flagged',
  ];
  return keys.filter((key) => filters[key] !== DEFAULT_FILTERS[key]).length;
}

/** A 16-digit search is an exact NIK lookup on the server; anything else searches names. */
export function isNikSearch(q: string): boolean {
  return /^\d{16}$/.test(q.trim());
}
