import { ENROLMENT_STATUSES } from '@smart-kampung/domain';
import { z } from 'zod';
import { say } from '../../../http/field-messages.ts';
import { areaListFilters } from '../../../platform/lists/list-query.ts';

export const bnbaParamsSchema = z.object({ programId: z.uuid() });

/**
 * A program's by-name-by-address list of an area (the caller's own by default): open enrolments (or one
 * status), as XLSX, CSV or PDF; NIK and KK masked unless full=true with a reason (audited).
 */
export const bnbaQuerySchema = z
  .object({
    region: areaListFilters.region,
    status: z.enum(ENROLMENT_STATUSES).optional(),
    format: z.enum(['xlsx', 'csv', 'pdf']).default('xlsx'),
    full: z.enum(['true', 'false']).optional(),
    reason: z.string().trim().min(5, say('EXPORT_REASON')).max(300).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.full === 'true' && !query.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: say('EXPORT_REASON') });
  });

export type BnbaQuery = z.infer<typeof bnbaQuerySchema>;
