import { z } from 'zod';
import { say } from '../../../../http/field-messages.ts';
import { regionCodeSchema } from '../../../regions/schemas.ts';

const bilingual = z.object({ id: z.string(), en: z.string() });

export const modelVariableSchema = z.object({
  variable: z.string(),
  group: z.enum(['housing', 'members', 'assets', 'consumption']),
  label: bilingual,
  reads: bilingual,
  /** A BPS criterion the registry never records (always missing). */
  unrecorded: z.boolean(),
  points: z.number(),
  weight: z.number(),
});

export const welfareModelSchema = z.object({
  id: z.string(),
  kind: z.enum(['score', 'criteria']),
  name: z.string(),
  version: z.number().int(),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
  threshold: z.number().int().nullable(),
  variables: z.array(modelVariableSchema),
});

export const welfareModelsResponse = z.object({
  active: z.array(welfareModelSchema),
  versions: z.array(welfareModelSchema),
});

export const modelKindParams = z.object({ kind: z.enum(['score', 'criteria']) });

const weight = z.number(say('WELFARE_WEIGHT')).min(0, say('WELFARE_WEIGHT')).max(5, say('WELFARE_WEIGHT'));

export const weightsBody = z.object({
  weights: z
    .record(z.string().regex(/^[a-z0-9_]{1,40}$/, say('WELFARE_VARIABLE_UNKNOWN')), weight)
    .refine((weights) => Object.keys(weights).length > 0 && Object.keys(weights).length <= 60, {
      message: say('WELFARE_WEIGHT'),
    }),
});
export type WeightsBody = z.infer<typeof weightsBody>;

export const householdRecordParams = z.object({ code: regionCodeSchema, id: z.uuid() });

const reasonSchema = z.object({ variable: z.string(), points: z.number() });

export const householdWelfareResponse = z.object({
  scores: z.array(
    z.object({
      modelId: z.string(),
      kind: z.enum(['score', 'criteria']),
      score: z.number(),
      complete: z.boolean(),
      missing: z.array(z.string()),
      reasons: z.array(reasonSchema),
      computedAt: z.iso
        .datetime()
        .describe('When this score was computed (a later recompute that finds the same score keeps it)'),
      /** Criteria models: criteria met, known, and the verdict (null: undecided while criteria are missing). */
      verdict: z
        .object({ met: z.number().int(), known: z.number().int(), poor: z.boolean().nullable() })
        .nullable(),
    }),
  ),
  /** The household's decile in every done ranking run that ranked it, newest first. */
  deciles: z.array(
    z.object({
      runId: z.uuid(),
      modelId: z.string(),
      finishedAt: z.iso.datetime(),
      decile: z.number().int(),
      score: z.number(),
    }),
  ),
});
