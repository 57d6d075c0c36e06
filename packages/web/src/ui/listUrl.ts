// Building blocks shared by the module's lists (residents, households): their search and filters live in the
// URL, so a reload, the back button or a shared link shows the same list. Each list describes its own
// filters; these helpers read URL values defensively and write back only what differs from the defaults.

export const PAGE_SIZE = 25;

/** What every list's filters have: a search text and the offset of the page shown. */
export interface PagedFilters {
  q: string;
  offset: number;
}

/** The filters of the village's own areas: dusun and RW/RT numbers, as the registry stores them. */
export interface AreaFilters {
  dusun: string;
  rw: string;
  rt: string;
}

/** `value` when it is one of `allowed`, otherwise `fallback` (a hand-edited URL must not break the page). */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Digits only, at most `max` of them; anything else reads as empty. */
export function digitsParam(value: string | null, max: number): string {
  return value && /^\d+$/.test(value) ? value.slice(0, max) : '';
}

/** A page offset: a whole number from 0. */
export function offsetParam(value: string | null): number {
  const offset = Number(value ?? 0);
  return Number.isInteger(offset) && offset > 0 ? offset : 0;
}

export function searchParam(params: URLSearchParams): string {
  return (params.get('q') ?? '').slice(0, 100);
}

export function areaFromSearch(params: URLSearchParams): AreaFilters {
  return {
    dusun: (params.get('dusun') ?? '').slice(0, 60),
    rw: digitsParam(params.get('rw'), 3),
    rt: digitsParam(params.get('rt'), 3),
  };
}

/** Adds the dusun, RW and RT a list is narrowed to to its API query. */
export function setAreaParams(params: URLSearchParams, area: AreaFilters): void {
  if (area.dusun.trim()) params.set('dusun', area.dusun.trim());
  if (area.rw) params.set('rw', area.rw);
  if (area.rt) params.set('rt', area.rt);
}

export function setPagingParams(params: URLSearchParams, offset: number): void {
  params.set('limit', String(PAGE_SIZE));
  params.set('offset', String(offset));
}

/** Only values that differ from the defaults go into the URL; other parameters (region) are kept. */
export function writeFilters<F extends object>(filters: F, defaults: F, current: URLSearchParams) {
  const next = new URLSearchParams(current);
  for (const key of Object.keys(defaults) as (keyof F & string)[]) {
    const value = filters[key];
    if (value === defaults[key]) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** How many of `keys` differ from the defaults: shown on the phone's "Filter" button. */
export function countChanged<F extends object>(filters: F, defaults: F, keys: readonly (keyof F)[]): number {
  return keys.filter((key) => filters[key] !== defaults[key]).length;
}
