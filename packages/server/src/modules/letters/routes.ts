// Village letters (issue 14): the catalogue, the officials who sign, issuing, printing and voiding letters.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { letterTypeRoutes } from './catalogue/routes.ts';
import { delegationRoutes } from './delegations/routes.ts';
import { letterIssueRoutes } from './issue/routes.ts';
import { officialRoutes } from './officials/routes.ts';
import { letterLogoRoutes } from './logo/routes.ts';
import { letterRegisterRoutes } from './register/routes.ts';
import { letterKeyRoutes } from './signing/routes.ts';
import { letterTemplateRoutes } from './templates/routes.ts';
import { letterVerifyRoutes } from './verify/routes.ts';
import { citizenLetterRoutes } from './requests/citizen-routes.ts';
import { letterRequestRoutes } from './requests/routes.ts';

export const letterRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(letterTypeRoutes);
  await app.register(officialRoutes);
  await app.register(letterIssueRoutes);
  await app.register(letterVerifyRoutes);
  await app.register(delegationRoutes);
  await app.register(letterKeyRoutes);
  await app.register(letterTemplateRoutes);
  await app.register(letterLogoRoutes);
  await app.register(letterRegisterRoutes);
  await app.register(letterRequestRoutes);
  await app.register(citizenLetterRoutes);
};
