// Scope cases of the poverty map: an area's figures (and their file) and a village's households as points and
// as the by-name list, for whoever may read the area (see test/scope-harness).
import { regionQuery, type RouteCase } from '../../../../test/scope-harness/route-case.ts';

const read = { kind: 'area', action: 'read' } as const;

export const povertyMapScopeCases: RouteCase[] = [
  {
    route: 'GET /api/assistance/map/villages',
    rule: read,
    scope: 'region',
    request: async (_h, region) => ({ query: regionQuery(region) }),
    ok: [200],
  },
  {
    route: 'GET /api/assistance/map/villages/export',
    rule: read,
    scope: 'region',
    request: async (_h, region) => ({ query: { ...regionQuery(region), format: 'xlsx' } }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/assistance/map/points',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({
      params: { code: village! },
      query: { program: 'PKH', decileMin: '1', decileMax: '4' },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/assistance/map/households',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({
      params: { code: village! },
      query: { program: 'PIP', decileMax: '4', limit: '10', offset: '0' },
    }),
    ok: [200],
  },
];
