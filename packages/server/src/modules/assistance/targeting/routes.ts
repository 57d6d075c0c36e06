// Targeting routes (issue 12 §3; the programs with their eligibility are the programs module's list): counts per child area, the exclusion,
// inclusion and incomplete lists, the what-if, saving the eligibility, and duplicates and stale records.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../../http/route-access.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { duplicatesQuery, duplicatesResponse } from './duplicates-schemas.ts';
import { duplicateRecords } from './duplicates-service.ts';
import {
  areaQuery,
  countsResponse,
  eligibilityResponse,
  eligibilitySchema,
  listParams,
  listQuery,
  listResponse,
  programParams,
  whatIfBody,
  whatIfResponse,
} from './schemas.ts';
import { saveEligibility, targetingCounts, targetingList, whatIf } from './service.ts';
import { TargetingRefresher } from './stored/refresher.ts';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['assistance'];

export const targetingRoutes: FastifyPluginAsyncZod = async (app) => {
  // Keeps the stored counts the poverty map reads current (stored/refresher.ts); started by the server.
  const refresher = TargetingRefresher.for(app.db, app.log, app.config.regencyCode);
  app.addHook('onClose', () => refresher.idle());

  app.get(
    '/api/assistance/programs/:programId/targeting',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary:
          "A program's eligible, enrolled, excluded (eligible, not enrolled), included (enrolled, not eligible) and incomplete units per child area of a region (the caller's area by default), from the stored counts: villages changed since their count are shown as last counted and flagged while they are recounted",
        params: programParams,
        querystring: areaQuery,
        response: { 200: countsResponse, 409: problemSchema, ...errors },
      },
    },
    (request) => targetingCounts(app.db, actorOf(request), request.params.programId, request.query.region),
  );

  app.get(
    '/api/assistance/programs/:programId/targeting/:list',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary:
          'One targeting list of a program in a region, poorest first, every row with its reasons; paged',
        params: listParams,
        querystring: listQuery,
        response: { 200: listResponse, 409: problemSchema, ...errors },
      },
    },
    (request) =>
      targetingList(app.db, actorOf(request), request.params.programId, request.params.list, request.query),
  );

  app.post(
    '/api/assistance/programs/:programId/targeting/what-if',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary: 'The counts and the first page of each list under a draft eligibility; nothing is saved',
        params: programParams,
        querystring: areaQuery,
        body: whatIfBody,
        response: { 200: whatIfResponse, 409: problemSchema, ...errors },
      },
    },
    (request) =>
      whatIf(
        app.db,
        actorOf(request),
        request.params.programId,
        request.query.region,
        request.body.eligibility,
      ),
  );

  app.put(
    '/api/assistance/programs/:programId/eligibility',
    {
      config: { access: areaRoute('decide_assistance') },
      schema: {
        tags,
        summary:
          "Sets a program's eligibility (regency and national programs: the social-affairs agency; a village's program: its village); audited",
        params: programParams,
        body: eligibilitySchema,
        response: { 200: eligibilityResponse, ...errors },
      },
    },
    (request) =>
      saveEligibility(app.db, actorOf(request), contextOf(request), request.params.programId, request.body),
  );

  app.get(
    '/api/assistance/targeting/duplicates',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary:
          'Duplicates and stale records of open enrolments in a region: one person reached twice in a program, a household in two programs that exclude each other, a recipient who died or moved out; paged, with counts',
        querystring: duplicatesQuery,
        response: { 200: duplicatesResponse, ...errors },
      },
    },
    (request) => duplicateRecords(app.db, actorOf(request), request.query),
  );
};
