// What goes in and out of the letter request routes. A request shows its subject's NIK masked; the steps the
// signed-in user may take now are part of it, so the web app shows only those buttons.
import { REQUEST_STATUSES, REQUEST_STEPS, type RequestStatus, type RequestStep } from '@smart-kampung/domain';
import { z } from 'zod';
import { say } from '../../../http/field-messages.ts';
import type { IdentifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import type { RequestRow } from './queries.ts';

export const newRequestBody = z.object({
  letterTypeCode: z.string().trim().min(1).max(80),
  residentId: z.uuid(),
  /** Typed fields by key; checked against the letter type's template. */
  fields: z.record(z.string().max(60), z.string().max(2000)).default({}),
});
export type NewRequest = z.infer<typeof newRequestBody>;

export const checkBody = z.object({
  /** The requirements the operator saw and ticks: every one the request asks for. */
  seen: z.array(z.string().max(40)).max(20),
});

export const signBody = z.object({
  /** The signer's own password, re-entered: the act of signing. */
  password: z.string().min(1).max(200),
});

export const rejectBody = z.object({
  reason: z.string().trim().min(5, say('REJECT_REASON')).max(300),
});

export const requestListQuery = z.object({
  status: z.enum(REQUEST_STATUSES).optional(),
  /** Only open requests past their due time. */
  overdue: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const workflowSettingSchema = z.object({
  verificationRequired: z.boolean(),
  verifiedTypes: z.array(z.string().trim().min(1).max(80)).max(60),
});

export const officialAccountBody = z.object({ userId: z.uuid().nullable() });

export const attachmentSchema = z.object({
  id: z.uuid(),
  requirement: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
});

export const requestSchema = z.object({
  id: z.uuid(),
  letterTypeCode: z.string(),
  letterTypeName: z.string(),
  subject: z.object({ residentId: z.uuid(), name: z.string(), nik: z.string() }),
  channel: z.enum(['desk', 'online']),
  status: z.enum(REQUEST_STATUSES),
  fields: z.record(z.string(), z.string()),
  requestedAt: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  statusChangedAt: z.string(),
  rejectionReason: z.string().nullable(),
  needsVerification: z.boolean(),
  requirements: z.array(z.object({ kind: z.string(), seen: z.boolean() })),
  attachments: z.array(attachmentSchema),
  collectedHow: z.enum(['desk', 'download']).nullable(),
  letter: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  /** Steps the signed-in user may take now. */
  actions: z.array(z.enum(REQUEST_STEPS)),
});
export type RequestDto = z.infer<typeof requestSchema>;

export const requestPageSchema = z.object({
  items: z.array(requestSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export type AttachmentMeta = {
  id: string;
  requirement: string;
  content_type: string;
  size_bytes: number;
  uploaded_at: Date;
};

const OPEN: readonly string[] = ['requested', 'checked', 'verified'];

export function toRequestDto(
  row: RequestRow,
  masks: IdentifierMasks,
  now: Date,
  extra: { actions?: RequestStep[]; attachments?: AttachmentMeta[] } = {},
): RequestDto {
  const seen = new Set(row.requirements_seen);
  return {
    id: row.id,
    letterTypeCode: row.letter_type_code,
    letterTypeName: row.letter_type_name,
    subject: {
      residentId: row.subject_resident_id,
      name: row.subject_name,
      nik: masks.civil(row.subject_nik),
    },
    channel: row.channel as RequestDto['channel'],
    status: row.status as RequestStatus,
    fields: row.fields as Record<string, string>,
    requestedAt: row.requested_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    overdue: OPEN.includes(row.status) && row.due_at < now,
    statusChangedAt: row.status_changed_at.toISOString(),
    rejectionReason: row.rejection_reason,
    needsVerification: row.needs_verification,
    requirements: row.requirements.map((kind) => ({ kind, seen: seen.has(kind) })),
    attachments: (extra.attachments ?? []).map((a) => ({
      id: a.id,
      requirement: a.requirement,
      contentType: a.content_type,
      sizeBytes: a.size_bytes,
      uploadedAt: a.uploaded_at.toISOString(),
    })),
    collectedHow: row.collected_how as RequestDto['collectedHow'],
    letter: row.letter_id && row.letter_number ? { id: row.letter_id, number: row.letter_number } : null,
    actions: extra.actions ?? [],
  };
}
