// Social assistance (issue 12): programs and enrolments, distributions, program files, welfare facts and
// scores, ranking runs, targeting lists and the poverty map. Each sub-feature registers its routes here.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { distributionRoutes } from './distributions/routes.ts';
import { programEffectRoutes } from './effect/routes.ts';
import { enrolmentRoutes } from './enrolments/routes.ts';
import { assistanceExportRoutes } from './exports/routes.ts';
import { povertyMapRoutes } from './map/routes.ts';
import { programRoutes } from './programs/routes.ts';
import { proposalRoutes } from './proposals/routes.ts';
import { rankingRoutes } from './ranking/routes.ts';
import { targetingRoutes } from './targeting/routes.ts';
import { welfareFactRoutes } from './welfare/facts/routes.ts';
import { welfareScoreRoutes } from './welfare/scores/routes.ts';

export const assistanceRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(programRoutes);
  await app.register(enrolmentRoutes);
  await app.register(distributionRoutes);
  await app.register(welfareFactRoutes);
  await app.register(welfareScoreRoutes);
  await app.register(rankingRoutes);
  await app.register(programEffectRoutes);
  await app.register(targetingRoutes);
  await app.register(assistanceExportRoutes);
  await app.register(povertyMapRoutes);
  await app.register(proposalRoutes);
};
