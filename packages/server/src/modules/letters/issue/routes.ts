import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { areaRoute } from '../../../http/route-access.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { printLetter, readLetter, readLetters, voidLetter } from './letter-service.ts';
import {
  issueBodySchema,
  letterListQuery,
  letterPageSchema,
  letterSchema,
  toLetterDto,
  voidBodySchema,
} from './schemas.ts';
import { issueLetter } from './service.ts';

const villageParams = z.object({ code: regionCodeSchema });
const letterParams = z.object({ code: regionCodeSchema, id: z.uuid() });
const refusals = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const letterIssueRoutes: FastifyPluginAsyncZod = async (app) => {
  // The subject's NIK is masked with the installation's keyed mask (platform/identifiers).
  const dto = async (row: Parameters<typeof toLetterDto>[0], code: string) =>
    toLetterDto(row, code, app.config.publicUrl, await identifierMasks(app.db));

  app.post(
    '/api/villages/:code/letters',
    {
      config: { access: areaRoute('serve_citizens') },
      schema: {
        tags: ['letters'],
        summary: 'Issue a letter for a resident of the village: numbered, signer resolved, data copied in',
        params: villageParams,
        body: issueBodySchema,
        response: { 201: letterSchema, ...refusals, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const row = await issueLetter(
        app.db,
        contextOf(request),
        request.params.code,
        request.body,
        app.config.letterKeyDir,
      );
      return reply.code(201).send(await dto(row, request.params.code));
    },
  );

  app.get(
    '/api/villages/:code/letters',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['letters'],
        summary: "The village's issued letters, newest first; NIK masked",
        params: villageParams,
        querystring: letterListQuery,
        response: { 200: letterPageSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const { code } = request.params;
      const page = await readLetters(app.db, contextOf(request), code, request.query);
      const masks = await identifierMasks(app.db);
      return {
        items: page.items.map((row) => toLetterDto(row, code, app.config.publicUrl, masks)),
        total: page.total,
        limit: request.query.limit,
        offset: request.query.offset,
      };
    },
  );

  app.get(
    '/api/villages/:code/letters/:id',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['letters'],
        summary: 'One issued letter; NIK masked',
        params: letterParams,
        response: { 200: letterSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) =>
      dto(
        await readLetter(app.db, contextOf(request), request.params.code, request.params.id),
        request.params.code,
      ),
  );

  app.get(
    '/api/villages/:code/letters/:id/pdf',
    {
      config: { access: areaRoute('read'), rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['letters'],
        summary: 'The letter as PDF (whole NIK as issued; each download audited)',
        params: letterParams,
        produces: ['application/pdf'],
        response: { 200: z.any().describe('the PDF file'), ...refusals },
      },
    },
    async (request, reply) => {
      const { code, id } = request.params;
      const file = await printLetter(app.db, contextOf(request), code, id, app.config.publicUrl);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  app.post(
    '/api/villages/:code/letters/:id/void',
    {
      config: { access: areaRoute('serve_citizens') },
      schema: {
        tags: ['letters'],
        summary: 'Void an issued letter with a reason; it keeps its number',
        params: letterParams,
        body: voidBodySchema,
        response: { 200: letterSchema, ...refusals, 409: problemSchema },
      },
    },
    async (request) => {
      const { code, id } = request.params;
      return dto(await voidLetter(app.db, contextOf(request), code, id, request.body.reason), code);
    },
  );
};
