// Social assistance (issue 12): programs and enrolments, distributions, program files, welfare facts and
// scores, ranking runs, targeting lists and the poverty map. Each sub-feature registers its routes here.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { distributionRoutes } from './distributions/routes.ts';
import { enrolmentRoutes } from './enrolments/routes.ts';
import { programRoutes } from './programs/routes.ts';

export const assistanceRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(programRoutes);
  await app.register(enrolmentRoutes);
  await app.register(distributionRoutes);
};
