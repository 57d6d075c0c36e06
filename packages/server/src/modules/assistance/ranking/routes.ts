// Regency ranking runs: start (Dinas Sosial), list, and one run's progress.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { areaRoute, grantedRoute } from '../../../http/route-access.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { RankingRunner, VILLAGES_AT_ONCE } from './runner.ts';
import { rankingRunSchema, runParams } from './schemas.ts';
import { readRun, readRuns, startRun } from './service.ts';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const rankingRoutes: FastifyPluginAsyncZod = async (app) => {
  const runner = RankingRunner.for(app.db, app.log, {
    villagesAtOnce: app.dbKind === 'postgres' ? VILLAGES_AT_ONCE : 1,
  });
  app.addHook('onClose', () => runner.idle());

  app.post(
    '/api/assistance/ranking/runs',
    {
      config: { access: grantedRoute('decide_assistance') },
      schema: {
        tags: ['assistance'],
        summary:
          'Start a regency ranking run (Dinas Sosial): recompute every village, then rank into deciles',
        response: { 202: rankingRunSchema, ...errors, 409: problemSchema },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await startRun(app.db, runner, contextOf(request), app.config.regencyCode)),
  );

  app.get(
    '/api/assistance/ranking/runs',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['assistance'],
        summary: 'Ranking runs, newest first: model version, dates, households per decile, incomplete count',
        response: { 200: z.array(rankingRunSchema), ...errors },
      },
    },
    async () => readRuns(app.db),
  );

  app.get(
    '/api/assistance/ranking/runs/:id',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['assistance'],
        summary: "One ranking run and its progress (villages recomputed of the run's steps)",
        params: runParams,
        response: { 200: rankingRunSchema, ...errors },
      },
    },
    async (request) => readRun(app.db, request.params.id),
  );
};
