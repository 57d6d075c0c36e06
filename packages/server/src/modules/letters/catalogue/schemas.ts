import { AUTHORITIES, FIELD_TYPES, OFFICIAL_POSITIONS } from '@smart-kampung/domain';
import { z } from 'zod';
import type { VillageLetterType } from './queries.ts';

export const letterTypeSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  numberCode: z.string(),
  klasifikasi: z.string(),
  authority: z.enum(AUTHORITIES),
  enabled: z.boolean(),
  citizenMayRequest: z.boolean(),
  serviceDays: z.number().int(),
  sequenceScope: z.enum(['village', 'type']),
  signingPosition: z.enum(OFFICIAL_POSITIONS),
  /** Registry statuses of the subject the type accepts (1 living here; 2 deceased, for the death letter). */
  subjectStatuses: z.array(z.number().int()),
});

const fieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  type: z.enum(FIELD_TYPES),
  required: z.boolean(),
  options: z.array(z.string()).optional(),
  group: z.string().optional(),
});

/** One letter type with what the desk needs to make it: the fields to ask, the parties, the page. */
export const letterTypeSchema = letterTypeSummarySchema.extend({
  numberFormat: z.string().nullable(),
  title: z.string(),
  pageSize: z.enum(['F4', 'A4']),
  fields: z.array(fieldSchema),
  parties: z.array(
    z.object({ key: z.string(), label: z.string(), outsider: z.boolean(), optional: z.boolean() }),
  ),
});

export function toLetterTypeSummary(row: VillageLetterType) {
  return {
    code: row.code,
    name: row.name,
    numberCode: row.number_code,
    klasifikasi: row.klasifikasi,
    authority: row.authority as z.infer<typeof letterTypeSummarySchema>['authority'],
    enabled: row.enabled,
    citizenMayRequest: row.citizen_may_request,
    serviceDays: row.service_days,
    sequenceScope: row.sequence_scope as 'village' | 'type',
    signingPosition: row.signing_position as z.infer<typeof letterTypeSummarySchema>['signingPosition'],
    subjectStatuses: (row.template as { subjectStatuses: number[] }).subjectStatuses,
  };
}

export function toLetterType(row: VillageLetterType): z.infer<typeof letterTypeSchema> {
  const template = row.template as {
    title: string;
    page: { size: 'F4' | 'A4' };
    fields: z.infer<typeof fieldSchema>[];
    parties: { key: string; label: string; outsider?: boolean; optional?: boolean }[];
    subjectStatuses: number[];
  };
  return {
    ...toLetterTypeSummary(row),
    numberFormat: row.number_format,
    title: template.title,
    pageSize: template.page.size,
    fields: template.fields,
    parties: template.parties.map((party) => ({
      key: party.key,
      label: party.label,
      outsider: party.outsider ?? false,
      optional: party.optional ?? false,
    })),
  };
}
