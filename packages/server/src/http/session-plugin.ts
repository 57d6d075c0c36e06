// Resolves the session cookie to `request.actor` once per request, before any route-level access check.
import type { FastifyInstance } from 'fastify';
import { authPolicy } from '../modules/auth/policy.ts';
import { actorForToken } from '../modules/auth/service.ts';

export function registerSessionResolver(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[authPolicy.cookieName];
    request.actor = token ? await actorForToken(app.db, token) : null;
  });
}
