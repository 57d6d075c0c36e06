// The OpenDK export route: a village's residents as the zip its district's OpenDK imports. Identifiers go
// in full, so only those who may write the village reach it, with a reason (audited).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { say } from '../../../../http/field-messages.ts';
import { problemSchema } from '../../../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../../../http/route-access.ts';
import { villageParams } from '../../../../platform/imports/schemas.ts';
import { exportOpendkZip } from './service.ts';

const opendkExportQuery = z.object({
  reason: z
    .string({ error: say('EXPORT_REASON') })
    .trim()
    .min(5, say('EXPORT_REASON'))
    .max(300),
});

export const opendkExportRoutes: FastifyPluginAsync = async (app) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/villages/:code/exports/opendk-residents',
    {
      config: { access: areaRoute('write'), rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['population export'],
        summary:
          "The village's residents as the zip OpenSID sends to OpenDK (penduduk_<date>_opendk.zip: one .xlsx with OpenDK's columns, every status, NIK and KK in full). Village writers only, with a reason; audited",
        params: villageParams,
        querystring: opendkExportQuery,
        produces: ['application/zip'],
        response: {
          200: z.any().describe('the zip'),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const file = await exportOpendkZip(
        app.db,
        actorOf(request),
        request.params.code,
        request.query.reason,
        {
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        },
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-total-count', String(file.count))
        .send(file.body);
    },
  );
};
