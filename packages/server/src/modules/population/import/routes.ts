// Resident import of one village, OpenSID's template: upload (validated in the background), follow progress,
// review rows, commit or cancel. Village head and operator of that village, and the regency admin.
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { problemSchema } from '../../../http/problem-schema.ts';
import { assertSafeFileName } from '../../../http/safe-text.ts';
import { actorOf, rolesOnly } from '../../../http/route-access.ts';
import { commitImport } from './commit.ts';
import { findJob } from './queries.ts';
import { detectFormat } from './read-file.ts';
import {
  cancelResponseSchema,
  commitBodySchema,
  commitResponseSchema,
  importJobListSchema,
  importJobSchema,
  importRowsResponseSchema,
  jobParams,
  rowsQuerySchema,
  uploadAcceptedSchema,
  villageParams,
} from './schemas.ts';
import {
  assertVillageImportAccess,
  cancelImport,
  listImportJobs,
  listImportRows,
  readImportJob,
  startImport,
  toJobDto,
} from './service.ts';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

// District and agency staff are let through to the area check so that outside their area a village's
// imports "do not exist" (404) and inside it they are refused (403), as everywhere else.
const access = rolesOnly(
  'village_head',
  'village_operator',
  'regency_admin',
  'district_staff',
  'agency_staff',
);
const tags = ['population import'];
const refused = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

function badFile(message: string): AppError {
  return new AppError('VALIDATION_FAILED', { errors: [{ field: 'file', in: 'body', message }] });
}

/** Server-sent progress of a job until it leaves validating/committing (or ten minutes pass). */
async function* progressEvents(db: Db, code: string, jobId: string): AsyncGenerator<string> {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const job = await findJob(db, code, jobId);
    if (!job) return;
    yield `event: progress\ndata: ${JSON.stringify(toJobDto(job))}\n\n`;
    if ((job.status !== 'validating' && job.status !== 'committing') || Date.now() > deadline) return;
    await sleep(500);
  }
}

export const populationImportRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4, parts: 5 } });
  // Validations run after the 202; closing the app waits for them so none writes into a closed database.
  const running = new Set<Promise<void>>();
  app.addHook('onClose', async () => {
    await Promise.allSettled([...running]);
  });

  app.post(
    '/api/villages/:code/imports',
    {
      config: { access, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'Upload a resident file (OpenSID template, .xlsx/.xlsm/.csv, multipart field "file"); validated in the background',
        consumes: ['multipart/form-data'],
        params: villageParams,
        response: { 202: uploadAcceptedSchema, 400: problemSchema, 413: problemSchema, ...refused },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { code } = request.params;
      await assertVillageImportAccess(app.db, actor, code);
      if (!request.isMultipart())
        throw badFile(
          'Kirim berkas sebagai multipart/form-data di isian "file" / send the file as multipart/form-data in field "file"',
        );
      const part = await request.file();
      if (!part) throw badFile('Pilih berkas yang akan diunggah / choose a file to upload');
      // Read first: an upload refused before its stream is drained can leave the connection hanging.
      const content = await part.toBuffer();
      assertSafeFileName(part.filename);
      const format = detectFormat(part.filename, content);
      if (!format) {
        throw badFile(
          'Berkas harus .xlsx, .xlsm, atau .csv dengan format impor penduduk OpenSID. Berkas .xls lama: buka di Excel lalu simpan sebagai .xlsx / the file must be .xlsx, .xlsm or .csv in OpenSID’s resident import format',
        );
      }
      const { jobId, validation } = await startImport(
        app.db,
        actor,
        code,
        { fileName: part.filename, format, content },
        request.log,
      );
      running.add(validation);
      void validation.finally(() => running.delete(validation));
      return reply.code(202).send({ jobId });
    },
  );

  app.get(
    '/api/villages/:code/imports',
    {
      config: { access },
      schema: {
        tags,
        summary: "The village's 20 most recent imports",
        params: villageParams,
        response: { 200: importJobListSchema, ...refused },
      },
    },
    async (request) => ({ items: await listImportJobs(app.db, actorOf(request), request.params.code) }),
  );

  app.get(
    '/api/villages/:code/imports/:jobId',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Status, progress and counts of one import (poll it while validating)',
        params: jobParams,
        response: { 200: importJobSchema, ...refused },
      },
    },
    async (request) => readImportJob(app.db, actorOf(request), request.params.code, request.params.jobId),
  );

  app.get(
    '/api/villages/:code/imports/:jobId/events',
    {
      config: { access },
      schema: {
        tags,
        summary:
          'Progress as server-sent events ("progress", data = the job) until the job is ready, failed or committed',
        params: jobParams,
        produces: ['text/event-stream'],
        response: { 200: z.any().describe('text/event-stream'), ...refused },
      },
    },
    async (request, reply) => {
      const { code, jobId } = request.params;
      await readImportJob(app.db, actorOf(request), code, jobId);
      return reply
        .type('text/event-stream')
        .header('x-accel-buffering', 'no')
        .send(Readable.from(progressEvents(app.db, code, jobId)));
    },
  );

  app.get(
    '/api/villages/:code/imports/:jobId/rows',
    {
      config: { access },
      schema: {
        tags,
        summary:
          'Staged rows with their line number, errors, warnings and planned changes (NIK and KK masked)',
        params: jobParams,
        querystring: rowsQuerySchema,
        response: { 200: importRowsResponseSchema, 400: problemSchema, ...refused },
      },
    },
    async (request) =>
      listImportRows(app.db, actorOf(request), request.params.code, request.params.jobId, request.query),
  );

  app.post(
    '/api/villages/:code/imports/:jobId/commit',
    {
      config: { access, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'Write the import into the registry in one transaction. mode "all" refuses while any row has an error; "valid_only" skips them',
        params: jobParams,
        body: commitBodySchema,
        response: { 200: commitResponseSchema, 400: problemSchema, 409: problemSchema, ...refused },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { code, jobId } = request.params;
      await assertVillageImportAccess(app.db, actor, code);
      const summary = await commitImport(app.db, actor, code, jobId, request.body.mode);
      return { jobId, status: 'committed' as const, ...summary };
    },
  );

  app.post(
    '/api/villages/:code/imports/:jobId/cancel',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Drop an import that is not committed, with its staged rows',
        params: jobParams,
        response: { 200: cancelResponseSchema, 409: problemSchema, ...refused },
      },
    },
    async (request) => {
      await cancelImport(app.db, actorOf(request), request.params.code, request.params.jobId);
      return { jobId: request.params.jobId, status: 'cancelled' as const };
    },
  );
};
