// Distributions at the API edge: what a unit received in a cycle, recorded one by one or for many at once.
import {
  CYCLE_LABEL_PATTERN,
  DISTRIBUTION_CHANNELS,
  ENROLMENT_STATUSES,
  TARGET_UNITS,
} from '@smart-kampung/domain';
import { z } from 'zod';
import { say } from '../../../http/field-messages.ts';
import { exportFormat } from '../../../platform/exports/sheet-export.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';

const cycleLabel = z.string().regex(CYCLE_LABEL_PATTERN, say('CYCLE_LABEL_FORM'));

const distributionFields = z.object({
  /** null: not yet reported by the distributor. */
  received: z.boolean().nullable(),
  receivedOn: z.iso.date(say('DATE_FORM')).nullable().optional(),
  amount: z.number().int(say('WHOLE_NUMBER')).min(0).max(1_000_000_000_000).nullable().optional(),
  channel: z.enum(DISTRIBUTION_CHANNELS).nullable().optional(),
  note: z.string().trim().max(300).nullable().optional(),
});

const receivedOnOnlyWhenReceived = (value: { received: boolean | null; receivedOn?: string | null }) =>
  value.received === true || !value.receivedOn;

export const distributionInput = distributionFields.refine(receivedOnOnlyWhenReceived, {
  path: ['receivedOn'],
  message: say('RECEIVED_ON_ONLY_WHEN_RECEIVED'),
});
export type DistributionInput = z.infer<typeof distributionInput>;

export const bulkDistributionInput = z.object({
  rows: z
    .array(
      distributionFields.extend({ enrolmentId: z.uuid() }).refine(receivedOnOnlyWhenReceived, {
        path: ['receivedOn'],
        message: say('RECEIVED_ON_ONLY_WHEN_RECEIVED'),
      }),
    )
    .min(1)
    .max(5000),
});

export const enrolmentCycleParams = z.object({ code: regionCodeSchema, id: z.uuid(), cycle: cycleLabel });
export const programCycleParams = z.object({
  code: regionCodeSchema,
  programId: z.uuid(),
  cycle: cycleLabel,
});

export const distributionRowSchema = z.object({
  enrolmentId: z.uuid(),
  unitType: z.enum(TARGET_UNITS),
  name: z.string().nullable(),
  identifierMasked: z.string().nullable(),
  cardNumber: z.string().nullable(),
  status: z.enum(ENROLMENT_STATUSES),
  dusun: z.string().nullable(),
  rw: z.string().nullable(),
  rt: z.string().nullable(),
  received: z.boolean().nullable(),
  receivedOn: z.string().nullable(),
  amount: z.number().nullable(),
  channel: z.enum(DISTRIBUTION_CHANNELS).nullable(),
  note: z.string().nullable(),
  /** Whether anything is recorded for this cycle yet. */
  recorded: z.boolean(),
});

export const cycleDistributionSchema = z.object({
  programId: z.uuid(),
  cycle: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  /** What each unit is due in this cycle: the cycle's own amount, else the program's. */
  amountDue: z.number().nullable(),
  rows: z.array(distributionRowSchema),
  counts: z.object({
    units: z.number().int(),
    received: z.number().int(),
    notReceived: z.number().int(),
    unreported: z.number().int(),
  }),
});

export const recordedSchema = z.object({ recorded: z.number().int(), unchanged: z.number().int() });

export const exportQuery = z
  .object({
    format: exportFormat,
    /** Whole NIK/KK numbers for the distributor: the village's staff, with a reason; audited. */
    full: z.enum(['true', 'false']).optional(),
    reason: z.string().trim().min(5, say('EXPORT_REASON')).max(300).optional(),
  })
  .refine((query) => query.full !== 'true' || !!query.reason, {
    path: ['reason'],
    message: say('EXPORT_REASON'),
  });
