// Enrolments at the API edge: enrolling a unit, changing its status, its card and dates, and the lists.
import {
  ENROLMENT_SOURCES,
  ENROLMENT_STATUSES,
  EXIT_REASONS,
  PROGRAM_LEVELS,
  TARGET_UNITS,
} from '@smart-kampung/domain';
import { z } from 'zod';
import { say } from '../../../http/field-messages.ts';
import { listPaging, pagedResponse } from '../../../platform/lists/list-query.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';

const isoDate = z.iso.date(say('DATE_FORM'));
const cardNumber = z
  .string()
  .trim()
  .max(60, say('CARD_NUMBER_FORM'))
  .nullable()
  .optional()
  .transform((value) => (value === undefined ? undefined : value || null));
const reason = z
  .string()
  .trim()
  .max(300)
  .nullable()
  .optional()
  .transform((value) => (value === undefined ? undefined : value || null));

export const enrolInput = z
  .object({
    programId: z.uuid(),
    unitType: z.enum(TARGET_UNITS),
    /** The resident's, family's or household's id; a group's code for a group program. */
    unitId: z.string().trim().min(1).max(60),
    /** proposed (the village's proposal), verified or active (a decision). */
    status: z.enum(['proposed', 'verified', 'active']).default('proposed'),
    cardNumber,
    startDate: isoDate.nullable().optional(),
    sourceReference: reason,
    reason,
  })
  .superRefine((input, ctx) => {
    if (input.unitType !== 'group' && !z.uuid().safeParse(input.unitId).success)
      ctx.addIssue({ code: 'custom', path: ['unitId'], message: say('ENROLMENT_UNIT_ID') });
  });
export type EnrolInput = z.infer<typeof enrolInput>;

export const statusChangeInput = z
  .object({
    to: z.enum(ENROLMENT_STATUSES),
    exitReason: z.enum(EXIT_REASONS).nullable().optional(),
    reason,
    /** The day it took effect (the exit's end date; an activation's start when none is set). */
    date: isoDate.nullable().optional(),
  })
  .superRefine((input, ctx) => {
    if ((input.to === 'exited') !== !!input.exitReason)
      ctx.addIssue({ code: 'custom', path: ['exitReason'], message: say('EXIT_REASON_REQUIRED') });
  });
export type StatusChangeInput = z.infer<typeof statusChangeInput>;

export const detailsChangeInput = z
  .object({
    cardNumber,
    startDate: isoDate.nullable().optional(),
    endDate: isoDate.nullable().optional(),
    reason,
  })
  .refine((input) => !input.startDate || !input.endDate || input.endDate >= input.startDate, {
    path: ['endDate'],
    message: say('ENROLMENT_DATES_ORDER'),
  });
export type DetailsChangeInput = z.infer<typeof detailsChangeInput>;

export const villageParams = z.object({ code: regionCodeSchema });
export const enrolmentParams = z.object({ code: regionCodeSchema, id: z.uuid() });

const addressSchema = z.object({
  dusun: z.string().nullable(),
  rw: z.string().nullable(),
  rt: z.string().nullable(),
  address: z.string().nullable(),
});

export const enrolmentSummarySchema = z.object({
  id: z.uuid(),
  villageCode: z.string(),
  programId: z.uuid(),
  programCode: z.string(),
  programName: z.string(),
  programLevel: z.enum(PROGRAM_LEVELS),
  unitType: z.enum(TARGET_UNITS),
  unitId: z.string(),
  /** The resident, the family's head, or the household's head. */
  name: z.string().nullable(),
  /** The resident's NIK, the family's KK number, the household head's NIK: masked. */
  identifierMasked: z.string().nullable(),
  householdNo: z.string().nullable(),
  ...addressSchema.shape,
  status: z.enum(ENROLMENT_STATUSES),
  exitReason: z.enum(EXIT_REASONS).nullable(),
  cardNumber: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  source: z.enum(ENROLMENT_SOURCES),
  /** When the status last changed. */
  since: z.string(),
});
export type EnrolmentSummary = z.infer<typeof enrolmentSummarySchema>;

export const enrolmentChangeSchema = z.object({
  seq: z.number().int(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  fromStatus: z.enum(ENROLMENT_STATUSES).nullable(),
  toStatus: z.enum(ENROLMENT_STATUSES),
  exitReason: z.enum(EXIT_REASONS).nullable(),
  reason: z.string().nullable(),
  source: z.string(),
});

export const enrolmentSchema = enrolmentSummarySchema.extend({
  sourceReference: z.string().nullable(),
  statusReason: z.string().nullable(),
  history: z.array(enrolmentChangeSchema),
  /** The statuses the caller may move it to now (the server checks again). */
  allowedStatuses: z.array(z.enum(ENROLMENT_STATUSES)),
  canEditDetails: z.boolean(),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

export const recipientsQuery = z.object({
  region: regionCodeSchema.optional(),
  status: z.enum([...ENROLMENT_STATUSES, 'open']).optional(),
  ...listPaging,
});
export const recipientsPage = pagedResponse(enrolmentSummarySchema);

export const unitParams = z.object({
  code: regionCodeSchema,
  unitType: z.enum(['resident', 'family', 'household']),
  unitId: z.uuid(),
});
