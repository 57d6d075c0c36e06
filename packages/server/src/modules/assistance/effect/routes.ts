// A program's effect: recipients per decile across ranking runs and exits by reason per year.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { areaRoute } from '../../../http/route-access.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { programEffect } from './service.ts';

export const programEffectSchema = z.object({
  programId: z.uuid(),
  code: z.string(),
  name: z.string(),
  areaCode: z.string(),
  runs: z.array(
    z.object({
      runId: z.uuid(),
      modelId: z.string(),
      finishedAt: z.iso.datetime(),
      /** Recipient households per decile in that run, desil 1 first. */
      deciles: z.array(z.number().int()),
      /** Recipients without a decile in that run (incomplete facts, no household, not yet registered). */
      notRanked: z.number().int(),
      recipients: z.number().int(),
      inDeciles1to4: z.number().int(),
      meanScore: z.number().nullable(),
    }),
  ),
  exits: z.array(z.object({ year: z.number().int(), reason: z.string(), enrolments: z.number().int() })),
});

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const programEffectRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assistance/programs/:id/effect',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['assistance'],
        summary: "A program's recipients per decile in each ranking run, and its exits by reason per year",
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ region: regionCodeSchema.optional() }),
        response: { 200: programEffectSchema, ...errors },
      },
    },
    async (request) => programEffect(app.db, contextOf(request), request.params.id, request.query.region),
  );
};
