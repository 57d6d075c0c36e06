import { OFFICIAL_POSITIONS } from '@smart-kampung/domain';
import { z } from 'zod';

export const letterTypeSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Null: the village's default format. */
  numberFormat: z.string().trim().max(120).nullable(),
  sequenceScope: z.enum(['village', 'type']),
  /** Null: the catalogue's classification. */
  klasifikasi: z.string().trim().max(20).nullable(),
  signingPosition: z.enum(OFFICIAL_POSITIONS),
  /** Null: the catalogue's service level. */
  serviceDays: z.number().int().min(0).max(60).nullable(),
});
export type LetterTypeSettings = z.infer<typeof letterTypeSettingsSchema>;
