import { z } from 'zod';
import { say } from '../../../http/field-messages.ts';

const isoDate = z.iso.date(say('DATE_FORM'));
const nik = z
  .string()
  .trim()
  .regex(/^\d{16}$/, say('NIK_FORM'));
const code = z.number().int().min(0).max(999).nullable().optional();
const text = (max: number) => z.string().trim().max(max).nullable().optional();

export const personFields = z.object({
  nik,
  fullName: z.string().trim().min(2, say('FULL_NAME_REQUIRED')).max(120),
  sex: z.union([z.literal(1), z.literal(2)]),
  birthDate: isoDate,
  birthPlace: text(80),
  religion: code,
  educationKk: code,
  occupation: code,
  maritalStatus: code,
  bloodType: code,
  fatherName: text(120),
  motherName: text(120),
  birthCertificateNo: text(60),
  phone: text(30),
});
export type PersonFields = z.infer<typeof personFields>;

/** What a birth certificate letter asks about the birth (OpenSID's codes, see domain code-lists/birth.ts). */
export const birthFacts = z.object({
  birthTime: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, say('BIRTH_TIME_FORM'))
    .nullable()
    .optional(),
  placeType: z.number().int().min(1).max(5).nullable().optional(),
  birthType: z.number().int().min(1).max(4).nullable().optional(),
  birthOrder: z.number().int().min(1, say('BIRTH_ORDER')).max(30, say('BIRTH_ORDER')).nullable().optional(),
  attendant: z.number().int().min(1).max(4).nullable().optional(),
  weightGrams: z
    .number()
    .int()
    .min(200, say('BIRTH_WEIGHT'))
    .max(9000, say('BIRTH_WEIGHT'))
    .nullable()
    .optional(),
  lengthCm: z.number().min(15, say('BIRTH_LENGTH')).max(80, say('BIRTH_LENGTH')).nullable().optional(),
});

/**
 * A birth: the baby's NIK is usually not issued yet (Dukcapil issues it after the village reports the birth),
 * so an empty or absent NIK registers the baby under a temporary number. Occupation, education and marital
 * status default to a newborn's.
 */
export const birthBody = personFields.extend({
  nik: z
    .string()
    .trim()
    .regex(/^(\d{16})?$/, say('NIK_OR_EMPTY'))
    .optional(),
  educationCurrent: code,
  familyId: z.uuid(),
  relationship: z.number().int().min(1).max(11).default(4),
  birth: birthFacts.default({}),
});
export type BirthBody = z.infer<typeof birthBody>;

/** A warning the registry keeps as a verification flag, shown to the operator before and after saving. */
export const warningSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
  message_en: z.string(),
});

export const birthResult = z.object({
  residentId: z.string(),
  temporaryNik: z.boolean(),
  nikMasked: z.string(),
  warnings: z.array(warningSchema),
});

export const birthCheckResult = z.object({
  temporaryNik: z.boolean(),
  warnings: z.array(warningSchema),
});

export const nikAssignBody = z.object({ nik, date: isoDate.optional() });
export const nikAssignResult = z.object({ residentId: z.string(), warnings: z.array(warningSchema) });

export const deathBody = z.object({ date: isoDate, place: text(120), cause: text(200) });

export const moveOutBody = z.object({
  date: isoDate,
  destination: z.string().trim().min(3, say('DESTINATION_REQUIRED')).max(300),
  destinationRegionCode: z.string().trim().max(13).nullable().optional(),
  wholeFamily: z.boolean().default(false),
});

const address = { dusun: text(60), rw: text(5), rt: text(5), address: text(300) };

export const moveInBody = z.object({
  date: isoDate,
  origin: z.string().trim().min(3, say('ORIGIN_REQUIRED')).max(300),
  originRegionCode: z.string().trim().max(13).nullable().optional(),
  familyId: z.uuid().nullable().optional(),
  family: z
    .object({ kkNumber: nik, ...address })
    .nullable()
    .optional(),
  members: z
    .array(personFields.extend({ relationship: z.number().int().min(1).max(11) }))
    .min(1)
    .max(30),
});

export const splitBody = z.object({
  date: isoDate,
  fromFamilyId: z.uuid(),
  newKkNumber: nik,
  memberIds: z.array(z.uuid()).min(1),
  newHeadId: z.uuid(),
  /** Which card keeps the family's social assistance enrolments; required when it has some (409 otherwise). */
  enrolmentsGoTo: z.enum(['original', 'new']).optional(),
  ...address,
});

export const mergeBody = z.object({
  date: isoDate,
  fromFamilyId: z.uuid(),
  intoFamilyId: z.uuid(),
  relationships: z.array(z.object({ residentId: z.uuid(), relationship: z.number().int().min(2).max(11) })),
});

export const correctionBody = z.object({
  reason: z.string().trim().min(5, say('CORRECTION_REASON')).max(300),
  changes: personFields.partial().extend({ relationship: z.number().int().min(1).max(11).optional() }),
});

export const reasonBody = z.object({
  reason: z.string().trim().min(5, say('REASON')).max(300),
});
