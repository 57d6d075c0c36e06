// Resident export in OpenSID's import template (xlsx or CSV), for anyone who may read the area.
import type { FastifyPluginAsync } from 'fastify';
import { actorOf } from '../../../http/route-access.ts';
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
};
