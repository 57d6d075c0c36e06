import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { areaRoute } from '../../../http/route-access.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { editableTemplateSchema, previewBodySchema, templateEditSchema } from './schemas.ts';
import { previewTemplate, readTemplate, resetTemplate, saveTemplate } from './service.ts';

const params = z.object({ code: regionCodeSchema, type: z.string().max(80) });
const refusals = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const letterTemplateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/villages/:code/letter-types/:type/template',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['letters'],
        summary: "A letter type's template as the village uses it, and the catalogue's",
        params,
        response: { 200: editableTemplateSchema, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => readTemplate(app.db, contextOf(request), request.params.code, request.params.type),
  );

  app.put(
    '/api/villages/:code/letter-types/:type/template',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags: ['letters'],
        summary: "Save the village's template of a letter type (checked: placeholders, title, margins)",
        params,
        body: templateEditSchema,
        response: { 200: editableTemplateSchema, ...refusals },
      },
    },
    async (request) =>
      saveTemplate(app.db, contextOf(request), request.params.code, request.params.type, request.body),
  );

  app.delete(
    '/api/villages/:code/letter-types/:type/template',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags: ['letters'],
        summary: "Reset the letter type's template to the catalogue's",
        params,
        response: { 200: editableTemplateSchema, ...refusals },
      },
    },
    async (request) => resetTemplate(app.db, contextOf(request), request.params.code, request.params.type),
  );

  app.post(
    '/api/villages/:code/letter-types/:type/preview',
    {
      config: { access: areaRoute('write'), rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['letters'],
        summary: 'The PDF a draft template would print, marked CONTOH; issues, numbers and signs nothing',
        params,
        body: previewBodySchema,
        produces: ['application/pdf'],
        response: { 200: z.any().describe('the PDF file'), ...refusals },
      },
    },
    async (request, reply) => {
      const pdf = await previewTemplate(
        app.db,
        contextOf(request),
        request.params.code,
        request.params.type,
        request.body,
        { masks: await identifierMasks(app.db), publicUrl: app.config.publicUrl },
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="contoh-surat.pdf"')
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
