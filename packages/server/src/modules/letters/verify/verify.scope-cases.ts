// Scope cases of letter verification (see test/scope-harness): the verify route and the public keys are
// public (rate limited); rotating a village's key is the regency admin's (administer).
import { HOME_VILLAGE } from '../../../../test/scope-harness/cast.ts';
import type { RouteCase } from '../../../../test/scope-harness/route-case.ts';
import { desk, letterIn } from '../test-support/scope-desk.ts';

export const letterVerifyScopeCases: RouteCase[] = [
  {
    route: 'GET /api/public/letters/:ref',
    rule: { kind: 'public' },
    scope: 'none',
    request: async (h) => {
      const operator = await desk(h, HOME_VILLAGE);
      const res = await operator.request({
        method: 'GET',
        url: `/api/villages/${HOME_VILLAGE}/letters/${await letterIn(h, HOME_VILLAGE)}`,
      });
      return { params: { ref: res.json<{ verifyUrl: string }>().verifyUrl.split('/v/')[1]! } };
    },
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/letter-keys/rotate',
    rule: { kind: 'granted', action: 'administer' },
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! } }),
    ok: [201],
  },
  {
    route: 'GET /api/public/letter-keys',
    rule: { kind: 'public' },
    scope: 'none',
    request: async () => ({}),
    ok: [200],
  },
];
