import { z } from 'zod';
import { say } from '../../../http/field-messages.ts';
import type { IdentifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { partyInputSchema } from './parties.ts';
import type { LetterRow } from './queries.ts';

export const issueBodySchema = z.object({
  letterTypeCode: z.string().trim().min(1).max(80),
  residentId: z.uuid(),
  /** Typed fields by key; checked against the letter type's template by the service. */
  fields: z.record(z.string().max(60), z.string().max(2000)).default({}),
  /** The other people the letter names, by the template's party key (the reporter, the witnesses). */
  parties: z.record(z.string().max(60), partyInputSchema).default({}),
});

export const voidBodySchema = z.object({
  reason: z.string().trim().min(5, say('VOID_REASON')).max(300),
});

export const letterListQuery = z.object({
  status: z.enum(['issued', 'void']).optional(),
  residentId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** A letter as lists and the desk show it: the subject's NIK masked (the PDF prints it whole, audited). */
export const letterSchema = z.object({
  id: z.uuid(),
  letterTypeCode: z.string(),
  letterTypeName: z.string(),
  number: z.string(),
  letterDate: z.string(),
  issuedAt: z.string(),
  subject: z.object({ residentId: z.uuid(), name: z.string(), nik: z.string() }),
  signer: z.object({ name: z.string(), post: z.string(), block: z.array(z.string()) }),
  status: z.enum(['issued', 'void']),
  voidReason: z.string().nullable(),
  verifyUrl: z.string(),
});
export type LetterDto = z.infer<typeof letterSchema>;

export const letterPageSchema = z.object({
  items: z.array(letterSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

/** The address the letter's QR code holds: the village's code and the letter's random id, never its number. */
export function verifyUrl(publicUrl: string, villageCode: string, publicId: string) {
  return `${publicUrl}/v/${villageCode.replaceAll('.', '')}.${publicId}`;
}

export function toLetterDto(
  row: LetterRow,
  villageCode: string,
  publicUrl: string,
  masks: IdentifierMasks,
): LetterDto {
  const subject = row.subject as Record<string, string>;
  const signer = row.signer as { name: string; post: string; block: string[] };
  return {
    id: row.id,
    letterTypeCode: row.letter_type_code,
    letterTypeName: row.letter_type_name,
    number: row.number,
    letterDate: row.letter_date,
    issuedAt: row.issued_at.toISOString(),
    subject: {
      residentId: row.subject_resident_id,
      name: subject.name ?? '-',
      nik: masks.civil(subject.nik ?? ''),
    },
    signer: { name: signer.name, post: signer.post, block: signer.block },
    status: row.status as LetterDto['status'],
    voidReason: row.void_reason,
    verifyUrl: verifyUrl(publicUrl, villageCode, row.public_id),
  };
}
