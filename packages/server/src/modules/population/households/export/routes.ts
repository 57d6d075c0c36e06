// Household export (XLSX or CSV) with the household list's filters, for anyone who may read the area.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../../../http/route-access.ts';
import { householdExportQuery } from './schemas.ts';
import { exportHouseholds } from './service.ts';

export const householdExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/population/households/export',
    {
      // Like the resident export: per address, as building the file is the expensive part.
      config: { access: areaRoute('read'), rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['population export'],
        summary:
          "Households of a region (the caller's area by default) with the household list's filters, as XLSX or CSV: address, head (NIK masked), families, members, map pin and Regsosek housing facts as code and label",
        querystring: householdExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
        response: {
          200: z.any().describe('the file'),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const file = await exportHouseholds(app.db, actorOf(request), request.query);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-total-count', String(file.count))
        .send(file.body);
    },
  );
};
