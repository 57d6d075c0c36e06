// Enrolment routes. Reads: everyone who reads the village (or the area, for a program's recipients). Writes:
// declared for the area's readers and decided per program in the service (programs/access.ts): the village's
// staff enrol in its own programs and propose for the regency's; Dinas Sosial enrols in the regency's.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { areaRoute } from '../../../http/route-access.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { programRecipients, unitEnrolments } from './lists.ts';
import {
  detailsChangeInput,
  enrolInput,
  enrolmentParams,
  enrolmentSchema,
  enrolmentSummarySchema,
  recipientsPage,
  recipientsQuery,
  statusChangeInput,
  unitParams,
  villageParams,
} from './schemas.ts';
import * as service from './service.ts';

const tags = ['assistance'];
const refusals = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const enrolmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/villages/:code/assistance/enrolments',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags,
        summary: 'Enrol a resident, family or household in a program, or propose one',
        params: villageParams,
        body: enrolInput,
        response: { 201: enrolmentSchema, 409: problemSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.enrol(app.db, contextOf(request), request.params.code, request.body)),
  );

  app.get(
    '/api/villages/:code/assistance/enrolments/:id',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary: 'An enrolment with its history',
        params: enrolmentParams,
        response: { 200: enrolmentSchema, ...refusals },
      },
    },
    (request) => service.readEnrolment(app.db, contextOf(request), request.params.code, request.params.id),
  );

  app.post(
    '/api/villages/:code/assistance/enrolments/:id/status',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags,
        summary: 'Verify, activate, suspend or end an enrolment (an exit needs its reason)',
        params: enrolmentParams,
        body: statusChangeInput,
        response: { 200: enrolmentSchema, 409: problemSchema, ...refusals },
      },
    },
    (request) =>
      service.changeStatus(app.db, contextOf(request), request.params.code, request.params.id, request.body),
  );

  app.patch(
    '/api/villages/:code/assistance/enrolments/:id',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags,
        summary: "Change an open enrolment's card number or dates",
        params: enrolmentParams,
        body: detailsChangeInput,
        response: { 200: enrolmentSchema, ...refusals },
      },
    },
    (request) =>
      service.changeDetails(app.db, contextOf(request), request.params.code, request.params.id, request.body),
  );

  app.get(
    '/api/assistance/programs/:id/recipients',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary: "A program's recipients in an area (masked identifiers), by village and name",
        params: z.object({ id: z.uuid() }),
        querystring: recipientsQuery,
        response: { 200: recipientsPage, ...refusals },
      },
    },
    (request) => programRecipients(app.db, contextOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/villages/:code/assistance/units/:unitType/:unitId',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary:
          "The programs a resident, family or household receives (its own, its family's, its household's)",
        params: unitParams,
        response: { 200: z.array(enrolmentSummarySchema), ...refusals },
      },
    },
    (request) => unitEnrolments(app.db, contextOf(request), request.params),
  );
};
