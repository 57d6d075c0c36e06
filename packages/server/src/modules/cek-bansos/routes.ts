// Cek Bansos (issue 13): the public look-up of who receives which program. Public, rate limited per address
// and per village, and guarded by a self-hosted proof of work instead of a captcha to read.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../http/problem.ts';
import { problemSchema } from '../../http/problem-schema.ts';
import { publicRoute } from '../../http/route-access.ts';
import { installationSecret } from '../../platform/identifiers/queries.ts';
import { cekBansosAreaRoutes } from './areas/routes.ts';
import { proofOfWork, type ProofOfWork } from './proof-of-work/challenge.ts';
import { challengeAnswer, lookupAnswer, lookupBody } from './lookup/schemas.ts';
import { lookUp, lookupMode } from './lookup/service.ts';
import { lookupGate } from './lookup/gate.ts';
import { wordMatches } from './lookup/word-matches.ts';
import { villageLimit } from './lookup/village-limit.ts';
import { lookupCounter } from './stats/lookup-counter.ts';

export const cekBansosRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(cekBansosAreaRoutes);
  const settings = app.config.cekBansos;
  const perAddress = { max: settings.perAddressPerMinute, timeWindow: '1 minute' };
  const perVillage = villageLimit(settings.perVillagePerMinute);
  const gate = lookupGate();
  const counter = lookupCounter(app.db);
  const dictionary = wordMatches(app.db);
  app.addHook('onClose', () => counter.stop());
  let pow: Promise<ProofOfWork> | undefined;
  const guard = () => (pow ??= installationSecret(app.db).then(proofOfWork));

  app.get(
    '/api/public/cek-bansos/challenge',
    {
      config: { access: publicRoute(), rateLimit: perAddress },
      schema: {
        tags: ['cek-bansos'],
        summary: 'A proof-of-work challenge (ALTCHA v2) for one look-up; valid for 10 minutes, accepted once',
        response: { 200: challengeAnswer, 429: problemSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return (await guard()).challenge();
    },
  );

  app.post(
    '/api/public/cek-bansos/lookup',
    {
      config: { access: publicRoute(), rateLimit: perAddress },
      schema: {
        tags: ['cek-bansos'],
        summary:
          'Look up the programs of residents of one village by name, by NIK with the name, or by KK with the head’s name',
        body: lookupBody,
        response: { 200: lookupAnswer, 400: problemSchema, 429: problemSchema, 503: problemSchema },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (settings.proofOfWork && !(body.proof && (await (await guard()).accept(body.proof))))
        throw new AppError('CEK_BANSOS_PROOF_REQUIRED');
      if (!perVillage.take(body.village)) throw new AppError('CEK_BANSOS_VILLAGE_BUSY');
      const answer = await gate.run(() => lookUp(app.db, dictionary, body));
      counter.count(body.village, lookupMode(body), answer.rows.length > 0);
      reply.header('cache-control', 'no-store');
      return answer;
    },
  );
};
