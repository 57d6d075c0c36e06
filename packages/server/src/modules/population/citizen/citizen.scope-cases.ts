// Scope cases of citizen self-service: the village desk issues a PIN (its own staff's act: others who may
// read the village get 403), and a signed-in citizen reads only their own family card (see test/scope-harness).
import type { RouteCase } from '../../../../test/scope-harness/route-case.ts';

export const citizenScopeCases: RouteCase[] = [
  {
    route: 'POST /api/villages/:code/residents/:id/citizen-pin',
    rule: { kind: 'area', action: 'serve_citizens' },
    scope: 'record',
    // The family head: the cast's citizen is the wife, whose session a re-issued PIN would end.
    request: async (h, village) => ({
      params: { code: village!, id: (await h.family(village!)).residentIds[0]! },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/me/family',
    rule: { kind: 'self', citizensOnly: true },
    scope: 'none',
    request: async () => ({}),
    ok: [200],
  },
];
