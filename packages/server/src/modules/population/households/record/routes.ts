// One household: its page for whoever may read the area, and its writes for the village's own staff (and the
// regency admin); the access function confines each to its region.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../../../http/route-access.ts';
import { contextOf as context } from '../../../../platform/request-context.ts';
import { regionCodeSchema } from '../../../regions/schemas.ts';
import {
  createHouseholdBody,
  householdDetail,
  familyHouseholdBody,
  familyHouseholdResponse,
  householdFields,
} from './schemas.ts';
import {
  createHousehold,
  deleteHousehold,
  householdDetail as readHousehold,
  setFamilyHousehold,
  updateHousehold,
} from './service.ts';

const writers = areaRoute('write');
const village = z.object({ code: regionCodeSchema });
const record = z.object({ code: regionCodeSchema, id: z.uuid() });
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const householdRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/villages/:code/households/:id',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['population'],
        summary: 'A household (rumah tangga): location, Regsosek housing codes, its families',
        params: record,
        response: { 200: householdDetail, ...errors },
      },
    },
    (request) => readHousehold(app.db, actorOf(request), request.params.code, request.params.id),
  );

  app.post(
    '/api/villages/:code/households',
    {
      config: { access: writers },
      schema: {
        tags: ['population'],
        summary:
          'Register a household (rumah tangga): address, map pin inside the village, Regsosek housing codes, and the families under its roof',
        params: village,
        body: createHouseholdBody,
        response: { 201: householdDetail, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createHousehold(app.db, context(request), request.params.code, request.body);
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/villages/:code/households/:id',
    {
      config: { access: writers },
      schema: {
        tags: ['population'],
        summary:
          'Change a household: only the fields sent change (null clears one); audited before and after',
        params: record,
        body: householdFields,
        response: { 200: householdDetail, ...errors },
      },
    },
    (request) =>
      updateHousehold(app.db, context(request), request.params.code, request.params.id, request.body),
  );

  app.delete(
    '/api/villages/:code/households/:id',
    {
      config: { access: writers },
      schema: {
        tags: ['population'],
        summary:
          'Delete a household registered by mistake: only while no family card (active or replaced) is under its roof; audited with its fields',
        params: record,
        response: { 204: z.null(), ...errors, 409: problemSchema },
      },
    },
    async (request, reply) => {
      await deleteHousehold(app.db, context(request), request.params.code, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/villages/:code/families/:id/household',
    {
      config: { access: writers },
      schema: {
        tags: ['population'],
        summary: 'Place a family under the roof of a household of its village, or of none (householdId null)',
        params: record,
        body: familyHouseholdBody,
        response: { 200: familyHouseholdResponse, ...errors },
      },
    },
    (request) =>
      setFamilyHousehold(
        app.db,
        context(request),
        request.params.code,
        request.params.id,
        request.body.householdId,
      ),
  );
};
