// The household export's query: the household list's filters (not its paging) and the file format.
import type { z } from 'zod';
import { exportFormat } from '../../../../platform/exports/sheet-export.ts';
import { householdListQuery } from '../list/schemas.ts';

export const householdExportQuery = householdListQuery.omit({ limit: true, offset: true }).extend({
  format: exportFormat,
});

export type HouseholdExportQuery = z.infer<typeof householdExportQuery>;
