// The household list, for whoever may read the area (the caller's own by default); the access function
// decides per region.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../../../http/route-access.ts';
import { householdListQuery, householdListResponse } from './schemas.ts';
import { householdList } from './service.ts';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const householdListRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/population/households',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['population'],
        summary:
          "Households of a region (the caller's area by default), by number or head's name, address, and what is still missing (pin, head, housing facts); paged",
        querystring: householdListQuery,
        response: { 200: householdListResponse, ...errors },
      },
    },
    (request) => householdList(app.db, actorOf(request), request.query),
  );
};
