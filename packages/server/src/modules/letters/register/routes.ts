import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { areaRoute } from '../../../http/route-access.ts';
import { exportRoute } from '../../../platform/exports/export-route.ts';
import { exportFormat } from '../../../platform/exports/sheet-export.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { readRegister, registerPdf, registerSheet } from './service.ts';

const params = z.object({ code: regionCodeSchema });
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2200) });

const entrySchema = z.object({
  no: z.number().int(),
  number: z.string(),
  letterDate: z.string(),
  typeName: z.string(),
  subjectName: z.string(),
  signer: z.string(),
  status: z.enum(['issued', 'void']),
  voidReason: z.string().nullable(),
});

export const letterRegisterRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/villages/:code/letter-register',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['letters'],
        summary:
          "The village's outgoing-letter register (buku agenda surat keluar) of a year, voided letters marked",
        params,
        querystring: yearQuery,
        response: {
          200: z.object({ year: z.number().int(), entries: z.array(entrySchema) }),
          400: problemSchema,
          401: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => ({
      year: request.query.year,
      entries: (await readRegister(app.db, contextOf(request), request.params.code, request.query.year))
        .entries,
    }),
  );

  exportRoute(app, {
    url: '/api/villages/:code/letter-register/export',
    tags: ['letters'],
    summary: 'The outgoing-letter register of a year as XLSX or CSV',
    params,
    querystring: yearQuery.extend({ format: exportFormat }),
    build: (request) => {
      const { code } = request.params as z.infer<typeof params>;
      return registerSheet(app.db, contextOf(request), code, request.query.year, request.query.format);
    },
  });

  app.get(
    '/api/villages/:code/letter-register/pdf',
    {
      config: { access: areaRoute('read'), rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['letters'],
        summary: 'The outgoing-letter register of a year as a PDF book (A4 landscape)',
        params,
        querystring: yearQuery,
        produces: ['application/pdf'],
        response: {
          200: z.any().describe('the PDF file'),
          400: problemSchema,
          401: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const file = await registerPdf(app.db, contextOf(request), request.params.code, request.query.year);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
};
