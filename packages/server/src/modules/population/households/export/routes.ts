// Household export (XLSX or CSV) with the household list's filters, for anyone who may read the area.
import type { FastifyPluginAsync } from 'fastify';
import { actorOf } from '../../../../http/route-access.ts';
import { exportRoute } from '../../../../platform/exports/export-route.ts';
import { householdExportQuery } from './schemas.ts';
import { exportHouseholds } from './service.ts';

export const householdExportRoutes: FastifyPluginAsync = async (app) => {
  exportRoute(app, {
    url: '/api/population/households/export',
    tags: ['population export'],
    summary:
      "Households of a region (the caller's area by default) with the household list's filters, as XLSX or CSV: address, head (NIK masked), families, members, map pin and Regsosek housing facts as code and label",
    querystring: householdExportQuery,
    build: (request) => exportHouseholds(app.db, actorOf(request), request.query),
  });
};
