// Every route of the population module, registered in one line of app.ts.
import type { FastifyPluginAsync } from 'fastify';
import { citizenRoutes } from './citizen/routes.ts';
import { populationEventRoutes } from './events/routes.ts';
import { populationExportRoutes } from './export/routes.ts';
import { householdExportRoutes } from './households/export/routes.ts';
import { householdListRoutes } from './households/list/routes.ts';
import { placeRoutes } from './places/routes.ts';
import { householdRoutes } from './households/record/routes.ts';
import { populationPrintRoutes } from './records/print/routes.ts';
import { populationRecordRoutes } from './records/routes.ts';
import { populationStatsRoutes } from './stats/routes.ts';

export const populationRoutes: FastifyPluginAsync = async (app) => {
  await app.register(populationRecordRoutes);
  await app.register(populationPrintRoutes);
  await app.register(householdListRoutes);
  await app.register(placeRoutes);
  await app.register(householdRoutes);
  await app.register(householdExportRoutes);
  await app.register(populationExportRoutes);
  await app.register(populationEventRoutes);
  await app.register(populationStatsRoutes);
  await app.register(citizenRoutes);
};
