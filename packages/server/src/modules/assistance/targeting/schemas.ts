// Targeting's request and response schemas (whitelists: identifiers leave the server masked only).
import { CONDITION_IDS, TARGET_UNITS, PROGRAM_LEVELS } from '@smart-kampung/domain';
import { z } from 'zod';
import { listPaging, pagedResponse } from '../../../platform/lists/list-query.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { TARGETING_LISTS } from './queries.ts';

/** The eligibility's shape; its rules (ranges, parameters per condition, duplicates) are the domain's check. */
export const eligibilitySchema = z.object({
  maxDecile: z.number().int().nullable().optional(),
  combine: z.enum(['all', 'any']).optional(),
  conditions: z
    .array(
      z.object({
        id: z.string().max(40),
        params: z
          .object({
            age: z.number().int().optional(),
            decile: z.number().int().optional(),
            program: z.string().max(30).optional(),
          })
          .optional(),
      }),
    )
    .max(50)
    .optional(),
});

export const storedEligibility = z.object({
  maxDecile: z.number().int().nullable(),
  combine: z.enum(['all', 'any']),
  conditions: z.array(
    z.object({
      id: z.enum(CONDITION_IDS),
      params: z
        .object({
          age: z.number().int().optional(),
          decile: z.number().int().optional(),
          program: z.string().optional(),
        })
        .optional(),
    }),
  ),
});

export const programParams = z.object({ programId: z.uuid() });
export const areaQuery = z.object({ region: regionCodeSchema.optional() });
export const listParams = programParams.extend({ list: z.enum(TARGETING_LISTS) });
export const listQuery = z.object({ region: regionCodeSchema.optional(), ...listPaging });
export const whatIfBody = z.object({ eligibility: eligibilitySchema });

const programSummary = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.enum(PROGRAM_LEVELS),
  ownerAreaCode: z.string(),
  targetUnit: z.enum(TARGET_UNITS),
  active: z.boolean(),
  eligibility: storedEligibility,
  /** Whether the caller may change the program's eligibility. */
  editable: z.boolean(),
});

const counts = {
  units: z.number().int(),
  households: z.number().int(),
  eligible: z.number().int(),
  enrolled: z.number().int(),
  excluded: z.number().int(),
  included: z.number().int(),
  incomplete: z.number().int(),
  unranked: z.number().int(),
};
export const countsResponse = z.object({
  program: programSummary,
  eligibility: storedEligibility,
  area: z.string(),
  asOf: z.string(),
  areas: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      current: z
        .boolean()
        .describe(
          'False: some of its villages were counted before their latest change and are being recounted',
        ),
      ...counts,
    }),
  ),
  totals: z.object(counts),
  freshness: z
    .object({
      current: z.boolean(),
      pendingVillages: z
        .number()
        .int()
        .describe(
          'Villages whose counts are shown as last counted (or not counted yet) while they are recounted',
        ),
      countedAt: z.iso
        .datetime()
        .nullable()
        .describe(
          'When the oldest of those was counted; null when every figure is current or none was counted',
        ),
    })
    .describe(
      'Saved eligibility: the stored counts, possibly behind the latest changes; a what-if is evaluated now',
    ),
});

export const listItem = z.object({
  unitType: z.enum(['household', 'family', 'resident']),
  unitId: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  householdId: z.string().nullable(),
  /** The household number (households). */
  label: z.string().nullable(),
  /** The KK number (families) or NIK (residents), masked. */
  identifierMasked: z.string().nullable(),
  name: z.string().nullable(),
  address: z.string().nullable(),
  dusun: z.string().nullable(),
  rt: z.string().nullable(),
  rw: z.string().nullable(),
  decile: z.number().int().nullable(),
  decileHolds: z.boolean().nullable(),
  eligible: z.boolean().nullable(),
  enrolled: z.boolean(),
  enrolmentStatus: z.string().nullable(),
  conditions: z.array(z.object({ id: z.enum(CONDITION_IDS), holds: z.boolean().nullable() })),
  /** What the verdict waits for: 'decile' (not ranked) and the conditions whose facts are missing. */
  missing: z.array(z.string()),
});
export const listResponse = pagedResponse(listItem);

export const whatIfResponse = countsResponse.extend({
  lists: z.object({ excluded: listResponse, included: listResponse, incomplete: listResponse }),
});
export const eligibilityResponse = z.object({ program: programSummary });

export type EligibilityBody = z.infer<typeof eligibilitySchema>;
