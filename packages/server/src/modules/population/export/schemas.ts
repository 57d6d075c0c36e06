import { z } from 'zod';
import { exportFormat } from '../../../platform/exports/sheet-export.ts';
import { residentListQuery } from '../records/schemas.ts';
import { say } from '../../../http/field-messages.ts';

// Every filter of the resident list narrows the file too: the list's query without its paging and order (the
// file's order is village, family card, relationship), so a filter added to the list reaches the export.
export const exportQuerySchema = residentListQuery
  .omit({ sort: true, limit: true, offset: true })
  .extend({
    format: exportFormat,
    /** Unmasked NIK and KK numbers: village head/operator or regency admin, with a reason; audited. */
    full: z.enum(['true', 'false']).optional(),
    reason: z.string().trim().min(5, say('EXPORT_REASON')).max(300).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.full === 'true' && !query.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: say('EXPORT_REASON'),
      });
    }
  });

export type ExportQuery = z.infer<typeof exportQuerySchema>;
