// The district → village picker of the public page: the regency's 25 districts and 217 villages in one
// cacheable answer (about 3 KB compressed), so the page needs no second question before the search.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { publicRoute } from '../../../http/route-access.ts';
import { regencyAreas } from './queries.ts';

const area = z.object({ code: z.string(), name: z.string() });
const areasAnswer = z.object({
  regency: z.string(),
  districts: z.array(area.extend({ villages: z.array(area) })),
});

export const cekBansosAreaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/public/cek-bansos/areas',
    {
      config: { access: publicRoute(), rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['cek-bansos'],
        summary: "The regency's districts and their villages, for the look-up's picker",
        response: { 200: areasAnswer, 429: problemSchema },
      },
    },
    async (_request, reply) => {
      const rows = await regencyAreas(app.db, app.config.regencyCode);
      const districts = rows
        .filter((row) => row.level === 'district')
        .map((district) => ({
          code: district.code,
          name: district.name,
          villages: rows
            .filter((row) => row.level === 'village' && row.code.startsWith(`${district.code}.`))
            .map(({ code, name }) => ({ code, name })),
        }));
      reply.header('cache-control', 'public, max-age=3600');
      return { regency: rows.find((row) => row.level === 'regency')?.name ?? '', districts };
    },
  );
};
