import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../http/problem.ts';
import { problemSchema } from '../../http/problem-schema.ts';
import { publicRoute } from '../../http/route-access.ts';

// Monitors poll this from one address, often several behind one NAT, so its limit is far above other public
// routes' (HEALTH_RATE_LIMIT_PER_MINUTE, default 600). It stays limited, and it is cheap to answer: a
// SELECT 1 on PostgreSQL (the embedded database only needs its worker up), no session, a small fixed answer,
// so an attacker gains nothing by calling it.
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: {
        access: publicRoute(),
        rateLimit: { max: app.config.healthChecksPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: {
          200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) }),
          503: problemSchema,
        },
      },
    },
    async () => {
      await app.dbPing().catch(() => {
        throw new AppError('DATABASE_UNAVAILABLE');
      });
      return { status: 'ok' as const, db: app.dbKind };
    },
  );
};
