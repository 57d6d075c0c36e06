// Program routes: the list and one program for every reader of an area; creating and changing for whoever
// decides the program (service and access.ts decide per program).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { areaRoute, grantedRoute } from '../../../http/route-access.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import {
  cyclesInput,
  exclusionsInput,
  programChange,
  programListQuery,
  programSchema,
  programSummarySchema,
  quotasInput,
  regencyProgramInput,
  villageProgramInput,
} from './schemas.ts';
import * as service from './service.ts';

const tags = ['assistance'];
const idParams = z.object({ id: z.uuid() });
const refusals = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const programRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assistance/programs',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary:
          "Programs seen from an area (the regency's and the area's villages' own) with open enrolments there",
        querystring: programListQuery,
        response: { 200: z.array(programSummarySchema), ...refusals },
      },
    },
    (request) => service.listProgramsFor(app.db, contextOf(request), request.query),
  );

  app.get(
    '/api/assistance/programs/:id',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary: 'A program with its cycles, quotas and the programs it excludes',
        params: idParams,
        response: { 200: programSchema, ...refusals },
      },
    },
    (request) => service.readProgram(app.db, contextOf(request), request.params.id),
  );

  app.post(
    '/api/assistance/programs',
    {
      config: { access: grantedRoute('decide_assistance') },
      schema: {
        tags,
        summary: 'Create a national, province or regency program (Dinas Sosial)',
        body: regencyProgramInput,
        response: { 201: programSchema, 409: problemSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.createRegencyProgram(
            app.db,
            contextOf(request),
            app.config.regencyCode,
            request.body,
          ),
        ),
  );

  app.post(
    '/api/villages/:code/assistance/programs',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags,
        summary: "Create a village's own program (Dana Desa, a partner's)",
        params: z.object({ code: regionCodeSchema }),
        body: villageProgramInput,
        response: { 201: programSchema, 409: problemSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.createVillageProgram(app.db, contextOf(request), request.params.code, request.body),
        ),
  );

  app.patch(
    '/api/assistance/programs/:id',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags,
        summary: 'Change a program, or end it (active: false)',
        description:
          "A village's own program: its staff. A regency-run program: Dinas Sosial (decide_assistance).",
        params: idParams,
        body: programChange,
        response: { 200: programSchema, ...refusals },
      },
    },
    (request) => service.changeProgram(app.db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/assistance/programs/:id/cycles',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags,
        summary:
          "Add a year's cycles from the program's cycle (12 months, 4 tranches, the year, the next round)",
        params: idParams,
        body: cyclesInput,
        response: { 200: programSchema, ...refusals },
      },
    },
    (request) => service.addCycles(app.db, contextOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/assistance/programs/:id/quotas',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags,
        summary: "Set the program's quotas per district or village (replaces them all)",
        params: idParams,
        body: quotasInput,
        response: { 200: programSchema, ...refusals },
      },
    },
    (request) => service.setQuotas(app.db, contextOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/assistance/programs/:id/exclusions',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags,
        summary: 'Set the programs this one may not be received with (replaces them all)',
        params: idParams,
        body: exclusionsInput,
        response: { 200: programSchema, ...refusals },
      },
    },
    (request) => service.setExclusions(app.db, contextOf(request), request.params.id, request.body),
  );
};
