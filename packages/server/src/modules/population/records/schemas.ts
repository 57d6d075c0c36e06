// API shapes of the population records. Response schemas are whitelists: lists carry masked identifiers
// only; full NIK/KK numbers leave the server solely through the audited reveal routes.
import { z } from 'zod';
import { areaListFilters, listPaging } from '../../../platform/lists/list-query.ts';
import { residentStatuses } from './status.ts';
import { say } from '../../../http/field-messages.ts';

export const residentListQuery = z.object({
  ...areaListFilters,
  // 13-15 digits would give away the serial of the one person they find, digit by digit (docs/rules/NIK.md).
  q: z
    .string()
    .trim()
    .min(2)
    .max(100)
    .refine((q) => !/^\d{13,15}$/.test(q), say('NIK_PREFIX_LENGTH'))
    .optional(),
  status: z.enum([...residentStatuses, 'all']).default('present'),
  sex: z.coerce.number().int().min(1).max(2).optional(),
  ageMin: z.coerce.number().int().min(0).max(130).optional(),
  ageMax: z.coerce.number().int().min(0).max(130).optional(),
  flagged: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(['name', 'birth_date', '-birth_date', 'relevance']).default('name'),
  ...listPaging,
});
export type ResidentListQuery = z.infer<typeof residentListQuery>;

export const residentListItem = z.object({
  id: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  nikMasked: z.string(),
  kkMasked: z.string().nullable(),
  familyId: z.string().nullable(),
  fullName: z.string(),
  sex: z.number(),
  birthDate: z.string(),
  age: z.number(),
  relationship: z.number().nullable(),
  dusun: z.string().nullable(),
  rw: z.string().nullable(),
  rt: z.string().nullable(),
  status: z.enum(residentStatuses),
  flags: z.array(z.string()),
});

export const residentListResponse = z.object({
  items: z.array(residentListItem),
  total: z.number(),
  /** A name search stops counting at 1,000: true when more than `total` residents match. */
  totalCapped: z.boolean(),
  limit: z.number(),
  offset: z.number(),
});

const codedFields = {
  religion: z.number().nullable(),
  educationKk: z.number().nullable(),
  educationCurrent: z.number().nullable(),
  occupation: z.number().nullable(),
  maritalStatus: z.number().nullable(),
  citizenship: z.number().nullable(),
  bloodType: z.number().nullable(),
  disability: z.number().nullable(),
  relationship: z.number().nullable(),
};

export const residentEventSummary = z.object({
  id: z.string(),
  type: z.string(),
  date: z.string(),
  recordedAt: z.string(),
  actorName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const residentDetail = z.object({
  id: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  nikMasked: z.string(),
  fullName: z.string(),
  sex: z.number(),
  birthPlace: z.string().nullable(),
  birthDate: z.string(),
  age: z.number(),
  ...codedFields,
  fatherName: z.string().nullable(),
  motherName: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.enum(residentStatuses),
  statusDate: z.string().nullable(),
  voidedReason: z.string().nullable(),
  flags: z.array(z.string()),
  family: z
    .object({
      id: z.string(),
      kkMasked: z.string(),
      dusun: z.string().nullable(),
      rw: z.string().nullable(),
      rt: z.string().nullable(),
      address: z.string().nullable(),
      householdId: z.string().nullable(),
    })
    .nullable(),
  events: z.array(residentEventSummary),
  updatedAt: z.string(),
});

export const revealBody = z.object({
  reason: z.string().trim().min(5, say('REVEAL_REASON')).max(300),
});

export const revealedResident = z.object({
  id: z.string(),
  nik: z.string(),
  kkNumber: z.string().nullable(),
  fatherNik: z.string().nullable(),
  motherNik: z.string().nullable(),
  birthCertificateNo: z.string().nullable(),
  passportNo: z.string().nullable(),
  kitasNo: z.string().nullable(),
  insuranceNo: z.string().nullable(),
  phone: z.string().nullable(),
});

export const familyMember = z.object({
  id: z.string(),
  nikMasked: z.string(),
  fullName: z.string(),
  sex: z.number(),
  birthPlace: z.string().nullable(),
  birthDate: z.string(),
  religion: z.number().nullable(),
  age: z.number(),
  relationship: z.number().nullable(),
  maritalStatus: z.number().nullable(),
  education: z.number().nullable(),
  occupation: z.number().nullable(),
  status: z.enum(residentStatuses),
});

export const familyCard = z.object({
  id: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  districtName: z.string(),
  kkMasked: z.string(),
  active: z.boolean(),
  dusun: z.string().nullable(),
  rw: z.string().nullable(),
  rt: z.string().nullable(),
  address: z.string().nullable(),
  householdId: z.string().nullable(),
  members: z.array(familyMember),
});
