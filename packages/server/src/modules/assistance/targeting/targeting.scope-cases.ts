// Scope cases of targeting (see test/scope-harness): lists, counts and the what-if for whoever reads the area;
// a regency program's eligibility is the social-affairs agency's decision, a village program's its village's.
import type { Harness } from '../../../../test/scope-harness/harness.ts';
import { regionQuery, type RouteCase } from '../../../../test/scope-harness/route-case.ts';
import { villageProgram, withEligibility } from './test-support/programs.ts';

const read = { kind: 'area', action: 'read' } as const;
const pkh = (h: Harness) => withEligibility(h.t.database.db, 'PKH');

export const targetingScopeCases: RouteCase[] = [
  {
    route: 'GET /api/assistance/programs/:programId/targeting',
    rule: read,
    scope: 'region',
    request: async (h, region) => ({ params: { programId: await pkh(h) }, query: regionQuery(region) }),
    ok: [200],
  },
  {
    route: 'GET /api/assistance/programs/:programId/targeting/:list',
    rule: read,
    scope: 'region',
    request: async (h, region) => ({
      params: { programId: await pkh(h), list: 'excluded' },
      query: regionQuery(region),
    }),
    ok: [200],
  },
  {
    route: 'POST /api/assistance/programs/:programId/targeting/what-if',
    rule: read,
    scope: 'region',
    request: async (h, region) => ({
      params: { programId: await pkh(h) },
      query: regionQuery(region),
      body: { eligibility: { maxDecile: 3, combine: 'any', conditions: [{ id: 'young_child' }] } },
    }),
    ok: [200],
  },
  {
    route: 'PUT /api/assistance/programs/:programId/eligibility',
    variant: 'a national program',
    rule: { kind: 'area', action: 'decide_assistance' },
    scope: 'region',
    // A national program belongs to the regency: the decision is taken there, whatever the caller's area.
    targets: ['35.10'],
    request: async (h) => ({
      params: { programId: await pkh(h) },
      body: { maxDecile: 4, combine: 'all', conditions: [{ id: 'no_jkn' }] },
    }),
    ok: [200],
  },
  {
    route: 'PUT /api/assistance/programs/:programId/eligibility',
    variant: "a village's own program",
    rule: { kind: 'area', action: 'write' },
    scope: 'village',
    request: async (h, village) => ({
      params: { programId: await villageProgram(h.t.database.db, village!, `DESA-${h.unique()}`) },
      body: { maxDecile: 5, combine: 'all', conditions: [{ id: 'female_head' }] },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/assistance/targeting/duplicates',
    rule: read,
    scope: 'region',
    request: async (_h, region) => ({ query: { ...regionQuery(region), kind: 'gone' } }),
    ok: [200],
  },
];
