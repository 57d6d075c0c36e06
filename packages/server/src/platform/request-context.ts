// Who is asking and from where: what every audited service call needs, built once per request.
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../access/roles.ts';
import { actorOf } from '../http/route-access.ts';

export interface RequestContext {
  actor: Actor;
  ip: string | null;
  userAgent: string | null;
}

/** The context of a request to a route declared non-public (its access check has already run). */
export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: actorOf(request), ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}
