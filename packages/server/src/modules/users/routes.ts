import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isWithin } from '../../access/access.ts';
import { agencies, roles, type Actor } from '../../access/roles.ts';
import { problemSchema } from '../../http/problem-schema.ts';
import { actorOf, grantedRoute } from '../../http/route-access.ts';
import { regionCodeSchema } from '../regions/schemas.ts';
import { findStaffAccountView, listUsers, type StaffAccountListRow } from './queries.ts';
import {
  createStaffAccount,
  resetPassword,
  setAccountActive,
  unlockAccount,
  updateStaffAccount,
} from './service.ts';
import { say } from '../../http/field-messages.ts';
import { AppError } from '../../http/problem.ts';

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
  /** Signed in last with a password the admin set: must choose their own before anything else. */
  passwordChangeRequired: z.boolean(),
});

function toListItem(row: StaffAccountListRow, now: Date) {
  return userListItem.parse({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    agency: row.agency,
    areaCode: row.area_code,
    areaName: row.area_name,
    active: row.active,
    locked: row.blocked_until !== null && row.blocked_until > now,
    passwordChangeRequired: row.password_change_required,
  });
}

const displayName = z.string().trim().min(2).max(120);

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
      return { items: rows.map((row) => toListItem(row, now)) };
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { access: grantedRoute('administer') },
      schema: {
        tags: ['users'],
        summary: 'One staff account in the admin’s area',
        params: z.object({ id: z.uuid() }),
        response: { 200: userListItem, 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const row = await findStaffAccountView(app.db, request.params.id);
      if (!row || !isWithin(row.area_code, actorOf(request).areaCode)) throw new AppError('NOT_FOUND');
      return toListItem(row, new Date());
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: grantedRoute('administer') },
      schema: {
        tags: ['users'],
        summary:
          'Change a staff account’s name, role, agency or area (audited; not one’s own role or area). The user name stays',
        params: z.object({ id: z.uuid() }),
        body: z
          .object({
            displayName: displayName.optional(),
            role: z.enum(roles).exclude(['citizen']).optional(),
            agency: z.enum(agencies).nullable().optional(),
            areaCode: regionCodeSchema.optional(),
          })
          .strict(),
        response: {
          200: userListItem,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await updateStaffAccount(app.db, actor, request.params.id, request.body);
      const row = await findStaffAccountView(app.db, request.params.id);
      if (!row) throw new AppError('NOT_FOUND');
      return toListItem(row, new Date());
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
          displayName,
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
        summary:
          'Reset a staff account’s password: answers a one-time password, shown once, for the admin to hand over. Its open sessions end at once; the owner must choose a new password at the next sign-in',
        params: z.object({ id: z.uuid() }),
        response: {
          200: z.object({ oneTimePassword: z.string() }),
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const oneTimePassword = await resetPassword(app.db, actorOf(request), request.params.id);
      // The password is in this answer only: never cached by the browser or a proxy.
      void reply.header('cache-control', 'no-store');
      return { oneTimePassword };
    },
  );
};
