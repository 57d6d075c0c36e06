// Scope cases of the welfare facts pages: a resident's section IV and a family's section V, read by whoever
// may read the area, replaced by the village's own staff (see test/scope-harness).
import type { RouteCase } from '../../../../../test/scope-harness/route-case.ts';

const read = { kind: 'area', action: 'read' } as const;
const write = { kind: 'area', action: 'write' } as const;

export const welfareFactScopeCases: RouteCase[] = [
  {
    route: 'GET /api/villages/:code/residents/:id/welfare',
    rule: read,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: (await h.family(village!)).residentIds[0]! },
    }),
    ok: [200],
  },
  {
    route: 'PUT /api/villages/:code/residents/:id/welfare',
    rule: write,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: (await h.family(village!)).residentIds[0]! },
      body: { source: 'desk', facts: { presence: 1, school_participation: 3, health_insurance: 1 } },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/families/:id/welfare',
    rule: read,
    scope: 'record',
    request: async (h, village) => ({ params: { code: village!, id: (await h.family(village!)).familyId } }),
    ok: [200],
  },
  {
    route: 'PUT /api/villages/:code/families/:id/welfare',
    rule: write,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: (await h.family(village!)).familyId },
      body: { source: 'visit', facts: { has_motorcycle: true, goats: 3, internet_access: 3 } },
    }),
    ok: [200],
  },
];
