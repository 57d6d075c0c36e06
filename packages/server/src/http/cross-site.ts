// Refuses state-changing requests that a browser sent on behalf of another site (cross-site request forgery).
// Browsers tell us where a request comes from: Sec-Fetch-Site (Fetch Metadata, all current browsers) and
// Origin (every cross-origin POST). A request passes when both, if present, say "this site"; a client that
// sends neither is not a browser acting for a web page (curl, scripts, the tests) and passes too.
//
// Chosen over @fastify/csrf-protection: tokens would need a round trip and client plumbing on every form,
// while the session cookie is already SameSite=Strict; checking the headers covers the remaining gaps
// (same-site subdomains, older browsers' lax defaults) in one hook, with nothing to keep in the web client.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from './problem.ts';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * "same-origin": the app's own pages. "none": the user acted directly (typed address, bookmark). A sibling
 * subdomain ("same-site") is another site for this purpose: the cookie would reach us from it.
 */
const trustedFetchSites = new Set(['same-origin', 'none']);

/** The host the request was sent to: the Host header, or the forwarded host behind TRUST_PROXY. */
function ownHost(request: FastifyRequest): string {
  return request.host.toLowerCase();
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null; // "null" (sandboxed frames, privacy redirects) or garbage: not our origin
  }
}

export function isCrossSite(request: FastifyRequest): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && !trustedFetchSites.has(fetchSite.toLowerCase())) return true;
  const origin = request.headers.origin;
  if (typeof origin === 'string' && originHost(origin) !== ownHost(request)) return true;
  return false;
}

export function refuseCrossSiteWrites(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    if (!stateChanging.has(request.method) || !isCrossSite(request)) return;
    request.log.warn(
      { origin: request.headers.origin, fetchSite: request.headers['sec-fetch-site'] },
      'cross-site request refused',
    );
    return sendProblem(reply, 'CROSS_SITE_REQUEST');
  });
}
