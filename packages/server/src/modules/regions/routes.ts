import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../http/problem.ts';
import { problemSchema } from '../../http/problem-schema.ts';
import { signedIn } from '../../http/route-access.ts';
import { findChildren, findRegion } from './queries.ts';
import { regionCodeSchema, regionSchema, toRegionDto } from './schemas.ts';

// Regions are public reference data (Kemendagri codes), readable by every signed-in user whatever their area.
export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/regions/:code',
    {
      config: { access: signedIn() },
      schema: {
        tags: ['regions'],
        summary: 'One administrative region by its Kemendagri code',
        params: z.object({ code: regionCodeSchema }),
        response: { 200: regionSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const row = await findRegion(app.db, request.params.code);
      if (!row) throw new AppError('REGION_NOT_FOUND');
      return toRegionDto(row);
    },
  );

  app.get(
    '/api/regions/:code/children',
    {
      config: { access: signedIn() },
      schema: {
        tags: ['regions'],
        summary: 'The regions directly below a region (districts of a regency, villages of a district)',
        params: z.object({ code: regionCodeSchema }),
        response: { 200: z.object({ items: z.array(regionSchema) }), 404: problemSchema },
      },
    },
    async (request) => {
      const region = await findRegion(app.db, request.params.code);
      if (!region) throw new AppError('REGION_NOT_FOUND');
      const rows = await findChildren(app.db, request.params.code);
      return { items: rows.map(toRegionDto) };
    },
  );
};
