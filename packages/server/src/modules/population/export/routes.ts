// Resident export in OpenSID's import template (xlsx or CSV), for anyone who may read the area.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../../http/route-access.ts';
import { exportQuerySchema } from './schemas.ts';
import { exportResidents } from './service.ts';

export const populationExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/population/residents/export',
    {
      // Per address: a village office shares one; building a file is the expensive part, not the request.
      config: { access: areaRoute('read'), rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['population export'],
        summary:
          'Residents of a region as the OpenSID "Data Penduduk" sheet (43 columns). NIK/KK masked unless full=true with a reason (village head/operator, regency admin; audited)',
        querystring: exportQuerySchema,
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
      const file = await exportResidents(app.db, actorOf(request), request.query, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-total-count', String(file.count))
        .send(file.body);
    },
  );
};
