import { z } from 'zod';

export const rankingRunSchema = z.object({
  id: z.uuid(),
  modelId: z.string(),
  areaCode: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progressDone: z.number().int(),
  progressTotal: z.number().int().nullable(),
  householdsRanked: z.number().int().nullable(),
  householdsIncomplete: z.number().int().nullable(),
  /** Households per decile, desil 1 first. */
  decileCounts: z.array(z.number().int()).nullable(),
  /** Lowest score of deciles 1–9 (null for an empty decile). */
  decileCutoffs: z.array(z.number().nullable()).nullable(),
  error: z.string().nullable(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});

export const runParams = z.object({ id: z.uuid() });
