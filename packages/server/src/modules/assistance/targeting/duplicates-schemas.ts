import { z } from 'zod';
import { listPaging, pagedResponse } from '../../../platform/lists/list-query.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { DUPLICATE_KINDS } from './duplicates-queries.ts';

export const duplicatesQuery = z.object({
  region: regionCodeSchema.optional(),
  kind: z.enum(DUPLICATE_KINDS).default('shared_person'),
  /** Only this program's enrolments. */
  program: z.uuid().optional(),
  ...listPaging,
});

const duplicateItem = z.object({
  kind: z.enum(DUPLICATE_KINDS),
  villageCode: z.string(),
  villageName: z.string(),
  programs: z.array(z.object({ code: z.string(), name: z.string() })),
  householdId: z.string().nullable(),
  familyId: z.string().nullable(),
  residentId: z.string().nullable(),
  /** two_families, reached_twice, exclusive, died, moved, no_members. */
  detail: z.enum(['two_families', 'reached_twice', 'exclusive', 'died', 'moved', 'no_members']),
  enrolments: z.number().int(),
  name: z.string().nullable(),
  householdNo: z.string().nullable(),
  /** The resident's NIK or the family's KK number, masked. */
  identifierMasked: z.string().nullable(),
});

export const duplicatesResponse = pagedResponse(duplicateItem).extend({
  counts: z.object({
    shared_person: z.number().int(),
    exclusive_programs: z.number().int(),
    gone: z.number().int(),
  }),
});
export type DuplicatesQuery = z.infer<typeof duplicatesQuery>;
