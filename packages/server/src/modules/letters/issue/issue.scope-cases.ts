// Scope cases of issued letters (see test/scope-harness): read and printed by whoever reads the village; issued
// and voided by the village desk only (serve_citizens: the village's own staff, not the regency admin).
import type { RouteCase } from '../../../../test/scope-harness/route-case.ts';
import { read, serve, desk, domicile, letterIn } from '../test-support/scope-desk.ts';

export const letterIssueScopeCases: RouteCase[] = [
  {
    route: 'POST /api/villages/:code/letters',
    rule: serve,
    scope: 'village',
    request: async (h, village) => {
      await desk(h, village!);
      return { params: { code: village! }, body: await domicile(h, village!) };
    },
    ok: [201],
  },
  {
    route: 'GET /api/villages/:code/letters',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! }, query: { limit: '10', offset: '0' } }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/letters/:id',
    rule: read,
    scope: 'record',
    request: async (h, village) => ({ params: { code: village!, id: await letterIn(h, village!) } }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/letters/:id/pdf',
    rule: read,
    scope: 'record',
    runs: 4,
    request: async (h, village) => ({ params: { code: village!, id: await letterIn(h, village!) } }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/letters/:id/void',
    rule: serve,
    scope: 'record',
    consumesTarget: true,
    request: async (h, village) => ({
      params: { code: village!, id: await letterIn(h, village!) },
      body: { reason: 'Salah ketik keperluan' },
    }),
    ok: [200],
  },
];
