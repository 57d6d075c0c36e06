import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import { problemSchema } from '../../../http/problem-schema.ts';
import { AppError } from '../../../http/problem.ts';
import { actorOf, areaRoute } from '../../../http/route-access.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { letterTypeSettingsSchema } from '../settings/schemas.ts';
import { saveLetterTypeSettings } from '../settings/service.ts';
import { findVillageLetterType, listVillageLetterTypes } from './queries.ts';
import { letterTypeSchema, letterTypeSummarySchema, toLetterType, toLetterTypeSummary } from './schemas.ts';

const typeParams = z.object({ code: regionCodeSchema, type: z.string().max(80) });

export const letterTypeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/villages/:code/letter-types',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['letters'],
        summary: 'The letter types as the village has set them (on or off, numbering, who signs)',
        params: z.object({ code: regionCodeSchema }),
        response: { 200: z.array(letterTypeSummarySchema), 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      assertRegionAccess(actorOf(request), request.params.code, 'read');
      return (await listVillageLetterTypes(app.db, request.params.code)).map(toLetterTypeSummary);
    },
  );

  app.get(
    '/api/villages/:code/letter-types/:type',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['letters'],
        summary: 'One letter type with the fields the desk asks and the people it names',
        params: typeParams,
        response: { 200: letterTypeSchema, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      assertRegionAccess(actorOf(request), request.params.code, 'read');
      const row = await findVillageLetterType(app.db, request.params.code, request.params.type);
      if (!row) throw new AppError('NOT_FOUND');
      return toLetterType(row);
    },
  );

  app.put(
    '/api/villages/:code/letter-types/:type/settings',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags: ['letters'],
        summary: "The village's settings of a letter type: on or off, number format and sequence, who signs",
        params: typeParams,
        body: letterTypeSettingsSchema,
        response: {
          200: letterTypeSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) =>
      toLetterType(
        await saveLetterTypeSettings(
          app.db,
          contextOf(request),
          request.params.code,
          request.params.type,
          request.body,
        ),
      ),
  );
};
