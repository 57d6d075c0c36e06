// Bodies and answers of usul and sanggah. The answers are whitelists: no field names who made a sanggah, and
// identifiers leave masked. Staff see an usul's proposer by name (they may need to reach them); a sanggah's
// disputer is named by no answer at all.
import {
  AGENCY_DECISIONS,
  CHECK_OUTCOMES,
  EXIT_REASONS,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  PROPOSAL_STEPS,
  VILLAGE_DECISIONS,
} from '@smart-kampung/domain';
import { z } from 'zod';
import { say } from '../../../http/field-messages.ts';
import { areaListFilters, listPaging, pagedResponse } from '../../../platform/lists/list-query.ts';
import { familyWelfareBody } from '../welfare/facts/schemas.ts';

const reason = z.string().trim().min(5, say('REASON')).max(2000);
const kkNumber = z.string().regex(/^[0-9]{16}$/, say('PROPOSAL_KK_FORM'));
const isoDate = z.iso.date();

/**
 * One body for both kinds (not a union, so every field is checked by its own rule and named when wrong): an
 * usul names a program and the family's KK number (the citizen's own family when left out, online only); a
 * sanggah names the enrolment disputed.
 */
const itemFields = {
  kind: z.enum(PROPOSAL_KINDS),
  programId: z.uuid().optional(),
  kkNumber: kkNumber.optional(),
  enrolmentId: z.uuid().optional(),
  reason,
};
function requireKindFields(
  body: { kind: string; programId?: string | undefined; enrolmentId?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (body.kind === 'usul' && !body.programId)
    ctx.addIssue({ code: 'custom', path: ['programId'], message: say('PROPOSAL_PROGRAM_UNKNOWN') });
  if (body.kind === 'sanggah' && !body.enrolmentId)
    ctx.addIssue({ code: 'custom', path: ['enrolmentId'], message: say('PROPOSAL_RECIPIENT_UNKNOWN') });
}
export const citizenSubmitBody = z.object(itemFields).superRefine(requireKindFields);
export const deskSubmitBody = z
  .object({ ...itemFields, submitterResidentId: z.uuid().optional() })
  .superRefine(requireKindFields);

export const checkBody = z.object({ outcome: z.enum(CHECK_OUTCOMES), reason: reason.optional() });
export const villageDecisionBody = z.object({
  deliberationId: z.uuid(),
  decision: z.enum(VILLAGE_DECISIONS),
  reason,
});
export const forwardBody = z.object({ note: z.string().trim().max(2000).optional() });
export const visitBody = z.object({
  visitedOn: isoDate,
  findings: z.string().trim().min(5, say('VISIT_FINDINGS')).max(4000),
  /** The family's section V answers the visitor checked at the house; saved with source "visit" over the
   * family's earlier answers (an answer not sent is kept, one sent as null is cleared), and rescored. */
  familyFacts: familyWelfareBody.shape.facts
    .optional()
    .describe(
      "Section V answers checked at the house; answers not sent keep the family's earlier ones, null clears one",
    ),
});
export const agencyDecisionBody = z.object({
  decision: z.enum(AGENCY_DECISIONS),
  reason,
  cardNumber: z.string().trim().min(1).max(60).optional(),
  exitReason: z.enum(EXIT_REASONS).optional(),
});

export const deliberationBody = z.object({
  heldOn: isoDate,
  place: z.string().trim().min(1).max(200),
  attendance: z.number().int().min(1).max(5000),
  attendanceNote: z.string().trim().max(2000).optional(),
});

export const deadlinesBody = z.object({
  items: z
    .array(z.object({ step: z.enum(PROPOSAL_STEPS), workingDays: z.number().int().min(0).max(120) }))
    .min(1)
    .max(PROPOSAL_STEPS.length),
});
export const deadlinesResponse = z.object({
  items: z.array(z.object({ step: z.enum(PROPOSAL_STEPS), workingDays: z.number().int() })),
});

export const listQuery = z.object({
  region: areaListFilters.region,
  status: z.enum([...PROPOSAL_STATUSES, 'open']).optional(),
  kind: z.enum(PROPOSAL_KINDS).optional(),
  programId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** Only the open items whose awaited step the caller may take (the village's, the district's or Dinas
   * Sosial's own queue). */
  mine: z.enum(['true', 'false']).optional(),
  ...listPaging,
});

const program = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  level: z.string(),
  targetUnit: z.string(),
});

