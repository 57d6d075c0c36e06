import { z } from 'zod';
import { regionCodeSchema } from '../../regions/schemas.ts';

export const exportStatuses = ['present', 'died', 'moved_out', 'missing', 'gone', 'all'] as const;

export const exportQuerySchema = z
  .object({
    /** Village, district or regency; defaults to the caller's own area. */
    region: regionCodeSchema.optional(),
    format: z.enum(['xlsx', 'csv']).default('xlsx'),
    status: z.enum(exportStatuses).default('present'),
    sex: z.coerce.number().int().min(1).max(2).optional(),
    dusun: z.string().trim().min(1).max(60).optional(),
    rw: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, 'RW berupa angka / RW is a number')
      .optional(),
    rt: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, 'RT berupa angka / RT is a number')
      .optional(),
    q: z.string().trim().min(2).max(100).optional(),
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
export type ExportFilter = Pick<ExportQuery, 'status' | 'sex' | 'dusun' | 'rw' | 'rt' | 'q'>;
