// Scoring models (read by every reader, weights set by Dinas Sosial) and a household's welfare panel.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../../../http/problem-schema.ts';
import { areaRoute, grantedRoute } from '../../../../http/route-access.ts';
import { contextOf } from '../../../../platform/request-context.ts';
import { householdWelfare } from './household-service.ts';
import { readModels, setWeights } from './model-service.ts';
import {
  householdRecordParams,
  householdWelfareResponse,
  modelKindParams,
  weightsBody,
  welfareModelSchema,
  welfareModelsResponse,
} from './schemas.ts';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const welfareScoreRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assistance/welfare/models',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['assistance'],
        summary:
          'The welfare scoring models: the active ones and every version, with variables, points and weights',
        response: { 200: welfareModelsResponse, ...errors },
      },
    },
    async () => readModels(app.db),
  );

  app.put(
    '/api/assistance/welfare/models/:kind/weights',
    {
      config: { access: grantedRoute('decide_assistance') },
      schema: {
        tags: ['assistance'],
        summary:
          'Set weights of the active model of a kind (Dinas Sosial): makes version N+1 and activates it',
        params: modelKindParams,
        body: weightsBody,
        response: { 200: welfareModelSchema, ...errors, 409: problemSchema },
      },
    },
    async (request) =>
      setWeights(app.db, contextOf(request), app.config.regencyCode, request.params.kind, request.body),
  );

  app.get(
    '/api/villages/:code/households/:id/welfare',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['assistance'],
        summary:
          "A household's welfare scores with reasons and missing facts, and its decile in each ranking run",
        params: householdRecordParams,
        response: { 200: householdWelfareResponse, ...errors },
      },
    },
    async (request) => householdWelfare(app.db, contextOf(request), request.params.code, request.params.id),
  );
};
