import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, areaRoute, rolesOnly } from '../../../http/route-access.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { familyCard } from '../records/schemas.ts';
import { issueCitizenPin, myFamilyCard, myIdentifiers } from './service.ts';

export const citizenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/villages/:code/residents/:id/citizen-pin',
    {
      config: { access: areaRoute('serve_citizens') },
      schema: {
        tags: ['citizen'],
        summary:
          'Issue (or re-issue) the 6-digit PIN a resident uses to sign in; shown once, never stored in clear',
        params: z.object({ code: regionCodeSchema, id: z.uuid() }),
        response: {
          200: z.object({ pin: z.string() }),
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
        },
      },
    },
    (request) => issueCitizenPin(app.db, actorOf(request), request.params.code, request.params.id),
  );

  app.get(
    '/api/me/family',
    {
      config: { access: rolesOnly('citizen') },
      schema: {
        tags: ['citizen'],
        summary: "The signed-in citizen's own family card (read only)",
        response: { 200: familyCard, 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    (request) => myFamilyCard(app.db, actorOf(request)),
  );

  app.post(
    '/api/me/identifiers',
    {
      config: { access: rolesOnly('citizen') },
      schema: {
        tags: ['citizen'],
        summary: "The signed-in citizen's own full NIK and family card number (audited)",
        response: {
          200: z.object({ nik: z.string(), kkNumber: z.string().nullable() }),
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    (request) =>
      myIdentifiers(app.db, actorOf(request), {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      }),
  );
};
