// Scope cases of the outgoing-letter register (see test/scope-harness): read, exported and printed by whoever
// reads the village.
import type { RouteCase } from '../../../../test/scope-harness/route-case.ts';
import { read } from '../test-support/scope-desk.ts';

export const letterRegisterScopeCases: RouteCase[] = [
  {
    route: 'GET /api/villages/:code/letter-register',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! }, query: { year: '2026' } }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/letter-register/export',
    rule: read,
    scope: 'village',
    runs: 4,
    request: async (_h, village) => ({ params: { code: village! }, query: { year: '2026', format: 'xlsx' } }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/letter-register/pdf',
    rule: read,
    scope: 'village',
    runs: 4,
    request: async (_h, village) => ({ params: { code: village! }, query: { year: '2026' } }),
    ok: [200],
  },
];
