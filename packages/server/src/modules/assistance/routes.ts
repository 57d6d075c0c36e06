// Social assistance (issue 12): programs and enrolments, distributions, program files, welfare facts and
// scores, ranking runs, targeting lists and the poverty map. Each sub-feature registers its routes here.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { programEffectRoutes } from './effect/routes.ts';
import { assistanceExportRoutes } from './exports/routes.ts';
import { rankingRoutes } from './ranking/routes.ts';
import { welfareScoreRoutes } from './welfare/scores/routes.ts';

export const assistanceRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(welfareScoreRoutes);
  await app.register(rankingRoutes);
  await app.register(programEffectRoutes);
  await app.register(assistanceExportRoutes);
import { welfareFactRoutes } from './welfare/facts/routes.ts';

export const assistanceRoutes: FastifyPluginAsyncZod = async (app) => {
  void app;
  await app.register(welfareFactRoutes);
import { povertyMapRoutes } from './map/routes.ts';

export const assistanceRoutes: FastifyPluginAsyncZod = async (app) => {
  void app;
  await app.register(povertyMapRoutes);
};
