// Rotating a village's letter-signing key: the regency admin's act (e.g. after a server was compromised or a
// key file lost). The old public key stays, so every letter signed before still verifies.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import { problemSchema } from '../../../http/problem-schema.ts';
import { grantedRoute } from '../../../http/route-access.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { rotateVillageKey } from './service.ts';

export const letterKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/villages/:code/letter-keys/rotate',
    {
      config: { access: grantedRoute('administer') },
      schema: {
        tags: ['letters'],
        summary: "Retire the village's letter-signing key and make a new one (old letters still verify)",
        params: z.object({ code: regionCodeSchema }),
        response: {
          201: z.object({ keyId: z.string(), publicKey: z.string() }),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const village = request.params.code;
      assertRegionAccess(ctx.actor, village, 'administer');
      const key = await rotateVillageKey(app.db, app.config.letterKeyDir, village, async (trx) =>
        appendAudit(trx, {
          actor: ctx.actor,
          action: 'letters.key.rotate',
          entityType: 'letter_signing_key',
          entityId: village,
          regionCode: village,
          ip: ctx.ip,
          userAgent: ctx.userAgent,
          details: {},
        }),
      );
      return reply.code(201).send({ keyId: key.keyId, publicKey: key.publicKey });
    },
  );
};
