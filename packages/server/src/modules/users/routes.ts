import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isWithin } from '../../access/access.ts';
import { agencies, roles } from '../../access/roles.ts';
import { AppError } from '../../http/problem.ts';
import { problemSchema } from '../../http/problem-schema.ts';
import { actorOf, grantedRoute } from '../../http/route-access.ts';
import { appendAudit } from '../audit/service.ts';
import { regionCodeSchema } from '../regions/schemas.ts';
import { listUsers, unlockUser } from './queries.ts';
import { createStaffAccount } from './service.ts';

const staffRoles = roles.filter((role) => role !== 'citizen') as [string, ...string[]];

const userListItem = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  agency: z.enum(agencies).nullable(),
  areaCode: z.string(),
  areaName: z.string(),
  active: z.boolean(),
  locked: z.boolean(),
});

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/users',
    {
      config: { access: grantedRoute('administer') },
      schema: {
        tags: ['users'],
        summary: 'Staff accounts in the regency, filtered by area and role',
        querystring: z.object({
          areaCode: regionCodeSchema.optional(),
          role: z.enum(staffRoles).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ items: z.array(userListItem) }), 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => {
      const { areaCode, role, limit, offset } = request.query;
      const actor = actorOf(request);
      // An area outside the admin's own is not an error here: the list falls back to the admin's area.
      const within = areaCode && isWithin(areaCode, actor.areaCode) ? areaCode : actor.areaCode;
      const rows = await listUsers(
        app.db,
        { areaCode: within, ...(role ? { role } : {}) },
        { limit, offset },
      );
      const now = new Date();
      return {
        items: rows.map((row) =>
          userListItem.parse({
            id: row.id,
            username: row.username,
            displayName: row.display_name,
            role: row.role,
            agency: row.agency,
            areaCode: row.area_code,
            areaName: row.area_name,
            active: row.active,
            locked: row.locked_until !== null && row.locked_until > now,
          }),
        ),
      };
    },
  );

  app.post(
    '/api/users',
    {
      config: { access: grantedRoute('administer') },
      schema: {
        tags: ['users'],
        summary: 'Create a staff account bound to an area',
        body: z.object({
          username: z
            .string()
            .trim()
            .toLowerCase()
            .regex(/^[a-z0-9._-]{3,50}$/, 'Nama pengguna 3-50 huruf kecil, angka, titik, garis'),
          displayName: z.string().trim().min(2).max(120),
          password: z.string().min(10, 'Kata sandi minimal 10 karakter').max(200),
          role: z.enum(roles).exclude(['citizen']),
          agency: z.enum(agencies).nullable().default(null),
          areaCode: regionCodeSchema,
        }),
        response: {
          201: z.object({ id: z.string() }),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const id = await createStaffAccount(app.db, actorOf(request), request.body);
      return reply.code(201).send({ id });
    },
  );

  app.post(
    '/api/users/:id/unlock',
    {
      config: { access: grantedRoute('administer') },
      schema: {
        tags: ['users'],
        summary: 'Lift a sign-in lock-out before it expires',
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null(), 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const unlocked = await app.db.transaction().execute(async (trx) => {
        const done = await unlockUser(trx, request.params.id);
        if (done)
          await appendAudit(trx, {
            actor,
            action: 'user.unlock',
            entityType: 'app_user',
            entityId: request.params.id,
          });
        return done;
      });
      if (!unlocked) throw new AppError('NOT_FOUND');
      return reply.code(204).send(null);
    },
  );
};
