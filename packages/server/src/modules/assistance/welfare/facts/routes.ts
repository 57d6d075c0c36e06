// Welfare facts (Regsosek 2022 sections IV and V): one resident's and one family's answers, read by whoever may
// read the area and replaced by the village's own staff (areaRoute confines each to its region).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../../../http/route-access.ts';
import { contextOf } from '../../../../platform/request-context.ts';
import { regionCodeSchema } from '../../../regions/schemas.ts';
import {
  familyWelfareBody,
  familyWelfareResponse,
  memberWelfareBody,
  memberWelfareResponse,
} from './schemas.ts';
import { familyWelfare, memberWelfare, saveFamilyWelfare, saveMemberWelfare } from './service.ts';

const record = z.object({ code: regionCodeSchema, id: z.uuid() });
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const welfareFactRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/villages/:code/residents/:id/welfare',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['assistance'],
        summary: "A resident's Regsosek 2022 section IV answers (school, work, business, health, protection)",
        params: record,
        response: { 200: memberWelfareResponse, ...errors },
      },
    },
    (request) => memberWelfare(app.db, actorOf(request), request.params.code, request.params.id),
  );

  app.put(
    '/api/villages/:code/residents/:id/welfare',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags: ['assistance'],
        summary:
          "Replace a resident's section IV answers (fields left out are cleared), checked against the form's follow-up rules; audited",
        params: record,
        body: memberWelfareBody,
        response: { 200: memberWelfareResponse, ...errors },
      },
    },
    (request) =>
      saveMemberWelfare(app.db, contextOf(request), request.params.code, request.params.id, request.body),
  );

  app.get(
    '/api/villages/:code/families/:id/welfare',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['assistance'],
        summary: "A family's Regsosek 2022 section V answers (assets, land, livestock, internet, account)",
        params: record,
        response: { 200: familyWelfareResponse, ...errors },
      },
    },
    (request) => familyWelfare(app.db, actorOf(request), request.params.code, request.params.id),
  );

  app.put(
    '/api/villages/:code/families/:id/welfare',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags: ['assistance'],
        summary: "Replace a family's section V answers (fields left out are cleared); audited",
        params: record,
        body: familyWelfareBody,
        response: { 200: familyWelfareResponse, ...errors },
      },
    },
    (request) =>
      saveFamilyWelfare(app.db, contextOf(request), request.params.code, request.params.id, request.body),
  );
};
