// Scope cases of signing in and out: the two sign-in routes are public (failed attempts are audited by
// design), the session routes are the caller's own (see test/scope-harness).
import type { RouteCase } from '../../../test/scope-harness/route-case.ts';
import { HOME_VILLAGE } from '../../../test/scope-harness/cast.ts';
import { TEST_PASSWORD } from '../../../test/test-app.ts';

export const authScopeCases: RouteCase[] = [
  {
    route: 'POST /api/auth/login',
    rule: { kind: 'public' },
    scope: 'none',
    refusalsAudited: true,
    // A fresh account each time: the account cases change the shared ones' passwords and deactivate them.
    request: async (h) => ({
      body: { username: (await h.account(HOME_VILLAGE, true)).username, password: TEST_PASSWORD },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/auth/citizen-login',
    rule: { kind: 'public' },
    scope: 'none',
    refusalsAudited: true,
    request: async (h) => ({ body: h.citizenSignIn }),
    ok: [200],
  },
  {
    route: 'POST /api/auth/logout',
    rule: { kind: 'self' },
    scope: 'none',
    endsSession: true,
    request: async () => ({}),
    ok: [204],
  },
  {
    route: 'GET /api/auth/me',
    rule: { kind: 'self' },
    scope: 'none',
    request: async () => ({}),
    ok: [200],
  },
];
