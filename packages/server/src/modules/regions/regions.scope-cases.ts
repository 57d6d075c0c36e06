// Scope cases of the regions: public reference data (Kemendagri codes) every signed-in user reads, whatever
// their area (see test/scope-harness).
import type { RouteCase } from '../../../test/scope-harness/route-case.ts';
import { REGIONS } from '../../../test/scope-harness/cast.ts';

export const regionScopeCases: RouteCase[] = [
  'GET /api/regions/:code',
  'GET /api/regions/:code/children',
].map((route): RouteCase => ({
  route,
  rule: { kind: 'signed-in' },
  scope: 'region',
  targets: REGIONS,
  request: async (_h, region) => ({ params: { code: region! } }),
  ok: [200],
}));
