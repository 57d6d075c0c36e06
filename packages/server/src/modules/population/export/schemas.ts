import { z } from 'zod';
import { exportFormat } from '../../../platform/exports/sheet-export.ts';
import { residentListQuery } from '../records/schemas.ts';

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
    reason: z
      .string()
      .trim()
      .min(5, 'Alasan minimal 5 huruf / the reason needs at least 5 characters')
      .max(300)
      .optional(),
  })
  .superRefine((query, ctx) => {
    if (query.full === 'true' && !query.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message:
          'Tulis alasan (minimal 5 huruf) untuk ekspor dengan NIK lengkap / a reason of at least 5 characters is required for a full export',
      });
    }
  });

export type ExportQuery = z.infer<typeof exportQuerySchema>;