const decision = z.object({ decision: z.string(), reason: z.string().nullable() }).nullable();

export const itemSchema = z.object({
  id: z.uuid(),
  villageCode: z.string(),
  kind: z.enum(PROPOSAL_KINDS),
  status: z.enum(PROPOSAL_STATUSES),
  program,
  subject: z.object({
    /** Whether the family (usul) or the enrolment (sanggah) is a current one of the village registry. */
    known: z.boolean(),
    /** The family the item is about (the proposed one, or the disputed unit's), when the village knows it. */
    familyId: z.uuid().nullable(),
    name: z.string().nullable(),
    kkNumber: z.string().nullable().describe('masked'),
    nik: z.string().nullable().describe('masked'),
    dusun: z.string().nullable(),
    rw: z.string().nullable(),
    rt: z.string().nullable(),
    address: z.string().nullable(),
  }),
  reason: z.string(),
  channel: z.enum(['online', 'desk']),
  submittedAt: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  awaitedStep: z.enum(PROPOSAL_STEPS).nullable(),
  stepOwner: z.enum(['village', 'district', 'agency']).nullable(),
  checkOutcome: z.enum(CHECK_OUTCOMES).nullable(),
  villageDecision: decision,
  agencyDecision: decision,
  deliberationId: z.uuid().nullable(),
  resultEnrolmentId: z.uuid().nullable(),
});

export const itemListResponse = pagedResponse(itemSchema);

export const itemDetailSchema = itemSchema.extend({
  /** An usul's proposer, for staff to reach; always null for a sanggah (the disputer is never shown). */
  proposerName: z.string().nullable(),
  steps: z.array(
    z.object({
      seq: z.number().int(),
      step: z.string(),
      outcome: z.string().nullable(),
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      reason: z.string().nullable(),
      actedAt: z.string(),
      late: z.boolean(),
    }),
  ),
  hints: z.object({
    alreadyEnrolled: z.boolean(),
    unknownFamily: z.boolean(),
    otherOpenDispute: z.boolean(),
    notRecipient: z.boolean(),
  }),
  visit: z.object({ visitedOn: z.string(), findings: z.string(), factsUpdated: z.boolean() }).nullable(),
  photos: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(['house', 'visit']),
      contentType: z.string(),
      sizeBytes: z.number(),
    }),
  ),
  /** The step this caller may take now, if any. */
  actions: z.array(z.enum(PROPOSAL_STEPS)),
});

/** What the citizen who made an item sees: status, due time, decisions with their reasons; names masked. */
export const ownItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PROPOSAL_KINDS),
  status: z.enum(PROPOSAL_STATUSES),
  program: z.object({ code: z.string(), name: z.string() }),
  subjectName: z.string().nullable().describe('masked as Cek Bansos masks names'),
  reason: z.string(),
  submittedAt: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  checkOutcome: z.enum(CHECK_OUTCOMES).nullable(),
  villageDecision: decision,
  agencyDecision: decision,
  housePhotos: z.number().int(),
});

export const deliberationSchema = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  place: z.string(),
  attendance: z.number().int(),
  attendanceNote: z.string().nullable(),
  minutes: z.object({ sha256: z.string(), bytes: z.number().int() }).nullable(),
});

export const recipientSchema = z.object({
  enrolmentId: z.uuid(),
  programId: z.uuid(),
  programName: z.string(),
  name: z.string().nullable().describe('masked'),
  rw: z.string().nullable(),
  rt: z.string().nullable(),
});

export const proposableProgramSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  level: z.string(),
  targetUnit: z.string(),
});
