// Inputs and answers of the poverty map: the per-village figures of an area, a village's households as points
// and as the by-name list (identifiers masked), and the figures as a file.
import { z } from 'zod';
import { say } from '../../../http/field-messages.ts';
import { exportFormat } from '../../../platform/exports/sheet-export.ts';
import { listPaging } from '../../../platform/lists/list-query.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';

export const figuresQuery = z.object({ region: regionCodeSchema.optional() });
export const figuresExportQuery = z.object({ region: regionCodeSchema.optional(), format: exportFormat });

const bilingual = z.object({ id: z.string(), en: z.string() });

export const mapMetricSchema = z.object({
  id: z
    .string()
    .describe(
      "'desil-1-4', 'incomplete', 'recipients:<program code>', 'exclusion:<code>', 'inclusion:<code>'",
    ),
  family: z.string(),
  programCode: z.string().nullable(),
  unit: z.enum(['percent', 'per100']),
  label: bilingual,
  numerator: bilingual,
  denominator: bilingual,
});

const count = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  current: z
    .literal(false)
    .optional()
    .describe(
      'Counted before the latest change in the village (or not yet: 0 of 0) while the stored figures are refreshed in the background; absent when current',
    ),
  countedAt: z.iso
    .datetime()
    .nullable()
    .optional()
    .describe('With `current: false`: when the figure shown was counted; null: not counted yet'),
});

export const figuresResponse = z.object({
  region: z.string(),
  ranking: z
    .object({ runId: z.string(), modelId: z.string(), finishedAt: z.string().nullable() })
    .nullable()
    .describe('The ranking run the deciles come from (the latest done); null before any'),
  metrics: z.array(mapMetricSchema),
  villages: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.enum(['desa', 'kelurahan']),
      districtCode: z.string(),
      districtName: z.string(),
      households: z.number().int(),
      figures: z
        .array(count)
        .describe('figures[i] counts metrics[i]: the rate is 100 × numerator / denominator (none when 0)'),
    }),
  ),
});
export type FiguresResponse = z.infer<typeof figuresResponse>;

export const villageParams = z.object({
  code: regionCodeSchema.refine((code) => code.split('.').length === 4, { error: say('MAP_VILLAGE_CODE') }),
});

const decile = z.coerce.number().int().min(1).max(10).optional();

const programCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9_-]{0,29}$/, { error: say('MAP_PROGRAM_CODE') });

const householdFilter = {
  program: programCode.optional(),
  eligibleNotReceiving: programCode
    .optional()
    .describe(
      "Program code: households holding a unit the program's eligibility finds eligible but that holds no open enrolment (its exclusion list)",
    ),
  decileMin: decile,
  decileMax: decile,
};

const decileRangeInOrder = (q: { decileMin?: number | undefined; decileMax?: number | undefined }) =>
  q.decileMin === undefined || q.decileMax === undefined || q.decileMin <= q.decileMax;
const decileRangeIssue = { error: say('MAP_DECILE_RANGE'), path: ['decileMin'] };

export const pointsQuery = z.object(householdFilter).refine(decileRangeInOrder, decileRangeIssue);
export type PointsQuery = z.infer<typeof pointsQuery>;

export const listQuery = z
  .object({ ...householdFilter, ...listPaging })
  .refine(decileRangeInOrder, decileRangeIssue);
export type ListQuery = z.infer<typeof listQuery>;

const mapShows = {
  id: z.string(),
  decile: z.number().int().nullable().describe('In the latest done ranking run; null: not ranked'),
  programs: z.array(z.string()).describe('Codes of the programs an open enrolment reaches it with'),
  incomplete: z.boolean().describe('No score under the active model, or one that lacks facts'),
};

export const pointsResponse = z.object({
  villageCode: z.string(),
  points: z.array(
    z.object({
      ...mapShows,
      latitude: z.number(),
      longitude: z.number(),
      householdNo: z.string().nullable(),
    }),
  ),
});

export const listResponse = z.object({
  villageCode: z.string(),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(
    z.object({
      ...mapShows,
      householdNo: z.string().nullable(),
      headName: z.string().nullable(),
      headNik: z.string().nullable().describe('Masked'),
      headKkNumber: z.string().nullable().describe("The head's family card, masked"),
      dusun: z.string().nullable(),
      rw: z.string().nullable(),
      rt: z.string().nullable(),
      address: z.string().nullable(),
      hasLocation: z.boolean(),
    }),
  ),
});
