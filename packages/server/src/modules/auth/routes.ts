import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../http/problem.ts';
import { problemSchema } from '../../http/problem-schema.ts';
import { actorOf, publicRoute, signedIn } from '../../http/route-access.ts';
import { authPolicy } from './policy.ts';
import { findProfile } from './queries.ts';
import {
  citizenLoginBodySchema,
  loginBodySchema,
  passwordChangeBodySchema,
  toProfile,
  userProfileSchema,
} from './schemas.ts';
import { changeOwnPassword, loginWithNikPin, loginWithPassword, logout } from './service.ts';

/** Sign-in is public: a coarse per-address request limit, on top of the failure back-off (throttle.ts). */
const loginRateLimit = { max: 20, timeWindow: '1 minute' };

const clientOf = (request: FastifyRequest) => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? null,
});

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const startSession = async (reply: FastifyReply, session: { token: string; userId: string }) => {
    reply.setCookie(authPolicy.cookieName, session.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: app.config.https,
      maxAge: authPolicy.sessionHours * 3600,
    });
    const profile = await findProfile(app.db, session.userId);
    if (!profile) throw new AppError('AUTH_REQUIRED');
    return { user: toProfile(profile) };
  };

  const loginResponses = {
    200: z.object({ user: userProfileSchema }),
    400: problemSchema,
    401: problemSchema,
    429: problemSchema,
  };

  app.post(
    '/api/auth/login',
    {
      config: { access: publicRoute(), rateLimit: loginRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Staff sign-in with username and password; sets the session cookie',
        body: loginBodySchema,
        response: loginResponses,
      },
    },
    async (request, reply) => {
      const session = await loginWithPassword(
        app.db,
        request.body.username,
        request.body.password,
        clientOf(request),
      );
      return startSession(reply, session);
    },
  );

  app.post(
    '/api/auth/citizen-login',
    {
      config: { access: publicRoute(), rateLimit: loginRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Citizen sign-in with NIK and a 6-digit PIN; sets the session cookie',
        body: citizenLoginBodySchema,
        response: loginResponses,
      },
    },
    async (request, reply) => {
      const session = await loginWithNikPin(app.db, request.body.nik, request.body.pin, clientOf(request));
      return startSession(reply, session);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: signedIn(), beforePasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: 'Ends the current session',
        response: { 204: z.null(), 401: problemSchema },
      },
    },
    async (request, reply) => {
      const token = request.cookies[authPolicy.cookieName];
      if (token) await logout(app.db, token, actorOf(request), clientOf(request));
      reply.clearCookie(authPolicy.cookieName, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      // The current password is checked here: a coarse limit keeps a stolen session from guessing it.
      config: {
        access: signedIn(),
        beforePasswordChange: true,
        rateLimit: { max: 10, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary:
          'A staff member replaces their own password (required after the admin set a one-time password); other sessions of the account end',
        body: passwordChangeBodySchema,
        response: {
          200: z.object({ user: userProfileSchema }),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const token = request.cookies[authPolicy.cookieName] ?? '';
      await changeOwnPassword(app.db, actor, token, request.body, clientOf(request));
      const profile = await findProfile(app.db, actor.id);
      if (!profile) throw new AppError('AUTH_REQUIRED');
      return { user: toProfile(profile) };
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: signedIn(), beforePasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and the area they work in',
        response: { 200: z.object({ user: userProfileSchema }), 401: problemSchema },
      },
    },
    async (request) => {
      const profile = await findProfile(app.db, actorOf(request).id);
      if (!profile) throw new AppError('AUTH_REQUIRED');
      return { user: toProfile(profile) };
    },
  );
};
