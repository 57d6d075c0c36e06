// Scope cases of the statistics: a region's figures for whoever may read it, and the code lists every reader
// of an area needs (see test/scope-harness).
import { regionQuery, type RouteCase } from '../../../../test/scope-harness/route-case.ts';

export const statsScopeCases: RouteCase[] = [
  {
    route: 'GET /api/population/stats',
    rule: { kind: 'area', action: 'read' },
    scope: 'region',
    request: async (_h, region) => ({ query: regionQuery(region) }),
    ok: [200],
  },
  {
    route: 'GET /api/population/stats/villages',
    rule: { kind: 'area', action: 'read' },
    scope: 'region',
    request: async (_h, region) => ({ query: regionQuery(region) }),
    ok: [200],
  },
  {
    route: 'GET /api/population/code-lists',
    rule: { kind: 'signed-in' },
    scope: 'none',
    request: async () => ({}),
    ok: [200],
  },
];
