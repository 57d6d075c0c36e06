// The by-name-by-address list of a program (BNBA) for whoever may read the area: XLSX, CSV or PDF; and an
// area's OpenDK program exchange (opendk/).
import type { FastifyPluginAsync } from 'fastify';
import { actorOf } from '../../../http/route-access.ts';
import { exportRoute } from '../../../platform/exports/export-route.ts';
import { bnbaParamsSchema, bnbaQuerySchema } from './schemas.ts';
import { exportBnba } from './service.ts';
import { opendkExportQuerySchema } from './opendk/schemas.ts';
import { exportOpendkPrograms } from './opendk/service.ts';

export const assistanceExportRoutes: FastifyPluginAsync = async (app) => {
  exportRoute(app, {
    url: '/api/assistance/programs/:programId/bnba',
    tags: ['assistance export'],
    summary:
      "A program's recipients by name and address in an area (XLSX, CSV or landscape PDF). NIK/KK masked unless full=true with a reason (those who may write the area; audited)",
    querystring: bnbaQuerySchema,
    params: bnbaParamsSchema,
    build: (request) =>
      exportBnba(
        app.db,
        actorOf(request),
        (request.params as { programId: string }).programId,
        request.query,
        {
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        },
      ),
  });
  exportRoute(app, {
    url: '/api/assistance/opendk-export',
    tags: ['assistance export'],
    summary:
      "OpenDK's program exchange for an area: a zip of the programs CSV and the participants CSV (UTF-8 with a BOM). NIK/KK masked unless full=true with a reason (those who may write the area; audited)",
    querystring: opendkExportQuerySchema,
    build: (request) =>
      exportOpendkPrograms(app.db, actorOf(request), request.query, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      }),
  });
};
