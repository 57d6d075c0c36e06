import { z } from 'zod';
import { say } from '../../../../http/field-messages.ts';
import { areaListFilters } from '../../../../platform/lists/list-query.ts';

/** An area's OpenDK program exchange (the caller's own area by default); whole NIK/KK with a reason only. */
export const opendkExportQuerySchema = z
  .object({
    region: areaListFilters.region,
    full: z.enum(['true', 'false']).optional(),
    reason: z.string().trim().min(5, say('EXPORT_REASON')).max(300).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.full === 'true' && !query.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: say('EXPORT_REASON') });
  });

export type OpendkExportQuery = z.infer<typeof opendkExportQuerySchema>;
