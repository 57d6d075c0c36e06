// What every area list shares: the region (the caller's own by default) and an address within it, paging,
// and the response frame. Modules spread these into their own query schemas.
import { z } from 'zod';
import { regionCodeSchema } from '../../modules/regions/schemas.ts';

/** RW and RT are stored three digits wide ("002"); a filter "2" finds them too. */
export const neighbourhoodCode = (value: string) => value.padStart(3, '0');

export const areaListFilters = {
  region: regionCodeSchema.optional(),
  dusun: z.string().trim().max(60).optional(),
  rw: z.string().trim().max(5).optional(),
  rt: z.string().trim().max(5).optional(),
};

export const listPaging = {
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
};

export interface Paging {
  limit: number;
  offset: number;
}

/** A page of a list: its items, how many match in all, and where the page is. */
export function pagedResponse<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}
