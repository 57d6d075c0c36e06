import { z } from 'zod';
import { exportFormat } from '../../../platform/exports/sheet-export.ts';
import { residentListQuery } from '../records/schemas.ts';
import { say } from '../../../http/field-messages.ts';

export const exportQuerySchema = residentListQuery
  .pick({
    region: true,
    q: true,
    status: true,
    sex: true,
    ageMin: true,
    ageMax: true,
    dusun: true,
    rw: true,
    rt: true,
    flagged: true,
  })
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
