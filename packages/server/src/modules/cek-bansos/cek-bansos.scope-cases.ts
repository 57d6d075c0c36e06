// Scope cases of the public Cek Bansos look-up (see test/scope-harness): public routes, the same answer for
// everyone, signed in or not.
import { HOME_VILLAGE } from '../../../test/scope-harness/cast.ts';
import type { RouteCase } from '../../../test/scope-harness/route-case.ts';
import { solvedProof } from './test-support/solve.ts';

export const cekBansosScopeCases: RouteCase[] = [
  {
    route: 'GET /api/public/cek-bansos/areas',
    rule: { kind: 'public' },
    scope: 'none',
    request: async () => ({}),
    ok: [200],
  },
  {
    route: 'GET /api/public/cek-bansos/challenge',
    rule: { kind: 'public' },
    scope: 'none',
    request: async () => ({}),
    ok: [200],
  },
  {
    route: 'POST /api/public/cek-bansos/lookup',
    rule: { kind: 'public' },
    scope: 'none',
    request: async (h) => ({
      body: { village: HOME_VILLAGE, name: 'Siti Aminah', proof: await solvedProof(h.t.app) },
    }),
    ok: [200],
  },
];
