// A citizen's own usul and sanggah (role citizen, NIK + PIN): the programs they may propose for, the village's
// recipients they may dispute (names masked as Cek Bansos masks them), making an item, following their own
// items (status, due time, decisions with reasons) and a photo of the house. A citizen reaches only the items
// their own account made; an item about them that someone else made is not theirs to see.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { rolesOnly } from '../../../http/route-access.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { MAX_PHOTO_BYTES } from '../../letters/requests/photo.ts';
import { addOwnHousePhoto } from './photos.ts';
import { ownItem, ownItems, programsForCitizen, recipientsForCitizen } from './read.ts';
import { citizenSubmitBody, ownItemSchema, proposableProgramSchema, recipientSchema } from './schemas.ts';
import { submitInputOf, submitOnline } from './submit.ts';
import { uploadedFile } from '../../../http/uploaded-file.ts';

const access = rolesOnly('citizen');
const tags = ['usul and sanggah'];
const refusals = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const idParams = z.object({ id: z.uuid() });

/**
 * Citizens of a village often share one carrier address, so making items is limited per session and address
 * (the session cookie's token, kept only in the limiter's memory), not per address alone: one neighbour's
 * items never stop another's.
 */
const perSession = (request: FastifyRequest) =>
  `${/(?:^|;\s*)sk_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1] ?? ''}|${request.ip}`;

export const citizenProposalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/me/assistance/programs',
    {
      config: { access },
      schema: {
        tags,
        summary: 'The programs a citizen may propose a family of their village for',
        response: { 200: z.object({ items: z.array(proposableProgramSchema) }), ...refusals },
      },
    },
    async (request) => ({ items: await programsForCitizen(app.db, contextOf(request)) }),
  );

  app.get(
    '/api/me/assistance/recipients',
    {
      config: { access, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: "The current recipients of the citizen's village (names masked), to choose whom to dispute",
        querystring: z.object({ programId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(recipientSchema) }), ...refusals },
      },
    },
    async (request) => ({
      items: await recipientsForCitizen(app.db, contextOf(request), request.query.programId),
    }),
  );

  app.get(
    '/api/me/assistance/proposals',
    {
      config: { access },
      schema: {
        tags,
        summary: "The citizen's own usul and sanggah, newest first, with status, due time and decisions",
        response: { 200: z.object({ items: z.array(ownItemSchema) }), ...refusals },
      },
    },
    async (request) => ({ items: await ownItems(app.db, contextOf(request)) }),
  );

  app.post(
    '/api/me/assistance/proposals',
    {
      config: { access, rateLimit: { max: 20, timeWindow: '1 hour', keyGenerator: perSession } },
      schema: {
        tags,
        summary:
          'Propose a family of one’s village for a program (usul) or dispute a current recipient (sanggah)',
        body: citizenSubmitBody,
        response: { 201: ownItemSchema, ...refusals, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const { id } = await submitOnline(app.db, contextOf(request), submitInputOf(request.body));
      return reply.code(201).send(await ownItem(app.db, contextOf(request), id));
    },
  );

  app.get(
    '/api/me/assistance/proposals/:id',
    {
      config: { access },
      schema: {
        tags,
        summary: "One of the citizen's own items",
        params: idParams,
        response: { 200: ownItemSchema, ...refusals },
      },
    },
    (request) => ownItem(app.db, contextOf(request), request.params.id),
  );

  app.post(
    '/api/me/assistance/proposals/:id/photos',
    {
      config: { access, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'A photo of the house proposed (JPEG or PNG, resized on the phone; at most 3 MB), multipart "file"',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: ownItemSchema, ...refusals, 409: problemSchema, 413: problemSchema },
      },
    },
    async (request, reply) => {
      const content = await uploadedFile(request, 'ATTACHMENT_MISSING', MAX_PHOTO_BYTES);
      await addOwnHousePhoto(app.db, contextOf(request), request.params.id, content);
      return reply.code(201).send(await ownItem(app.db, contextOf(request), request.params.id));
    },
  );
};
