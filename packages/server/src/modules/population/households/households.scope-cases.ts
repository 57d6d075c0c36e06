// Scope cases of households: the list, the export and one household for whoever may read the area; register,
// change, delete and family moves for the village's own staff and the regency admin (see test/scope-harness).
import { regionQuery, type RouteCase } from '../../../../test/scope-harness/route-case.ts';

const read = { kind: 'area', action: 'read' } as const;
const write = { kind: 'area', action: 'write' } as const;

export const householdScopeCases: RouteCase[] = [
  {
    route: 'GET /api/population/households',
    rule: read,
    scope: 'region',
    request: async (_h, region) => ({
      query: { ...regionQuery(region), q: 'H-1', dusun: 'Krajan', rw: '1', rt: '2' },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/population/households/export',
    rule: read,
    scope: 'region',
    request: async (_h, region) => ({
      query: { ...regionQuery(region), format: 'csv', incomplete: 'location' },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/households/:id',
    rule: read,
    scope: 'record',
    request: async (h, village) => ({ params: { code: village!, id: await h.household(village!) } }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/households',
    rule: write,
    scope: 'village',
    consumesTarget: true, // the household number is taken
    request: async (h, village) => ({
      params: { code: village! },
      body: { householdNo: `H-${h.unique()}`, dusun: 'Krajan', rw: '1', rt: '2', address: 'Jl. Mawar 5' },
    }),
    ok: [201],
  },
  {
    route: 'PATCH /api/villages/:code/households/:id',
    rule: write,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: await h.household(village!) },
      body: { dusun: 'Krajan', rw: '3', rt: '4', address: 'Jl. Melati 9' },
    }),
    ok: [200],
  },
  {
    route: 'DELETE /api/villages/:code/households/:id',
    rule: write,
    scope: 'record',
    consumesTarget: true,
    request: async (h, village, fresh) => ({
      params: { code: village!, id: await h.household(village!, fresh) },
    }),
    ok: [204],
  },
  {
    route: 'PUT /api/villages/:code/families/:id/household',
    rule: write,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: (await h.family(village!)).familyId },
      body: { householdId: await h.household(village!) },
    }),
    ok: [200],
  },
];
