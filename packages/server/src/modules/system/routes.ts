import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicRoute } from '../../http/route-access.ts';
import { findRegion } from '../regions/queries.ts';
import { readDeployment } from './queries.ts';

const version = '0.1.0';

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/config',
    {
      config: { access: publicRoute(), rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['system'],
        summary: 'What this deployment serves: its regency, and whether its data is synthetic demo data',
        response: {
          200: z.object({
            regencyCode: z.string(),
            regencyName: z.string(),
            demoData: z.boolean(),
            /** The embedded database (PGlite): one connection, so a long save holds other requests. */
            embeddedDatabase: z.boolean(),
            version: z.string(),
          }),
        },
      },
    },
    async () => {
      const deployment = await readDeployment(app.db);
      const regency = await findRegion(app.db, deployment.regency_code);
      return {
        regencyCode: deployment.regency_code,
        regencyName: regency?.name ?? deployment.regency_code,
        demoData: deployment.demo_data,
        embeddedDatabase: app.dbKind === 'pglite',
        version,
      };
    },
  );
};
