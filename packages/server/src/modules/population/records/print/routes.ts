// Print routes: GET answers the PDF with masked identifiers (not audited); POST with a reason answers it
// with whole identifiers (audited). For whoever may read the area; rate limited per address, since
// rendering a PDF is the expensive part.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { problemSchema } from '../../../../http/problem-schema.ts';
import { areaRoute } from '../../../../http/route-access.ts';
import { contextOf } from '../../../../platform/request-context.ts';
import { regionCodeSchema } from '../../../regions/schemas.ts';
import { revealBody } from '../schemas.ts';
import { printBiodata, printFamilyCard, renderPrintout, type PrintedFile } from './service.ts';

const villageRecord = z.object({ code: regionCodeSchema, id: z.uuid() });
const config = { access: areaRoute('read'), rateLimit: { max: 30, timeWindow: '1 minute' } };
const response = {
  200: z.any().describe('the PDF file'),
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
};

/** Inline, so the browser opens its PDF viewer with a print button; never cached (personal data). */
function sendPdf(reply: FastifyReply, file: PrintedFile) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

export const populationPrintRoutes: FastifyPluginAsyncZod = async (app) => {
  const printRoutes = (path: string, what: string, print: typeof printFamilyCard) => {
    app.get(
      path,
      {
        config,
        schema: {
          tags: ['population'],
          summary: `${what} as PDF, identifiers masked (not audited)`,
          params: villageRecord,
          produces: ['application/pdf'],
          response,
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await renderPrintout(print(app.db, contextOf(request), request.params.code, request.params.id)),
        ),
    );
    app.post(
      path,
      {
        config,
        schema: {
          tags: ['population'],
          summary: `${what} as PDF with whole NIK and KK numbers; the reason is audited`,
          params: villageRecord,
          body: revealBody,
          produces: ['application/pdf'],
          response,
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await renderPrintout(
            print(app.db, contextOf(request), request.params.code, request.params.id, request.body.reason),
          ),
        ),
    );
  };

  printRoutes('/api/villages/:code/families/:id/pdf', 'A family card (KK)', printFamilyCard);
  printRoutes('/api/villages/:code/residents/:id/pdf', "A resident's biodata", printBiodata);
};
