// Request bodies of the household writes. Every field is optional: a create fills what the operator knows,
// an update changes only the fields it names (null clears one).
import { z } from 'zod';
import { neighbourhoodCode } from '../../../../platform/lists/list-query.ts';
import { familyCard } from '../../records/schemas.ts';
import { HOUSING_COLUMNS, type HousingColumn } from '@smart-kampung/domain';
import { say } from '../../../../http/field-messages.ts';

const text = (max: number) => z.string().trim().max(max).nullable().optional();
/** RW and RT as the village writes them ("2", "02", "002"); stored three digits wide like the families'. */
const neighbourhood = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, say('NEIGHBOURHOOD_FORM'))
  .transform(neighbourhoodCode)
  .nullable()
  .optional();

const housingValue = z.number().int(say('WHOLE_NUMBER')).nullable().optional();
const housingShape = Object.fromEntries(HOUSING_COLUMNS.map((column) => [column, housingValue])) as Record<
  HousingColumn,
  typeof housingValue
>;

export const householdFields = z.object({
  householdNo: text(20),
  dusun: text(60),
  rw: neighbourhood,
  rt: neighbourhood,
  address: text(300),
  latitude: z.number().min(-11.5).max(6.5).nullable().optional(),
  longitude: z.number().min(94).max(141.5).nullable().optional(),
  housing: z.object(housingShape).strict().optional(),
  /** Kepala rumah tangga: a present resident of one of the household's families. */
  headResidentId: z.uuid().nullable().optional(),
});
export type HouseholdFields = z.infer<typeof householdFields>;

export const createHouseholdBody = householdFields.extend({
  familyIds: z.array(z.uuid()).max(20).optional(),
});
export type CreateHouseholdBody = z.infer<typeof createHouseholdBody>;

export const familyHouseholdBody = z.object({ householdId: z.uuid().nullable() });
export const familyHouseholdResponse = z.object({ familyId: z.string(), householdId: z.string().nullable() });

export const householdDetail = z.object({
  id: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  householdNo: z.string().nullable(),
  dusun: z.string().nullable(),
  rw: z.string().nullable(),
  rt: z.string().nullable(),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** Kepala rumah tangga. */
  headResidentId: z.string().nullable(),
  headName: z.string().nullable(),
  housing: z.record(z.string(), z.number().nullable()),
  families: z.array(
    familyCard
      .pick({ id: true, kkMasked: true, active: true })
      .extend({ headName: z.string().nullable(), memberCount: z.number() }),
  ),
});
