// "A route is one declaration": every /api route states in its `config.access` who may call it, and public
// routes must also state their rate limit. The onRoute hook refuses to start a server with a route that
// forgets, and turns the declaration into the check that runs before the handler.
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { rolesThatMay, type Action } from '../access/access.ts';
import type { Actor, Role } from '../access/roles.ts';
import { AppError } from './problem.ts';

export type RouteAccess =
  | { kind: 'public' }
  /** Any signed-in user, whatever the role. */
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: readonly Role[] };

export const publicRoute = (): RouteAccess => ({ kind: 'public' });
export const signedIn = (): RouteAccess => ({ kind: 'authenticated' });
export const rolesOnly = (...roles: Role[]): RouteAccess => ({ kind: 'roles', roles });

/**
 * A route that acts on a record of an area, checked by the access function per record. Every role with an
 * area grant reaches that check, so that outside its area a record does not exist (404) and inside it an
 * action the role lacks is forbidden (403); roles with no area grant at all are refused here (403).
 */
export const areaRoute = (action: Action): RouteAccess => ({
  kind: 'roles',
  roles: [...new Set([...rolesThatMay('read'), ...rolesThatMay(action)])],
});

/** A route only the roles granted `action` may call (e.g. account administration). */
export const grantedRoute = (action: Action): RouteAccess => ({ kind: 'roles', roles: rolesThatMay(action) });

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /**
     * Reachable by a session whose password the admin set (a one-time password): who am I, sign out, and
     * choosing a new password. Every other route answers 403 PASSWORD_CHANGE_REQUIRED until then.
     */
    beforePasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The signed-in user of a route declared non-public (the access check has already run). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('AUTH_REQUIRED');
  return request.actor;
}

/** One /api route as the app registered it: the list a test walks to check that every route is covered. */
export interface DeclaredRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

const declarations = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/** Every /api route declared so far on `app` (HEAD routes Fastify adds for each GET included). */
export function declaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  return declarations.get(app) ?? [];
}

function describeAccess(access: RouteAccess): string {
  switch (access.kind) {
    case 'public':
      return 'Public (rate limited).';
    case 'authenticated':
      return 'Any signed-in user.';
    case 'roles':
      return `Roles: ${access.roles.join(', ')}.`;
  }
}

export function enforceRouteDeclarations(app: FastifyInstance) {
  const declared: DeclaredRoute[] = [];
  declarations.set(app, declared);
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const config = route.config as
      { access?: RouteAccess; rateLimit?: unknown; beforePasswordChange?: boolean } | undefined;
    const access = config?.access;
    if (!access) throw new Error(`Route ${route.method.toString()} ${route.url} declares no access`);
    if (access.kind === 'public' && !config.rateLimit) {
      throw new Error(`Public route ${route.method.toString()} ${route.url} declares no rate limit`);
    }
    for (const method of [route.method].flat()) declared.push({ method, url: route.url, access });
    if (route.schema) {
      const schema = route.schema as { description?: string; security?: unknown };
      schema.description = [schema.description, describeAccess(access)].filter(Boolean).join('\n\n');
      if (access.kind !== 'public') schema.security = [{ session: [] }];
    }
    const check = (request: FastifyRequest) => {
      if (access.kind === 'public') return Promise.resolve();
      if (!request.actor) return Promise.reject(new AppError('AUTH_REQUIRED'));
      if (request.actor.passwordChangeRequired && !config.beforePasswordChange)
        return Promise.reject(new AppError('PASSWORD_CHANGE_REQUIRED'));
      if (access.kind === 'roles' && !access.roles.includes(request.actor.role)) {
        return Promise.reject(new AppError('FORBIDDEN'));
      }
      return Promise.resolve();
    };
    // onRequest runs before body parsing and validation: a stranger learns nothing from a 400.
    const existing = route.onRequest ? [route.onRequest].flat() : [];
    route.onRequest = [...existing, check];
  });
}
