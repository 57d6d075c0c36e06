import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { areaRoute, grantedRoute } from '../../../http/route-access.ts';
import { contextOf } from '../../../platform/request-context.ts';
import {
  delegationInputSchema,
  delegationListQuery,
  delegationSchema,
  endDelegationSchema,
} from './schemas.ts';
import { closeDelegation, readDelegations, recordDelegation } from './service.ts';

export const delegationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/letter-delegations',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['letters'],
        summary:
          'Delegations of signing authority that reach the area (the caller’s own by default) or lie in it',
        querystring: delegationListQuery,
        response: {
          200: z.array(delegationSchema),
          400: problemSchema,
          401: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => readDelegations(app.db, contextOf(request), request.query.region),
  );

  app.post(
    '/api/letter-delegations',
    {
      config: { access: grantedRoute('administer') },
      schema: {
        tags: ['letters'],
        summary: 'Record a delegation of signing authority to the villages of an area (regency admin)',
        body: delegationInputSchema,
        response: {
          201: delegationSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordDelegation(app.db, contextOf(request), request.body)),
  );

  app.post(
    '/api/letter-delegations/:id/end',
    {
      config: { access: grantedRoute('administer') },
      schema: {
        tags: ['letters'],
        summary: 'End a delegation on a date; from the next day its villages are refused its letters',
        params: z.object({ id: z.uuid() }),
        body: endDelegationSchema,
        response: {
          200: delegationSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => closeDelegation(app.db, contextOf(request), request.params.id, request.body.validTo),
  );
};
