import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../../http/route-access.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import {
  familyCard as familyCardSchema,
  residentDetail as residentDetailSchema,
  residentListQuery,
  residentListResponse,
  revealBody,
  revealedResident,
} from './schemas.ts';
import { familyCardFor, listResidents, residentDetail, revealFamily, revealResident } from './service.ts';

const villageRecord = z.object({ code: regionCodeSchema, id: z.uuid() });
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
// Reading population data needs an area-wide read grant; the access function decides per region.
const readers = areaRoute('read');

const context = (request: FastifyRequest) => ({
  actor: actorOf(request),
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? null,
});

export const populationRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/population/residents',
    {
      config: { access: readers },
      schema: {
        tags: ['population'],
        summary:
          'Search residents by NIK (exact), name (typo-tolerant), address, status, age and sex; identifiers masked',
        querystring: residentListQuery,
        response: { 200: residentListResponse, ...errors },
      },
    },
    (request) => listResidents(app.db, actorOf(request), request.query),
  );

  app.get(
    '/api/villages/:code/residents/:id',
    {
      config: { access: readers },
      schema: {
        tags: ['population'],
        summary: 'One resident with family and history; identifiers masked (not audited)',
        params: villageRecord,
        response: { 200: residentDetailSchema, ...errors },
      },
    },
    (request) => residentDetail(app.db, actorOf(request), request.params.code, request.params.id),
  );

  app.post(
    '/api/villages/:code/residents/:id/reveal',
    {
      config: { access: readers },
      schema: {
        tags: ['population'],
        summary: "A resident's full identifiers (NIK, KK, parents' NIK, documents); the reason is audited",
        params: villageRecord,
        body: revealBody,
        response: { 200: revealedResident, ...errors },
      },
    },
    (request) =>
      revealResident(app.db, context(request), request.params.code, request.params.id, request.body.reason),
  );

  app.get(
    '/api/villages/:code/families/:id',
    {
      config: { access: readers },
      schema: {
        tags: ['population'],
        summary: 'A family card (KK) with its members; identifiers masked',
        params: villageRecord,
        response: { 200: familyCardSchema, ...errors },
      },
    },
    async (request) => {
      return familyCardFor(app.db, actorOf(request), request.params.code, request.params.id);
    },
  );

  app.post(
    '/api/villages/:code/families/:id/reveal',
    {
      config: { access: readers },
      schema: {
        tags: ['population'],
        summary: "A family card's full KK number and members' NIKs; the reason is audited",
        params: villageRecord,
        body: revealBody,
        response: {
          200: z.object({
            id: z.string(),
            kkNumber: z.string(),
            members: z.array(z.object({ id: z.string(), nik: z.string() })),
          }),
          ...errors,
        },
      },
    },
    (request) =>
      revealFamily(app.db, context(request), request.params.code, request.params.id, request.body.reason),
  );
};
