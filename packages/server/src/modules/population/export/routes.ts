// Resident export in OpenSID's import template (xlsx or CSV), for anyone who may read the area, and the empty
// template itself to fill in.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../../http/route-access.ts';
import { residentTemplateFile } from '../resident-import/template-file.ts';
import { exportRoute } from '../../../platform/exports/export-route.ts';
import { exportQuerySchema } from './schemas.ts';
import { exportResidents } from './service.ts';
import { opendkExportRoutes } from './opendk/routes.ts';

export const populationExportRoutes: FastifyPluginAsync = async (app) => {
  await app.register(opendkExportRoutes);
  exportRoute(app, {
    url: '/api/population/residents/export',
    tags: ['population export'],
    summary:
      'Residents of a region as the OpenSID "Data Penduduk" sheet (43 columns). NIK/KK masked unless full=true with a reason (those who may write the region; audited)',
    querystring: exportQuerySchema,
    build: (request) =>
      exportResidents(app.db, actorOf(request), request.query, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      }),
  });

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/population/residents/import-template',
    {
      // No personal data: like the code lists, for anyone who reads some area (the importers are its users).
      config: { access: areaRoute('read'), rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['population export'],
        summary:
          'OpenSID\'s resident import template as .xlsx: the "Data Penduduk" sheet (43 headers, lines to fill, "###" and the instructions, an example line) and the "Kode Data" sheet with every code list',
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: z.any().describe('the file'), 401: problemSchema, 403: problemSchema },
      },
    },
    async (_request, reply) =>
      reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="template-impor-penduduk-opensid.xlsx"')
        .send(await residentTemplateFile()),
  );
};
