// The routes of the import pipeline: one upload route per registered importer, and the job routes every
// importer shares (status, progress as server-sent events, staged lines, commit, cancel). The village's own
// writers import; district and agency staff reach the area check so that outside their area a village's
// imports do not exist (404) and inside it they are refused (403), as everywhere else.
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../http/route-access.ts';
import { ImportFileError } from '../sheets/read-sheet.ts';
import * as q from './queries.ts';
import {
  commitBodySchema,
  importJobListSchema,
  importJobSchema,
  importRowsResponseSchema,
  jobListQuery,
  jobParams,
  rowsQuerySchema,
  uploadAcceptedSchema,
  villageParams,
} from './schemas.ts';
import {
  cancelImport,
  listImportJobs,
  listImportRows,
  readImportJob,
  requestCommit,
  startImport,
  toJobDto,
  type ImportServices,
} from './service.ts';
import { badFile, MAX_UPLOAD_BYTES, readUpload } from './upload.ts';

const access = areaRoute('write');
const tags = ['imports'];
const refused = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

/** Server-sent progress of a job until it leaves validating/committing (or ten minutes pass). */
async function* progressEvents(
  services: ImportServices,
  code: string,
  jobId: string,
): AsyncGenerator<string> {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const job = await q.findJob(services.db, code, jobId);
    if (!job) return;
    yield `event: progress\ndata: ${JSON.stringify(toJobDto(services, job))}\n\n`;
    if ((job.status !== 'validating' && job.status !== 'committing') || Date.now() > deadline) return;
    await sleep(500);
  }
}

export function importRoutes(services: ImportServices): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4, parts: 5 } });

    for (const importer of services.importers.values()) {
      app.post(
        `/api/villages/:code/imports/${importer.name}`,
        {
          config: { access, rateLimit: { max: 30, timeWindow: '1 minute' } },
          schema: {
            tags,
            summary: `${importer.summary} (${importer.layout.acceptsZip ? '.zip/' : ''}.xlsx/.xlsm/.xls/.csv, multipart field "file"); checked in the background`,
            consumes: ['multipart/form-data'],
            params: villageParams,
            response: { 202: uploadAcceptedSchema, 400: problemSchema, 413: problemSchema, ...refused },
          },
        },
        async (request, reply) => {
          const actor = actorOf(request);
          const { formatName, acceptsZip } = importer.layout;
          const file = await readUpload(request, formatName, acceptsZip);
          try {
            const jobId = await startImport(services, actor, request.params.code, importer, file);
            return await reply.code(202).send({ jobId });
          } catch (error) {
            if (error instanceof ImportFileError) throw badFile(error.failure);
            throw error;
          }
        },
      );
    }

    app.get(
      '/api/villages/:code/imports',
      {
        config: { access },
        schema: {
          tags,
          summary: "The village's 20 most recent imports (of one importer with ?importer=)",
          params: villageParams,
          querystring: jobListQuery,
          response: { 200: importJobListSchema, 400: problemSchema, ...refused },
        },
      },
      async (request) => ({
        items: await listImportJobs(services, actorOf(request), request.params.code, request.query.importer),
      }),
    );

    app.get(
      '/api/villages/:code/imports/:jobId',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Status, phase, progress and counts of one import (poll it, or follow its events)',
          params: jobParams,
          response: { 200: importJobSchema, ...refused },
        },
      },
      async (request) => readImportJob(services, actorOf(request), request.params.code, request.params.jobId),
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
        await readImportJob(services, actorOf(request), code, jobId);
        return reply
          .type('text/event-stream')
          .header('x-accel-buffering', 'no')
          .send(Readable.from(progressEvents(services, code, jobId)));
      },
    );

    app.get(
      '/api/villages/:code/imports/:jobId/rows',
      {
        config: { access },
        schema: {
          tags,
          summary:
            'Staged lines with their line number, errors, warnings and planned changes (identifiers masked)',
          params: jobParams,
          querystring: rowsQuerySchema,
          response: { 200: importRowsResponseSchema, 400: problemSchema, ...refused },
        },
      },
      async (request) =>
        listImportRows(services, actorOf(request), request.params.code, request.params.jobId, request.query),
    );

    app.post(
      '/api/villages/:code/imports/:jobId/commit',
      {
        config: { access, rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary:
            'Save the import: queued, then written in one transaction (follow the job). mode "all" refuses while any line has an error; "valid_only" skips them where the importer allows it',
          params: jobParams,
          body: commitBodySchema,
          response: { 202: importJobSchema, 400: problemSchema, 409: problemSchema, ...refused },
        },
      },
      async (request, reply) => {
        const { code, jobId } = request.params;
        const job = await requestCommit(services, actorOf(request), code, jobId, request.body.mode);
        return reply.code(202).send(job);
      },
    );

    app.post(
      '/api/villages/:code/imports/:jobId/cancel',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Drop an import that is not committed, with its staged lines',
          params: jobParams,
          response: { 200: importJobSchema, 409: problemSchema, ...refused },
        },
      },
      async (request) => {
        const { code, jobId } = request.params;
        await cancelImport(services, actorOf(request), code, jobId);
        return readImportJob(services, actorOf(request), code, jobId);
      },
    );
  };
}
