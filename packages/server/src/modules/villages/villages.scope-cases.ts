// Scope cases of the village profile: read by whoever may read the village, edited by its own staff and the
// regency admin (see test/scope-harness).
import type { RouteCase } from '../../../test/scope-harness/route-case.ts';

export const villageScopeCases: RouteCase[] = [
  {
    route: 'GET /api/villages/:code/profile',
    rule: { kind: 'area', action: 'read' },
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! } }),
    ok: [200],
  },
  {
    route: 'PUT /api/villages/:code/profile',
    rule: { kind: 'area', action: 'write' },
    scope: 'village',
    request: async (_h, village) => ({
      params: { code: village! },
      body: {
        headName: 'Suyanto',
        headTitle: 'Kepala Desa',
        officeAddress: 'Jl. Raya 1',
        postalCode: '68488',
        phone: '0333 123456',
        email: 'desa@example.org',
        website: 'https://desa.example.org',
      },
    }),
    ok: [200],
  },
];
