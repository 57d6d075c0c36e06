import { z } from 'zod';
import { say } from '../../http/field-messages.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value === '' ? null : value));

export const profileInputSchema = z.object({
  headName: optionalText(120),
  headTitle: z.string().trim().min(2).max(40).default('Kepala Desa'),
  officeAddress: optionalText(300),
  postalCode: z
    .string()
    .trim()
    .regex(/^(\d{5})?$/, say('POSTAL_CODE'))
    .nullable()
    .transform((value) => (value === '' ? null : value)),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?[0-9 ()-]{6,20})?$/, say('PHONE'))
    .nullable()
    .transform((value) => (value === '' ? null : value)),
  email: z
    .union([z.email(say('EMAIL')), z.literal('')])
    .nullable()
    .transform((v) => v || null),
  website: z
    .union([z.url(say('WEBSITE')), z.literal('')])
    .nullable()
    .transform((v) => v || null),
});

export const villageProfileSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['desa', 'kelurahan']),
  districtCode: z.string(),
  districtName: z.string(),
  headName: z.string().nullable(),
  headTitle: z.string(),
  officeAddress: z.string().nullable(),
  postalCode: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
