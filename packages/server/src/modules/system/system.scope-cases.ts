// Scope cases of the open routes: health, the deployment's public configuration and the OpenAPI document
// are public (rate limited) and take no personal data (see test/scope-harness).
import type { RouteCase } from '../../../test/scope-harness/route-case.ts';

const open = (route: string, undocumented = false): RouteCase => ({
  route,
  rule: { kind: 'public' },
  scope: 'none',
  undocumented,
  request: async () => ({}),
  ok: [200],
});

export const systemScopeCases: RouteCase[] = [
  open('GET /api/health'),
  open('GET /api/config'),
  open('GET /api/openapi.json', true),
];
