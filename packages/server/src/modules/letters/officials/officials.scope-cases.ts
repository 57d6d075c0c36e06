// Scope cases of the village officials (see test/scope-harness): read by whoever reads the village; recorded,
// corrected and their terms ended by those who write it, who alone list the staff accounts an official may be
// linked to.
import type { RouteCase } from '../../../../test/scope-harness/route-case.ts';
import { headOfficial } from '../test-support/letters.ts';
import { read, write, officialIn } from '../test-support/scope-desk.ts';

export const officialScopeCases: RouteCase[] = [
  {
    route: 'GET /api/villages/:code/officials',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! } }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/officials',
    rule: write,
    scope: 'village',
    request: async (_h, village) => ({
      params: { code: village! },
      body: { ...headOfficial, position: 'kepala_dusun', positionTitle: 'Kepala Dusun Krajan' },
    }),
    ok: [201],
  },
  {
    route: 'PUT /api/villages/:code/officials/:id',
    rule: write,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: await officialIn(h, village!) },
      body: { ...headOfficial, position: 'kepala_dusun', positionTitle: 'Kepala Dusun Sumberwaru' },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/officials/:id/end',
    rule: write,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: await officialIn(h, village!) },
      body: { termEnd: '2026-06-30' },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/staff-accounts',
    rule: write,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! } }),
    ok: [200],
  },
];
