// The shape every file export route shares: a GET for whoever may read the area, rate limited per address
// (building the file is the expensive part, and a village office shares one address), answering the file
// as an attachment with its record count, or a problem.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../http/problem-schema.ts';
import { areaRoute } from '../../http/route-access.ts';
import type { ExportFile } from './sheet-export.ts';

export function exportRoute<Q extends z.ZodType>(
  app: FastifyInstance,
  route: {
    url: string;
    tags: string[];
    summary: string;
    querystring: Q;
    /** Path parameters, when the URL has any (a program's list). */
    params?: z.ZodType;
    build(request: FastifyRequest<{ Querystring: z.infer<Q> }>): Promise<ExportFile>;
  },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    route.url,
    {
      config: { access: areaRoute('read'), rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: route.tags,
        summary: route.summary,
        querystring: route.querystring,
        ...(route.params ? { params: route.params } : {}),
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
      const file = await route.build(request as FastifyRequest<{ Querystring: z.infer<Q> }>);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-total-count', String(file.count))
        .send(file.body);
    },
  );
}
