// Scope cases of account administration: only roles granted "administer" (the regency admin) pass the route;
// an account bound outside the admin's area does not exist for them (see test/scope-harness).
import type { RouteCase } from '../../../test/scope-harness/route-case.ts';
import { REGIONS } from '../../../test/scope-harness/cast.ts';
import { staffRoleFor } from '../../../test/scope-harness/harness.ts';

const administer = { kind: 'granted', action: 'administer' } as const;

const accountAction = (action: string, body?: unknown): RouteCase => ({
  route: `POST /api/users/:id/${action}`,
  rule: administer,
  scope: 'region',
  targets: REGIONS,
  request: async (h, area) => ({ params: { id: (await h.account(area!)).id }, body }),
  ok: [204],
});

export const userScopeCases: RouteCase[] = [
  {
    route: 'GET /api/users',
    rule: administer,
    scope: 'none',
    request: async () => ({
      query: { areaCode: '35.10.01', role: 'village_operator', limit: '10', offset: '0' },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/users',
    rule: administer,
    scope: 'region',
    targets: REGIONS,
    consumesTarget: true, // the username is taken
    request: async (h, area) => ({
      body: {
        username: `petugas.${h.unique()}`,
        displayName: 'Petugas Baru',
        password: 'sandi-yang-panjang',
        role: staffRoleFor(area!),
        agency: staffRoleFor(area!) === 'agency_staff' ? 'planning' : null,
        areaCode: area!,
      },
    }),
    ok: [201],
  },
  accountAction('unlock'),
  accountAction('deactivate'),
  accountAction('reactivate'),
  // A reset answers the one-time password it made (200), no body.
  { ...accountAction('password'), ok: [200] },
  {
    route: 'GET /api/users/:id',
    rule: administer,
    scope: 'region',
    targets: REGIONS,
    request: async (h, area) => ({ params: { id: (await h.account(area!)).id } }),
    ok: [200],
  },
  {
    route: 'PATCH /api/users/:id',
    rule: administer,
    scope: 'region',
    targets: REGIONS,
    // A renaming: a new role or area would move the shared account out of its region.
    request: async (h, area) => ({
      params: { id: (await h.account(area!)).id },
      body: { displayName: `Petugas ${h.unique()}` },
    }),
    ok: [200],
  },
];
