// The citizen's own letter requests (role citizen, NIK + PIN): the types they may request, their requests,
// making one for themselves or a family member, photos of the requirements, cancelling, and the signed PDF.
import multipart from '@fastify/multipart';
import { letterRequirements, type LetterTemplate } from '@smart-kampung/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, rolesOnly } from '../../../http/route-access.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { addOwnAttachment, cancelOwnRequest, downloadOwnLetter, ownRequest, ownRequests } from './citizen.ts';
import { MAX_PHOTO_BYTES } from './photo.ts';
import * as q from './queries.ts';
import { newRequestBody, requestSchema, toRequestDto } from './schemas.ts';
import { createOnlineRequest, requestableTypes } from './service.ts';
import { uploadedFile } from '../../../http/uploaded-file.ts';

const access = rolesOnly('citizen');
const tags = ['letter requests'];
const refusals = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const idParams = z.object({ id: z.uuid() });

const fieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  type: z.string(),
  required: z.boolean(),
  options: z.array(z.string()).optional(),
});

export const citizenLetterRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 2, parts: 3 } });
  const masks = () => identifierMasks(app.db);

  /** The citizen's own request as they see it: the NIK masked, no steps for them but cancel. */
  const own = async (request: Parameters<typeof contextOf>[0], id: string) => {
    const { villageCode, row } = await ownRequest(app.db, contextOf(request), id);
    const attachments = await q.listAttachments(app.db, villageCode, id);
    const open = ['requested', 'checked', 'verified'].includes(row.status);
    return toRequestDto(row, await masks(), new Date(), { attachments, actions: open ? ['cancel'] : [] });
  };

  app.get(
    '/api/me/letter-types',
    {
      config: { access },
      schema: {
        tags,
        summary:
          'The letters a citizen may request online in their village, with their fields and requirements',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                serviceDays: z.number().int(),
                fields: z.array(fieldSchema),
                requirements: z.array(z.string()),
              }),
            ),
          }),
          ...refusals,
        },
      },
    },
    async (request) => ({
      items: (await requestableTypes(app.db, actorOf(request))).map((type) => ({
        code: type.code,
        name: type.name,
        serviceDays: type.service_days,
        fields: (type.template as LetterTemplate).fields,
        requirements: [...letterRequirements(type.code)],
      })),
    }),
  );

  app.get(
    '/api/me/letter-requests',
    {
      config: { access },
      schema: {
        tags,
        summary: "The citizen's own letter requests, newest first, with status and due time",
        response: { 200: z.object({ items: z.array(requestSchema) }), ...refusals },
      },
    },
    async (request) => {
      const rows = await ownRequests(app.db, contextOf(request));
      const m = await masks();
      const now = new Date();
      return { items: rows.map((row) => toRequestDto(row, m, now)) };
    },
  );

  app.post(
    '/api/me/letter-requests',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Request a letter online for oneself or a member of one’s own family card',
        body: newRequestBody,
        response: { 201: requestSchema, ...refusals, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const { id } = await createOnlineRequest(app.db, contextOf(request), request.body);
      return reply.code(201).send(await own(request, id));
    },
  );

  app.get(
    '/api/me/letter-requests/:id',
    {
      config: { access },
      schema: {
        tags,
        summary: "One of the citizen's own requests",
        params: idParams,
        response: { 200: requestSchema, ...refusals },
      },
    },
    (request) => own(request, request.params.id),
  );

  app.post(
    '/api/me/letter-requests/:id/cancel',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Cancel one’s own request while it is open',
        params: idParams,
        response: { 200: requestSchema, ...refusals, 409: problemSchema },
      },
    },
    async (request) => {
      await cancelOwnRequest(app.db, contextOf(request), request.params.id);
      return own(request, request.params.id);
    },
  );

  app.post(
    '/api/me/letter-requests/:id/attachments',
    {
      config: { access, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'A photo of a requirement (JPEG or PNG, resized on the phone; at most 3 MB), multipart "file"',
        params: idParams,
        querystring: z.object({ requirement: z.string().min(1).max(40) }),
        consumes: ['multipart/form-data'],
        response: { 201: requestSchema, ...refusals, 409: problemSchema, 413: problemSchema },
      },
    },
    async (request, reply) => {
      const content = await uploadedFile(request, 'ATTACHMENT_MISSING');
      await addOwnAttachment(
        app.db,
        contextOf(request),
        request.params.id,
        request.query.requirement,
        content,
      );
      return reply.code(201).send(await own(request, request.params.id));
    },
  );

  app.get(
    '/api/me/letter-requests/:id/pdf',
    {
      config: { access, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'The signed letter of one’s own request as PDF (audited; the first download marks it collected)',
        params: idParams,
        produces: ['application/pdf'],
        response: { 200: z.any().describe('the PDF file'), ...refusals, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const file = await downloadOwnLetter(
        app.db,
        contextOf(request),
        request.params.id,
        app.config.publicUrl,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
};
