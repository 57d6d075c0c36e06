import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isWithin } from '../../access/access.ts';
import { agencies, roles, type Actor } from '../../access/roles.ts';
import { problemSchema } from '../../http/problem-schema.ts';
import { actorOf, grantedRoute } from '../../http/route-access.ts';
import { regionCodeSchema } from '../regions/schemas.ts';
import { listUsers } from './queries.ts';
import { createStaffAccount, resetPassword, setAccountActive, unlockAccount } from './service.ts';
import { say } from '../../http/field-messages.ts';

const newPassword = z.string().min(10, say('PASSWORD_TOO_SHORT')).max(200);
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
            locked: row.blocked_until !== null && row.blocked_until > now,
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
            .regex(/^[a-z0-9._-]{3,50}$/, say('USERNAME_FORM')),
          displayName: z.string().trim().min(2).max(120),
          password: newPassword,
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

  const accountAction = (
    path: string,
    summary: string,
    handler: (request: { params: { id: string }; actor: Actor }) => Promise<void>,
  ) =>
    app.post(
      `/api/users/:id/${path}`,
      {
        config: { access: grantedRoute('administer') },
        schema: {
          tags: ['users'],
          summary,
          params: z.object({ id: z.uuid() }),
          response: {
            204: z.null(),
            401: problemSchema,
            403: problemSchema,
            404: problemSchema,
            409: problemSchema,
          },
        },
      },
      async (request, reply) => {
        await handler({ params: request.params, actor: actorOf(request) });
        return reply.code(204).send(null);
      },
    );

  accountAction('unlock', 'Lift the sign-in waits on an account before they expire', ({ params, actor }) =>
    unlockAccount(app.db, actor, params.id),
  );
  accountAction('deactivate', 'Deactivate an account; its open sessions end at once', ({ params, actor }) =>
    setAccountActive(app.db, actor, params.id, false),
  );
  accountAction('reactivate', 'Let a deactivated account sign in again', ({ params, actor }) =>
    setAccountActive(app.db, actor, params.id, true),
  );

  app.post(
    '/api/users/:id/password',
    {
      config: { access: grantedRoute('administer') },
      schema: {
        tags: ['users'],
        summary: 'Set a new password for a staff account; its open sessions end at once',
        params: z.object({ id: z.uuid() }),
        body: z.object({ password: newPassword }),
        response: {
          204: z.null(),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      await resetPassword(app.db, actorOf(request), request.params.id, request.body.password);
      return reply.code(204).send(null);
    },
  );
};
