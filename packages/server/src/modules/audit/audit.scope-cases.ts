// Scope cases of the audit receipts: the regency admin and the inspectorate's staff; the other agencies read
// data, not the audit trail (a rule of this route, not of the area grants; see test/scope-harness).
import type { RouteCase } from '../../../test/scope-harness/route-case.ts';

export const auditScopeCases: RouteCase[] = ['GET /api/audit/receipt', 'GET /api/audit/receipt.txt'].map(
  (route): RouteCase => ({
    route,
    rule: {
      kind: 'roles',
      who: 'the regency admin and the inspectorate',
      allowed: (actor) =>
        actor.role === 'regency_admin' || (actor.role === 'agency_staff' && actor.agency === 'inspectorate'),
    },
    scope: 'none',
    request: async () => ({ query: { count: '3' } }),
    ok: [200],
  }),
);
