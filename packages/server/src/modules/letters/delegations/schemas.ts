import { OFFICIAL_POSITIONS } from '@smart-kampung/domain';
import { z } from 'zod';
import { say } from '../../../http/field-messages.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';

const isoDate = z.iso.date(say('DATE_FORM'));

export const delegationInputSchema = z
  .object({
    areaCode: regionCodeSchema,
    authority: z.enum(['bupati', 'camat']),
    mode: z.enum(['delegasi', 'mandat']),
    letterTypeCodes: z.array(z.string().trim().min(1).max(80)).min(1).max(100),
    regulationNumber: z.string().trim().min(3).max(200),
    regulationDate: isoDate,
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    signingPosition: z.enum(OFFICIAL_POSITIONS),
  })
  .refine((d) => d.validTo === null || d.validTo >= d.validFrom, {
    path: ['validTo'],
    message: say('TERM_END_BEFORE_START'),
  });
export type DelegationInput = z.infer<typeof delegationInputSchema>;

export const delegationSchema = z.object({
  id: z.uuid(),
  areaCode: z.string(),
  authority: z.enum(['bupati', 'camat']),
  mode: z.enum(['delegasi', 'mandat']),
  letterTypeCodes: z.array(z.string()),
  regulationNumber: z.string(),
  regulationDate: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  signingPosition: z.enum(OFFICIAL_POSITIONS),
});

export const delegationListQuery = z.object({ region: regionCodeSchema.optional() });

export const endDelegationSchema = z.object({
  /** The last day the delegation holds: from the next day its villages no longer issue its letters. */
  validTo: isoDate,
});
