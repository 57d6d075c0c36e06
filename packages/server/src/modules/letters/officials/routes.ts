import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { areaRoute } from '../../../http/route-access.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { endTermSchema, officialInputSchema, officialSchema, staffAccountSchema } from './schemas.ts';
import { editOfficial, endOfficial, readOfficials, readStaffAccounts, recordOfficial } from './service.ts';

const params = z.object({ code: regionCodeSchema });
const officialParams = z.object({ code: regionCodeSchema, id: z.uuid() });
const refusals = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const officialRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/villages/:code/officials',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['letters'],
        summary: "The village's officials (perangkat desa), acting ones included",
        params,
        response: { 200: z.array(officialSchema), 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => readOfficials(app.db, contextOf(request), request.params.code),
  );

  app.get(
    '/api/villages/:code/staff-accounts',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags: ['letters'],
        summary: "The village desk's active accounts, which an official may be linked to (to sign as them)",
        params,
        response: { 200: z.array(staffAccountSchema), ...refusals },
      },
    },
    async (request) => readStaffAccounts(app.db, contextOf(request), request.params.code),
  );

  app.post(
    '/api/villages/:code/officials',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags: ['letters'],
        summary: 'Record an official of the village: position, name, NIP/NIAP, term, acting (Plt./Plh.)',
        params,
        body: officialInputSchema,
        response: {
          201: officialSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordOfficial(app.db, contextOf(request), request.params.code, request.body)),
  );

  app.put(
    '/api/villages/:code/officials/:id',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags: ['letters'],
        summary: "Correct an official's record; letters already issued keep what they printed",
        params: officialParams,
        body: officialInputSchema,
        response: { 200: officialSchema, ...refusals },
      },
    },
    async (request) =>
      editOfficial(app.db, contextOf(request), request.params.code, request.params.id, request.body),
  );

  app.post(
    '/api/villages/:code/officials/:id/end',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags: ['letters'],
        summary: "End an official's term on a date (the last day they sign)",
        params: officialParams,
        body: endTermSchema,
        response: { 200: officialSchema, ...refusals },
      },
    },
    async (request) =>
      endOfficial(app.db, contextOf(request), request.params.code, request.params.id, request.body.termEnd),
  );
};
