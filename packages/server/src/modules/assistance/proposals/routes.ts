// Usul and sanggah for staff: the queues by area (village, district, regency), an item with its history, the
// desk's item for a resident, each step (the village checks and decides at the musyawarah, the district
// forwards, Dinas Sosial visits and decides), photos, the regency's deadlines and the export to the ministry.
// The citizen's own routes are citizen-routes.ts; meetings are deliberation-routes.ts.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, areaRoute, grantedRoute, signedIn } from '../../../http/route-access.ts';
import { exportFormat } from '../../../platform/exports/sheet-export.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { MAX_PHOTO_BYTES } from '../../letters/requests/photo.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { citizenProposalRoutes } from './citizen-routes.ts';
import { readDeadlines, saveDeadlines } from './deadlines.ts';
import { deliberationRoutes } from './deliberation-routes.ts';
import { MAX_MINUTES_BYTES } from './deliberations.ts';
import { ministryExport } from './ministry-export.ts';
import { addVisitPhoto, readPhoto } from './photos.ts';
import { listItems, readItem } from './read.ts';
import {
  agencyDecisionBody,
  checkBody,
  deadlinesBody,
  deadlinesResponse,
  deskSubmitBody,
  forwardBody,
  itemDetailSchema,
  itemListResponse,
  listQuery,
  villageDecisionBody,
  visitBody,
} from './schemas.ts';
import { takeStep, type StepInput } from './steps.ts';
import { submitAtDesk, submitInputOf } from './submit.ts';
import { sendPrivateFile, uploadedFile } from '../../../http/uploaded-file.ts';

const tags = ['usul and sanggah'];
const refusals = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const villageParams = z.object({ code: regionCodeSchema });
const itemParams = villageParams.extend({ id: z.uuid() });

