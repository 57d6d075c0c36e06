// The village office's routes of letter requests: the queue, one request, the steps (check, verify, sign,
// collect, reject), the overdue list, requirement photos, the verification setting and the link between an
// official and their account. The citizen's own routes are citizen-routes.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { areaRoute } from '../../../http/route-access.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { readAttachment, readRequest, readRequestQueue } from './read.ts';
import {
  checkBody,
  newRequestBody,
  officialAccountBody,
  rejectBody,
  requestListQuery,
  requestPageSchema,
  requestSchema,
  signBody,
  workflowSettingSchema,
} from './schemas.ts';
import { createDeskRequest } from './service.ts';
import { linkOfficialAccount, readWorkflowSetting, saveWorkflowSetting } from './signers.ts';
import { takeStep, type StepInput } from './steps.ts';
import { sendPrivateFile } from '../../../http/uploaded-file.ts';

const villageParams = z.object({ code: regionCodeSchema });
const requestParams = z.object({ code: regionCodeSchema, id: z.uuid() });
const refusals = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['letter requests'];

const steps = {
  check: { body: checkBody, summary: 'Check a request: every requirement seen and ticked by the operator' },
  verify: {
    body: z.object({}),
    summary: "The Sekretaris Desa's verification (where the village asks for it)",
  },
  sign: {
    body: signBody,
    summary:
      'Sign: the official the signing matrix names re-enters their password; the letter is issued (number, PDF, signature) in the same transaction',
  },
  collect: { body: z.object({}), summary: 'The signed letter was collected at the desk' },
  reject: { body: rejectBody, summary: 'Reject an open request with a reason' },
} as const;

export const letterRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const masks = () => identifierMasks(app.db);

  app.get(
    '/api/villages/:code/letter-requests',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary: "The village's request queue: open first, the longest overdue at the top; NIK masked",
        params: villageParams,
        querystring: requestListQuery,
        response: { 200: requestPageSchema, ...refusals },
      },
    },
    async (request) => {
      const { overdue, ...rest } = request.query;
      const filter = { ...rest, overdue: overdue === 'true' };
      return readRequestQueue(app.db, contextOf(request), request.params.code, filter, await masks());
    },
  );

  app.get(
    '/api/villages/:code/letter-requests/overdue',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary: "The village head's list: open requests past their due time, the longest overdue first",
        params: villageParams,
        response: { 200: requestPageSchema, ...refusals },
      },
    },
    async (request) =>
      readRequestQueue(
        app.db,
        contextOf(request),
        request.params.code,
        { overdue: true, limit: 100, offset: 0 },
        await masks(),
      ),
  );

  app.post(
    '/api/villages/:code/letter-requests',
    {
      config: { access: areaRoute('serve_citizens') },
      schema: {
        tags,
        summary: 'A request made at the desk for a resident of the village; due by the type’s service level',
        params: villageParams,
        body: newRequestBody,
        response: { 201: requestSchema, ...refusals, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const id = await createDeskRequest(app.db, ctx, request.params.code, request.body);
      return reply.code(201).send(await readRequest(app.db, ctx, request.params.code, id, await masks()));
    },
  );

  app.get(
    '/api/villages/:code/letter-requests/:id',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary: 'One request with its requirements, photos and the steps the reader may take; NIK masked',
        params: requestParams,
        response: { 200: requestSchema, ...refusals },
      },
    },
    async (request) =>
      readRequest(app.db, contextOf(request), request.params.code, request.params.id, await masks()),
  );

  for (const [step, { body, summary }] of Object.entries(steps)) {
    app.post(
      `/api/villages/:code/letter-requests/:id/${step}`,
      {
        config: {
          access: areaRoute('serve_citizens'),
          // Signing checks a password: as few tries as a sign-in form allows.
          ...(step === 'sign' ? { rateLimit: { max: 20, timeWindow: '1 minute' } } : {}),
        },
        schema: {
          tags,
          summary,
          params: requestParams,
          body,
          response: { 200: requestSchema, ...refusals, 409: problemSchema, 429: problemSchema },
        },
      },
      async (request) => {
        const { code, id } = request.params;
        const ctx = contextOf(request);
        const input = { ...(request.body as object), step } as StepInput;
        await takeStep(app.db, ctx, code, id, input, app.config.letterKeyDir);
        return readRequest(app.db, ctx, code, id, await masks());
      },
    );
  }

  app.get(
    '/api/villages/:code/letter-requests/:id/attachments/:attachmentId',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary: 'A requirement photo of a request (each view audited)',
        params: requestParams.extend({ attachmentId: z.uuid() }),
        produces: ['image/jpeg', 'image/png'],
        response: { 200: z.any().describe('the photo'), ...refusals },
      },
    },
    async (request, reply) => {
      const { code, id, attachmentId } = request.params;
      const photo = await readAttachment(app.db, contextOf(request), code, id, attachmentId);
      return sendPrivateFile(reply, photo);
    },
  );

  app.get(
    '/api/villages/:code/letter-workflow',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary: 'Which requests the Sekretaris Desa verifies before signing',
        params: villageParams,
        response: { 200: workflowSettingSchema, ...refusals },
      },
    },
    (request) => readWorkflowSetting(app.db, contextOf(request), request.params.code),
  );

  app.put(
    '/api/villages/:code/letter-workflow',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags,
        summary: 'Set which requests the Sekretaris Desa verifies: all, or the listed letter types',
        params: villageParams,
        body: workflowSettingSchema,
        response: { 200: workflowSettingSchema, ...refusals },
      },
    },
    (request) => saveWorkflowSetting(app.db, contextOf(request), request.params.code, request.body),
  );

  app.put(
    '/api/villages/:code/officials/:id/account',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags,
        summary: 'Link an official to their staff account (the account that signs as them), or unlink (null)',
        params: requestParams,
        body: officialAccountBody,
        response: {
          200: z.object({ officialId: z.uuid(), userId: z.uuid().nullable() }),
          ...refusals,
          409: problemSchema,
        },
      },
    },
    (request) =>
      linkOfficialAccount(
        app.db,
        contextOf(request),
        request.params.code,
        request.params.id,
        request.body.userId,
      ),
  );
};
