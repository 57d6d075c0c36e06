// Helmet's options. HSTS and the CSP directive upgrade-insecure-requests tell the browser to use HTTPS
// only; sent over plain HTTP from a LAN address they make it ask for https://<address>:3000, which no one
// serves, and the page stays white. So they are sent only when the deployment says it is reached over HTTPS.
import type { FastifyHelmetOptions } from '@fastify/helmet';

export function securityHeaders({ https }: { https: boolean }): FastifyHelmetOptions {
  return {
    hsts: https ? { maxAge: 15_552_000, includeSubDomains: true } : false,
    contentSecurityPolicy: {
      directives: {
        // OpenStreetMap tiles are an opt-in map layer in the web app; the default map needs nothing outside.
        'img-src': ["'self'", 'data:', 'blob:', 'https://tile.openstreetmap.org'],
        'connect-src': ["'self'", 'https://tile.openstreetmap.org'],
        'worker-src': ["'self'", 'blob:'],
        'script-src': ["'self'"],
        // null removes one of helmet's default directives.
        'upgrade-insecure-requests': https ? [] : null,
      },
    },
  };
}
