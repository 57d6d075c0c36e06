// The program's shape at the API edge: what may be sent to create or change one, and what a reader gets.
import {
  BENEFIT_KINDS,
  FUND_SOURCES,
  PROGRAM_CODE_PATTERN,
  PROGRAM_CYCLES,
  PROGRAM_LEVELS,
  TARGET_UNITS,
} from '@smart-kampung/domain';
import { z } from 'zod';
import { say } from '../../../http/field-messages.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { storedEligibility } from '../targeting/schemas.ts';

const isoDate = z.iso.date(say('DATE_FORM'));
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    // Left out stays left out (a change keeps the value); empty text is no value.
    .transform((value) => (value === undefined ? undefined : value || null));

const programFields = {
  name: z.string().trim().min(1, say('PROGRAM_NAME')).max(200, say('PROGRAM_NAME')),
  description: optionalText(2000),
  fundSource: z.enum(FUND_SOURCES),
  targetUnit: z.enum(TARGET_UNITS),
  benefitKind: z.enum(BENEFIT_KINDS),
  benefitAmount: z.number().int(say('WHOLE_NUMBER')).min(0).max(1_000_000_000_000).nullable(),
  benefitNote: optionalText(500),
  cycle: z.enum(PROGRAM_CYCLES),
  periodStart: isoDate.nullable(),
  periodEnd: isoDate.nullable(),
  ownerAgency: optionalText(60),
};

/** What a new program may leave out: no amount (in kind, or it varies) and an open period. */
const creationFields = {
  ...programFields,
  benefitAmount: programFields.benefitAmount.default(null),
  periodStart: programFields.periodStart.default(null),
  periodEnd: programFields.periodEnd.default(null),
};

interface BenefitAndPeriod {
  benefitKind?: string;
  benefitAmount?: number | null;
  periodStart?: string | null;
  periodEnd?: string | null;
}

/** The checks across fields: an amount is cash only; a period ends after it starts. */
function checkBenefitAndPeriod(program: BenefitAndPeriod, ctx: z.RefinementCtx) {
  if (program.benefitAmount != null && program.benefitKind !== undefined && program.benefitKind !== 'cash')
    ctx.addIssue({ code: 'custom', path: ['benefitAmount'], message: say('BENEFIT_AMOUNT_CASH_ONLY') });
  if (program.periodStart && program.periodEnd && program.periodEnd < program.periodStart)
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: say('PROGRAM_PERIOD_ORDER') });
}

const code = z.string().trim().toUpperCase().regex(PROGRAM_CODE_PATTERN, say('PROGRAM_CODE_FORM'));

/** A regency-run program (national, province or regency), decided by the social-affairs agency. */
export const regencyProgramInput = z
  .object({ code, level: z.enum(PROGRAM_LEVELS).exclude(['village']), ...creationFields })
  .superRefine(checkBenefitAndPeriod);
export type RegencyProgramInput = z.infer<typeof regencyProgramInput>;

/** A village's own program (Dana Desa, a partner's), recorded by the village's staff. */
export const villageProgramInput = z.object({ code, ...creationFields }).superRefine(checkBenefitAndPeriod);
export type VillageProgramInput = z.infer<typeof villageProgramInput>;

export type ProgramInput = (RegencyProgramInput | VillageProgramInput) & { level?: string };

/** A change: any of the fields, plus active (ending a program keeps it, inactive, with its history). */
export const programChange = z
  .object({ ...programFields, active: z.boolean() })
  .partial()
  .superRefine(checkBenefitAndPeriod);
export type ProgramChange = z.infer<typeof programChange>;

export const cyclesInput = z.object({
  year: z.number().int(say('CYCLE_YEAR')).min(2000, say('CYCLE_YEAR')).max(2100, say('CYCLE_YEAR')),
});

export const quotasInput = z.object({
  quotas: z
    .array(
      z.object({
        areaCode: regionCodeSchema,
        quota: z.number().int(say('WHOLE_NUMBER')).min(0).max(10_000_000),
      }),
    )
    .max(500),
});

export const exclusionsInput = z.object({ programIds: z.array(z.uuid()).max(50) });

export const programListQuery = z.object({
  region: regionCodeSchema.optional(),
  level: z.enum(PROGRAM_LEVELS).optional(),
  targetUnit: z.enum(TARGET_UNITS).optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const programSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  level: z.enum(PROGRAM_LEVELS),
  ownerAreaCode: z.string(),
  fundSource: z.enum(FUND_SOURCES),
  targetUnit: z.enum(TARGET_UNITS),
  benefitKind: z.enum(BENEFIT_KINDS),
  benefitAmount: z.number().nullable(),
  cycle: z.enum(PROGRAM_CYCLES),
  active: z.boolean(),
  /** Open enrolments (proposed to suspended) in the area the list was read for. */
  openEnrolments: z.number().int(),
  /** Who the program is for (issue 12 §3); none set reads as no decile and no condition. */
  eligibility: storedEligibility,
  /** Whether the caller decides the program (its details, quotas and eligibility). */
  canManage: z.boolean(),
});
export type ProgramSummary = z.infer<typeof programSummarySchema>;

export const cycleSchema = z.object({
  label: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  amount: z.number().nullable(),
});

export const programSchema = programSummarySchema
  .omit({ openEnrolments: true, eligibility: true, canManage: true })
  .extend({
    description: z.string().nullable(),
    ownerAgency: z.string().nullable(),
    benefitNote: z.string().nullable(),
    periodStart: z.string().nullable(),
    periodEnd: z.string().nullable(),
    opensidId: z.string().nullable(),
    cycles: z.array(cycleSchema),
    quotas: z.array(z.object({ areaCode: z.string(), quota: z.number().int() })),
    exclusiveWith: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string() })),
    /** What the caller may do with it, so a page offers only those actions (the server decides again). */
    canManage: z.boolean(),
    canEnrol: z.boolean(),
    canPropose: z.boolean(),
  });
export type Program = z.infer<typeof programSchema>;
