// The welfare facts pages' bodies and answers: section IV of one member, section V of one family, each field
// by the registry's name (MEMBER_WELFARE_FIELDS, FAMILY_WELFARE_FIELDS), null for not asked or not known.
import {
  FAMILY_ASSET_FIELDS,
  FAMILY_WELFARE_FIELDS,
  MEMBER_WELFARE_FIELDS,
  MEMBER_WELFARE_TEXT_FIELDS,
  type FamilyWelfareField,
  type MemberWelfareField,
} from '@smart-kampung/domain';
import { z } from 'zod';
import { say } from '../../../../http/field-messages.ts';

const TEXT_FIELDS: readonly string[] = MEMBER_WELFARE_TEXT_FIELDS;
const numberAnswer = z.number().int(say('WHOLE_NUMBER')).nullable();
const textAnswer = z.string().trim().max(200).nullable();
const BOOLEAN_FIELDS = new Set<string>([...FAMILY_ASSET_FIELDS, 'lost_livelihood']);

const memberShape = Object.fromEntries(
  MEMBER_WELFARE_FIELDS.map((field) => [field, TEXT_FIELDS.includes(field) ? textAnswer : numberAnswer]),
) as Record<MemberWelfareField, typeof numberAnswer | typeof textAnswer>;
const familyShape = Object.fromEntries(
  FAMILY_WELFARE_FIELDS.map((field) => [
    field,
    BOOLEAN_FIELDS.has(field) ? z.boolean().nullable() : numberAnswer,
  ]),
) as Record<FamilyWelfareField, z.ZodNullable<z.ZodBoolean> | typeof numberAnswer>;

export const memberWelfareSchema = z.object(memberShape);
export const familyWelfareSchema = z.object(familyShape);

/** Who answered: the desk (from papers or the family at the office) or a visit to the house. */
const writeSource = z.enum(['desk', 'visit']);
const recordedSource = z.enum(['file', 'desk', 'visit']).nullable();

/** PUT replaces the section: a field left out is cleared (not asked or not known). */
export const memberWelfareBody = z.object({
  source: writeSource,
  facts: z.object(memberShape).partial().strict(),
});
export type MemberWelfareBody = z.infer<typeof memberWelfareBody>;

export const familyWelfareBody = z.object({
  source: writeSource,
  facts: z.object(familyShape).partial().strict(),
});
export type FamilyWelfareBody = z.infer<typeof familyWelfareBody>;

const recorded = {
  source: recordedSource,
  updatedAt: z.string().nullable(),
};

export const memberWelfareResponse = z.object({
  residentId: z.uuid(),
  familyId: z.uuid().nullable(),
  /** What the form's rules read from the registry (410 and 427 depend on them). */
  person: z.object({
    sex: z.number().int().nullable(),
    age: z.number().int().nullable(),
    maritalStatus: z.number().int().nullable(),
  }),
  facts: memberWelfareSchema,
  ...recorded,
});

export const familyWelfareResponse = z.object({
  familyId: z.uuid(),
  householdId: z.uuid().nullable(),
  facts: familyWelfareSchema,
  ...recorded,
});
