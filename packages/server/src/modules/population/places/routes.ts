// The village's own dusun, RW and RT for the list filters, for whoever may read the village.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../../http/route-access.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { villagePlaces } from './queries.ts';

const place = z.object({
  dusun: z.string().nullable(),
  rw: z.string().nullable(),
  rt: z.string().nullable(),
});

export const placeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/villages/:code/places',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['population'],
        summary:
          "The village's own dusun, RW and RT (from its family cards and households), for list filters",
        params: z.object({ code: regionCodeSchema }),
        response: {
          200: z.object({ places: z.array(place) }),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      assertRegionAccess(actorOf(request), request.params.code, 'read');
      return { places: await villagePlaces(app.db, request.params.code) };
    },
  );
};
