import { OFFICIAL_POSITIONS } from '@smart-kampung/domain';
import { z } from 'zod';
import { say } from '../../../http/field-messages.ts';

const isoDate = z.iso.date(say('DATE_FORM'));

export const officialInputSchema = z
  .object({
    position: z.enum(OFFICIAL_POSITIONS),
    positionTitle: z.string().trim().min(2).max(120),
    fullName: z.string().trim().min(2).max(120),
    nip: z
      .string()
      .trim()
      .regex(/^(\d{18})?$/, say('NIP_FORM'))
      .nullable()
      .transform((value) => value || null),
    niap: z
      .string()
      .trim()
      .max(40)
      .nullable()
      .transform((value) => value || null),
    termStart: isoDate,
    termEnd: isoDate.nullable(),
    acting: z.enum(['plt', 'plh']).nullable(),
  })
  .refine((official) => official.termEnd === null || official.termEnd >= official.termStart, {
    path: ['termEnd'],
    message: say('TERM_END_BEFORE_START'),
  });
export type OfficialInput = z.infer<typeof officialInputSchema>;

export const officialSchema = z.object({
  id: z.uuid(),
  position: z.enum(OFFICIAL_POSITIONS),
  positionTitle: z.string(),
  fullName: z.string(),
  nip: z.string().nullable(),
  niap: z.string().nullable(),
  termStart: z.string(),
  termEnd: z.string().nullable(),
  acting: z.enum(['plt', 'plh']).nullable(),
  active: z.boolean(),
  /** The staff account that signs (and, for the Sekdes, verifies) requests as this official. */
  account: z.object({ id: z.uuid(), displayName: z.string(), username: z.string() }).nullable(),
});

/** A staff account of the village's desk that an official may be linked to. */
export const staffAccountSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  username: z.string(),
  role: z.enum(['village_head', 'village_operator']),
});

export const endTermSchema = z.object({
  /** The last day of the term: from the next day the official no longer signs. */
  termEnd: isoDate,
});