export const proposalRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_MINUTES_BYTES, files: 1, fields: 2, parts: 3 } });
  await app.register(citizenProposalRoutes);
  await app.register(deliberationRoutes);

  app.get(
    '/api/assistance/proposals',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary:
          'Usul and sanggah of an area (the caller’s own by default): open first, the longest overdue on top',
        querystring: listQuery,
        response: { 200: itemListResponse, ...refusals },
      },
    },
    (request) => listItems(app.db, actorOf(request), request.query),
  );

  app.post(
    '/api/villages/:code/assistance/proposals',
    {
      config: { access: areaRoute('serve_citizens') },
      schema: {
        tags,
        summary: 'An usul or sanggah made at the village desk for a resident',
        params: villageParams,
        body: deskSubmitBody,
        response: { 201: itemDetailSchema, ...refusals, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      const id = await submitAtDesk(
        app.db,
        contextOf(request),
        code,
        submitInputOf(request.body),
        request.body.submitterResidentId,
      );
      return reply.code(201).send(await readItem(app.db, actorOf(request), code, id));
    },
  );

  app.get(
    '/api/villages/:code/assistance/proposals/:id',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary:
          'One item with its steps, hints for the check, the visit, photos and the step the caller may take',
        params: itemParams,
        response: { 200: itemDetailSchema, ...refusals },
      },
    },
    (request) => readItem(app.db, actorOf(request), request.params.code, request.params.id),
  );

  const step = <B extends z.ZodType>(
    path: string,
    action: Parameters<typeof areaRoute>[0],
    summary: string,
    body: B,
    toInput: (body: z.infer<B>) => StepInput,
  ) =>
    app.post(
      `/api/villages/:code/assistance/proposals/:id/${path}`,
      {
        config: { access: areaRoute(action) },
        schema: {
          tags,
          summary,
          params: itemParams,
          body,
          response: { 200: itemDetailSchema, ...refusals, 409: problemSchema },
        },
      },
      async (request) => {
        const { code, id } = request.params;
        await takeStep(app.db, contextOf(request), code, id, toInput(request.body as z.infer<B>));
        return readItem(app.db, actorOf(request), code, id);
      },
    );

  step(
    'check',
    'write',
    'The operator’s check: in order, or a duplicate, already enrolled, unknown family, not a recipient',
    checkBody,
    (b) => ({ step: 'check', ...b }),
  );
  step(
    'village-decision',
    'write',
    'The village deliberation’s decision (accepted or rejected, with a reason), on a recorded meeting with its minutes',
    villageDecisionBody,
    (b) => ({ step: 'decide_village', ...b }),
  );
  step(
    'forward',
    'forward_proposals',
    'The district passes an accepted item on to Dinas Sosial',
    forwardBody,
    (b) => ({ step: 'forward', ...b }),
  );
  step(
    'visit',
    'decide_assistance',
    'Dinas Sosial’s verification visit: findings, and the family’s welfare facts as found',
    visitBody,
    (b) => ({ step: 'visit', ...b }),
  );
  step(
    'decision',
    'decide_assistance',
    'Dinas Sosial’s decision: enrol or end the enrolment (regency and village programs), propose to the ministry (national ones), or reject',
    agencyDecisionBody,
    (b) => ({ step: 'decide_agency', ...b }),
  );

  app.post(
    '/api/villages/:code/assistance/proposals/:id/photos',
    {
      config: { access: areaRoute('decide_assistance'), rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'A photo of the verification visit (JPEG or PNG, at most 3 MB), multipart "file"',
        params: itemParams,
        consumes: ['multipart/form-data'],
        response: { 201: itemDetailSchema, ...refusals, 409: problemSchema, 413: problemSchema },
      },
    },
    async (request, reply) => {
      const { code, id } = request.params;
      const content = await uploadedFile(request, 'ATTACHMENT_MISSING', MAX_PHOTO_BYTES);
      await addVisitPhoto(app.db, contextOf(request), code, id, content);
      return reply.code(201).send(await readItem(app.db, actorOf(request), code, id));
    },
  );

  app.get(
    '/api/villages/:code/assistance/proposals/:id/photos/:photoId',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary: 'A photo of an item (the house, the visit); each view audited',
        params: itemParams.extend({ photoId: z.uuid() }),
        produces: ['image/jpeg', 'image/png'],
        response: { 200: z.any().describe('the photo'), ...refusals },
      },
    },
    async (request, reply) => {
      const { code, id, photoId } = request.params;
      const photo = await readPhoto(app.db, contextOf(request), code, id, photoId);
      return sendPrivateFile(reply, photo);
    },
  );

  app.get(
    '/api/assistance/proposal-deadlines',
    {
      config: { access: signedIn() },
      schema: {
        tags,
        summary: 'Working days the regency gives each step of an usul/sanggah',
        response: { 200: deadlinesResponse, 401: problemSchema },
      },
    },
    () => readDeadlines(app.db),
  );

  app.put(
    '/api/assistance/proposal-deadlines',
    {
      config: { access: grantedRoute('administer') },
      schema: {
        tags,
        summary: 'Set the working days of some steps (the regency admin); waiting items keep their due time',
        body: deadlinesBody,
        response: { 200: deadlinesResponse, ...refusals },
      },
    },
    (request) => saveDeadlines(app.db, contextOf(request), app.config.regencyCode, request.body.items),
  );

  app.get(
    '/api/assistance/proposals/ministry-export',
    {
      config: { access: areaRoute('decide_assistance'), rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'The items proposed to the ministry as XLSX/CSV with the fields a DTSEN usulan asks (NIK and KK whole; Dinas Sosial only, audited)',
        querystring: z.object({
          region: regionCodeSchema.optional(),
          programId: z.uuid().optional(),
          format: exportFormat,
        }),
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
        response: { 200: z.any().describe('the file'), ...refusals },
      },
    },
    async (request, reply) => {
      const file = await ministryExport(app.db, contextOf(request), request.query);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-total-count', String(file.count))
        .send(file.body);
    },
  );
};
