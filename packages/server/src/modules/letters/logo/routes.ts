import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { areaRoute } from '../../../http/route-access.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { LOGO_MAX_BYTES, readLogo, removeLogo, uploadLogo } from './service.ts';

const params = z.object({ code: regionCodeSchema });
const logoSchema = z.object({
  sha256: z.string(),
  mediaType: z.enum(['image/png', 'image/jpeg']),
  width: z.number().int(),
  height: z.number().int(),
  uploadedAt: z.string(),
});
const refusals = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const letterLogoRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: LOGO_MAX_BYTES, files: 1, fields: 2, parts: 3 } });

  app.put(
    '/api/villages/:code/letter-logo',
    {
      config: { access: areaRoute('write'), rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['letters'],
        summary: 'The village\'s letterhead logo (PNG or JPEG up to 256 KB, multipart field "file")',
        consumes: ['multipart/form-data'],
        params,
        response: { 200: logoSchema, ...refusals, 413: problemSchema },
      },
    },
    async (request) => uploadLogo(app.db, contextOf(request), request.params.code, request),
  );

  app.get(
    '/api/villages/:code/letter-logo',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['letters'],
        summary: "The village's current letterhead logo, as the image",
        params,
        produces: ['image/png', 'image/jpeg'],
        response: { 200: z.any().describe('the image'), 401: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const logo = await readLogo(app.db, contextOf(request), request.params.code);
      return reply
        .type(logo.media_type)
        .header('cache-control', 'private, no-cache')
        .header('etag', `"${logo.sha256}"`)
        .send(Buffer.from(logo.image));
    },
  );

  app.delete(
    '/api/villages/:code/letter-logo',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags: ['letters'],
        summary: 'Remove the letterhead logo; letters already issued keep theirs',
        params,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      await removeLogo(app.db, contextOf(request), request.params.code);
      return reply.code(204).send(null);
    },
  );
};
