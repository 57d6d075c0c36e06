// Scope cases of the population records: resident search, one resident, a family card, and the audited
// reveals of full identifiers, all for whoever may read the area (see test/scope-harness).
import { regionQuery, type RouteCase } from '../../../../test/scope-harness/route-case.ts';

const reason = { reason: 'verifikasi data bansos' };

export const recordScopeCases: RouteCase[] = [
  {
    route: 'GET /api/population/residents',
    rule: { kind: 'area', action: 'read' },
    scope: 'region',
    request: async (_h, region) => ({
      query: { ...regionQuery(region), q: 'Slamet', dusun: 'Krajan' },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/residents/:id',
    rule: { kind: 'area', action: 'read' },
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: (await h.family(village!)).residentIds[0]! },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/residents/:id/reveal',
    rule: { kind: 'area', action: 'read' },
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: (await h.family(village!)).residentIds[0]! },
      body: reason,
    }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/families/:id',
    rule: { kind: 'area', action: 'read' },
    scope: 'record',
    request: async (h, village) => ({ params: { code: village!, id: (await h.family(village!)).familyId } }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/families/:id/reveal',
    rule: { kind: 'area', action: 'read' },
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: (await h.family(village!)).familyId },
      body: reason,
    }),
    ok: [200],
  },
  ...(['families', 'residents'] as const).flatMap((kind): RouteCase[] => {
    const target = async (h: Parameters<RouteCase['request']>[0], village: string | null) => {
      const family = await h.family(village!);
      return { code: village!, id: kind === 'families' ? family.familyId : family.residentIds[0]! };
    };
    return [
      {
        route: `GET /api/villages/:code/${kind}/:id/pdf`,
        rule: { kind: 'area', action: 'read' },
        scope: 'record',
        request: async (h, village) => ({ params: await target(h, village) }),
        ok: [200],
      },
      {
        route: `POST /api/villages/:code/${kind}/:id/pdf`,
        rule: { kind: 'area', action: 'read' },
        scope: 'record',
        request: async (h, village) => ({ params: await target(h, village), body: reason }),
        ok: [200],
      },
    ];
  }),
];
