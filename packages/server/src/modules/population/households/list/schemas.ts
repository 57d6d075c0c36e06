// The household list: filters (region, number or head's name, address, what is still missing) and its rows.
import { z } from 'zod';
import { householdPlaceFields } from '../shape.ts';
import { areaListFilters, listPaging } from '../../../../platform/lists/list-query.ts';

export const householdListQuery = z.object({
  ...areaListFilters,
  q: z.string().trim().min(1).max(100).optional(),
  /** location: no map pin; head: no head; housing: not every housing fact answered. */
  incomplete: z.enum(['location', 'head', 'housing']).optional(),
  ...listPaging,
});
export type HouseholdListQuery = z.infer<typeof householdListQuery>;

export const householdListItem = z.object({
  ...householdPlaceFields,
  headName: z.string().nullable(),
  familyCount: z.number(),
  memberCount: z.number(),
  hasLocation: z.boolean(),
  housingAnswered: z.number(),
  housingTotal: z.number(),
});

export const householdListResponse = z.object({
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
  items: z.array(householdListItem),
});
