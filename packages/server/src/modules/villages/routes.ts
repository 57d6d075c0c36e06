import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../http/route-access.ts';
import { regionCodeSchema } from '../regions/schemas.ts';
import type { findVillageWithProfile } from './queries.ts';
import { profileInputSchema, villageProfileSchema } from './schemas.ts';
import { readVillageProfile, updateVillageProfile } from './service.ts';

type ProfileRow = NonNullable<Awaited<ReturnType<typeof findVillageWithProfile>>>;

function toDto(row: ProfileRow) {
  return villageProfileSchema.parse({
    code: row.code,
    name: row.name,
    kind: row.kind,
    districtCode: row.district_code,
    districtName: row.district_name,
    headName: row.head_name,
    headTitle: row.head_title ?? (row.kind === 'kelurahan' ? 'Lurah' : 'Kepala Desa'),
    officeAddress: row.office_address,
    postalCode: row.postal_code,
    phone: row.phone,
    email: row.email,
    website: row.website,
    updatedAt: row.updated_at?.toISOString() ?? null,
  });
}

const params = z.object({ code: regionCodeSchema });

export const villageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/villages/:code/profile',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags: ['villages'],
        summary: "A village's profile; 404 outside the caller's area",
        params,
        response: { 200: villageProfileSchema, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => toDto(await readVillageProfile(app.db, actorOf(request), request.params.code)),
  );

  app.put(
    '/api/villages/:code/profile',
    {
      config: {
        access: areaRoute('write'),
      },
      schema: {
        tags: ['villages'],
        summary: "Edit a village's profile (village head or operator of that village, or the regency admin)",
        params,
        body: profileInputSchema,
        response: {
          200: villageProfileSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const body = request.body;
      const row = await updateVillageProfile(app.db, actorOf(request), request.params.code, {
        head_name: body.headName,
        head_title: body.headTitle,
        office_address: body.officeAddress,
        postal_code: body.postalCode,
        phone: body.phone,
        email: body.email,
        website: body.website,
      });
      return toDto(row);
    },
  );
};
