import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../../http/route-access.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import {
  birthBody,
  birthCheckResult,
  birthResult,
  correctionBody,
  deathBody,
  mergeBody,
  moveInBody,
  moveOutBody,
  nikAssignBody,
  nikAssignResult,
  reasonBody,
  splitBody,
} from './schemas.ts';
import * as births from './birth.ts';
import * as corrections from './corrections.ts';
import * as familyChange from './family-change.ts';
import * as events from './service.ts';

// Registry writes belong to the village's own staff (and the regency admin); the access function then
// confines them to their village.
const writers = areaRoute('write');
const village = z.object({ code: regionCodeSchema });
const resident = z.object({ code: regionCodeSchema, id: z.uuid() });
const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};
const residentId = z.object({ residentId: z.string() });

const context = (request: FastifyRequest) => ({
  actor: actorOf(request),
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? null,
});

export const populationEventRoutes: FastifyPluginAsyncZod = async (app) => {
  const post = <B extends z.ZodType, P extends z.ZodType, R extends z.ZodType>(
    url: string,
    summary: string,
    params: P,
    body: B,
    response: R,
    handler: (request: FastifyRequest<{ Params: z.infer<P>; Body: z.infer<B> }>) => Promise<z.infer<R>>,
    status = 200,
  ) =>
    app.post(
      url,
      {
        config: { access: writers },
        schema: {
          tags: ['population events'],
          summary,
          params,
          body,
          response: { [status]: response, ...errors },
        },
      },
      // The generic helper loses the per-status reply typing; the response schema still validates the body.
      async (request, reply) => reply.code(status).send((await handler(request as never)) as never),
    );

  post(
    '/api/villages/:code/events/birth',
    'Register a birth into a family; without a NIK the baby gets a temporary number',
    village,
    birthBody,
    birthResult,
    (r) => births.recordBirth(app.db, context(r), r.params.code, r.body),
    201,
  );
  post(
    '/api/villages/:code/events/birth/check',
    'The warnings a birth would be saved with, before saving (nothing is written)',
    village,
    birthBody,
    birthCheckResult,
    (r) => births.checkBirth(app.db, context(r), r.params.code, r.body),
  );
  post(
    '/api/villages/:code/residents/:id/nik',
    'Add the NIK Dukcapil issued to a resident registered under a temporary number',
    resident,
    nikAssignBody,
    nikAssignResult,
    (r) => births.assignNik(app.db, context(r), r.params.code, r.params.id, r.body),
  );
  post(
    '/api/villages/:code/events/move-in',
    'Register people moving in, into a new or existing family card',
    village,
    moveInBody,
    z.object({ familyId: z.string(), residentIds: z.array(z.string()) }),
    (r) => events.recordMoveIn(app.db, context(r), r.params.code, r.body),
    201,
  );
  post(
    '/api/villages/:code/events/family-split',
    'Split members off into a new family card',
    village,
    splitBody,
    z.object({ familyId: z.string() }),
    (r) => familyChange.recordSplit(app.db, context(r), r.params.code, r.body),
    201,
  );
  post(
    '/api/villages/:code/events/family-merge',
    'Merge one family card into another',
    village,
    mergeBody,
    z.object({ familyId: z.string() }),
    (r) => familyChange.recordMerge(app.db, context(r), r.params.code, r.body),
  );
  post('/api/villages/:code/residents/:id/death', 'Record a death', resident, deathBody, residentId, (r) =>
    events.recordDeath(app.db, context(r), r.params.code, r.params.id, r.body),
  );
  post(
    '/api/villages/:code/residents/:id/move-out',
    'Record a move out (alone or with the whole family)',
    resident,
    moveOutBody,
    z.object({ moved: z.number() }),
    (r) => events.recordMoveOut(app.db, context(r), r.params.code, r.params.id, r.body),
  );
  post(
    '/api/villages/:code/residents/:id/correct',
    'Correct a mistaken record, with a reason',
    resident,
    correctionBody,
    residentId,
    (r) => corrections.correctResident(app.db, context(r), r.params.code, r.params.id, r.body),
  );
  post(
    '/api/villages/:code/residents/:id/void',
    'Void a record created by mistake (it is kept, never deleted)',
    resident,
    reasonBody,
    residentId,
    (r) => corrections.voidResident(app.db, context(r), r.params.code, r.params.id, r.body.reason),
  );
  post(
    '/api/villages/:code/residents/:id/verify',
    'Mark a flagged record as verified and clear its warnings',
    resident,
    reasonBody,
    residentId,
    (r) => corrections.clearFlags(app.db, context(r), r.params.code, r.params.id, r.body.reason),
  );
};
