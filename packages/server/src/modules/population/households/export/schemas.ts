// The household export's query: the household list's filters (not its paging) and the file format.
import { z } from 'zod';
import { householdListQuery } from '../list/schemas.ts';

export const householdExportQuery = householdListQuery.omit({ limit: true, offset: true }).extend({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

export type HouseholdExportQuery = z.infer<typeof householdExportQuery>;
