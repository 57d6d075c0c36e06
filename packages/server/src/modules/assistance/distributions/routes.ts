// Distribution routes: a cycle's list for a village (everyone who reads it), what units received recorded by
// the village's staff, one by one or in bulk.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { areaRoute } from '../../../http/route-access.ts';
import { exportRoute } from '../../../platform/exports/export-route.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { actorOf } from '../../../http/route-access.ts';
import { invalidField } from '../../../http/field-errors.ts';
import {
  bulkDistributionInput,
  cycleDistributionSchema,
  distributionInput,
  exportQuery,
  enrolmentCycleParams,
  programCycleParams,
  recordedSchema,
} from './schemas.ts';
import { readCycle, recordDistributions, recordOne } from './service.ts';
import { exportCycle } from './export.ts';

const tags = ['assistance'];
const refusals = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const cycleUrl = '/api/villages/:code/assistance/programs/:programId/cycles/:cycle/distributions';

export const distributionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    cycleUrl,
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary: "A cycle's units in the village with what each received (masked identifiers)",
        params: programCycleParams,
        response: { 200: cycleDistributionSchema, ...refusals },
      },
    },
    (request) =>
      readCycle(
        app.db,
        contextOf(request),
        request.params.code,
        request.params.programId,
        request.params.cycle,
      ),
  );

  app.post(
    cycleUrl,
    {
      config: { access: areaRoute('write') },
      schema: {
        tags,
        summary: 'Record what many units received in a cycle (one transaction; equal rows are left alone)',
        params: programCycleParams,
        body: bulkDistributionInput,
        response: { 200: recordedSchema, ...refusals },
      },
    },
    (request) =>
      recordDistributions(
        app.db,
        contextOf(request),
        request.params.code,
        request.params.programId,
        request.params.cycle,
        request.body.rows,
        (i) => ({ field: `rows.${i}.enrolmentId`, part: 'body' }),
      ),
  );

  exportRoute(app, {
    url: `${cycleUrl}/export`,
    tags,
    summary:
      "A cycle's list for the distributor (XLSX or CSV) to fill in what was received; NIK/KK masked unless full=true with a reason (the village's staff; audited)",
    querystring: exportQuery,
    build: (request) => {
      const params = programCycleParams.safeParse(request.params);
      if (!params.success) throw invalidField('cycle', 'params', 'CYCLE_LABEL_FORM');
      return exportCycle(
        app.db,
        actorOf(request),
        { village: params.data.code, programId: params.data.programId, cycle: params.data.cycle },
        request.query,
        { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
      );
    },
  });

  app.put(
    '/api/villages/:code/assistance/enrolments/:id/distributions/:cycle',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags,
        summary: 'Record what one unit received in a cycle',
        params: enrolmentCycleParams,
        body: distributionInput,
        response: { 200: recordedSchema, ...refusals },
      },
    },
    (request) =>
      recordOne(
        app.db,
        contextOf(request),
        request.params.code,
        request.params.id,
        request.params.cycle,
        request.body,
      ),
  );
};
