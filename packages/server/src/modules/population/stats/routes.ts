import { HOUSING_FOLLOW_UPS } from '@smart-kampung/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { say } from '../../../http/field-messages.ts';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, areaRoute, signedIn } from '../../../http/route-access.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { allCodeLists } from '../registry/code-lists.ts';
import { populationStats, villageComparison } from './service.ts';

const breakdown = z.array(
  z.object({
    code: z.number(),
    labelId: z.string(),
    labelEn: z.string(),
    male: z.number(),
    female: z.number(),
    total: z.number(),
  }),
);

export const populationStatsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/population/stats',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['population'],
        summary:
          'Population pyramid and counts by religion, education, occupation and marital status for a region',
        querystring: z.object({ region: regionCodeSchema.optional() }),
        response: {
          200: z.object({
            region: z.string(),
            totals: z.object({
              residents: z.number(),
              male: z.number(),
              female: z.number(),
              families: z.number(),
              households: z.number(),
            }),
            pyramid: z.array(z.object({ band: z.string(), male: z.number(), female: z.number() })),
            religion: breakdown,
            education: breakdown,
            occupation: breakdown,
            maritalStatus: breakdown,
          }),
          401: problemSchema,
          404: problemSchema,
        },
      },
    },
    (request) => {
      const actor = actorOf(request);
      return populationStats(app.db, actor, request.query.region ?? actor.areaCode);
    },
  );

  app.get(
    '/api/population/stats/villages',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['population'],
        summary:
          "Every village of a region side by side: residents, families, households, what is still to fill in (records awaiting verification, households without a map pin or with housing facts unanswered) and the registry's last change",
        querystring: z.object({ region: regionCodeSchema.optional() }),
        response: {
          200: z.object({
            region: z.string(),
            villages: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                kind: z.enum(['desa', 'kelurahan']),
                districtCode: z.string(),
                districtName: z.string(),
                residents: z.number(),
                families: z.number(),
                households: z.number(),
                flagged: z.number().describe('Present residents whose record awaits verification'),
                householdsUnpinned: z.number().describe('Households without a map pin'),
                householdsHousingIncomplete: z
                  .number()
                  .describe('Households with at least one housing fact unanswered'),
                changedAt: z
                  .string()
                  .nullable()
                  .describe("When the village's registry was last written; null: never"),
              }),
            ),
          }),
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    (request) => {
      const actor = actorOf(request);
      return villageComparison(app.db, actor, request.query.region ?? actor.areaCode);
    },
  );

  app.get(
    '/api/population/code-lists',
    {
      // Reference data, no one's record: a citizen's own family card needs the labels as much as staff do.
      config: { access: signedIn() },
      schema: {
        tags: ['population'],
        summary:
          'Every code list (OpenSID codes, Regsosek housing codes) with Indonesian and English labels, and which housing questions the Regsosek form asks only after certain answers; `lists` (comma-separated names) answers only those',
        querystring: z.object({
          lists: z
            .string()
            .max(500)
            .regex(/^[a-z0-9_]+(,[a-z0-9_]+)*$/, { error: say('CODE_LIST_NAMES') })
            .optional(),
        }),
        response: {
          200: z.object({
            lists: z.record(
              z.string(),
              z.array(z.object({ code: z.number(), id: z.string(), en: z.string() })),
            ),
            housingFollowUps: z.array(
              z.object({ field: z.string(), parent: z.string(), askedAfter: z.array(z.number()) }),
            ),
          }),
        },
      },
    },
    (request) => ({
      // A page that shows a few lists (a citizen's family card: five) asks for those only: the whole set is
      // the largest response of a first visit on a phone.
      lists: pickLists(allCodeLists(), request.query.lists) as Record<
        string,
        { code: number; id: string; en: string }[]
      >,
      housingFollowUps: HOUSING_FOLLOW_UPS.map(({ field, parent, askedAfter }) => ({
        field,
        parent,
        askedAfter: [...askedAfter],
      })),
    }),
  );
};

/** The lists named (unknown names are simply absent: the answer is reference data), or all of them. */
function pickLists<T>(all: Record<string, T>, names: string | undefined): Record<string, T> {
  if (names === undefined) return all;
  return Object.fromEntries(names.split(',').flatMap((name) => (name in all ? [[name, all[name]!]] : [])));
}
