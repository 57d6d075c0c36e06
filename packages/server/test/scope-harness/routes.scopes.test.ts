// Every /api route has a scope case: the harness's coverage check, on the real app. The cases of the smaller
// modules (statistics, exports, the village profile, regions, accounts, audit receipts, sign-in and the open
// routes) run here too, on the same app.
import { describe, expect, it } from 'vitest';
import { auditScopeCases } from '../../src/modules/audit/audit.scope-cases.ts';
import { authScopeCases } from '../../src/modules/auth/auth.scope-cases.ts';
import { exportScopeCases } from '../../src/modules/population/export/export.scope-cases.ts';
import { statsScopeCases } from '../../src/modules/population/stats/stats.scope-cases.ts';
import { regionScopeCases } from '../../src/modules/regions/regions.scope-cases.ts';
import { systemScopeCases } from '../../src/modules/system/system.scope-cases.ts';
import { userScopeCases } from '../../src/modules/users/users.scope-cases.ts';
import { villageScopeCases } from '../../src/modules/villages/villages.scope-cases.ts';
import { allScopeCases, caseFilesNotRun, registeredRoutes } from './coverage.ts';
import { describeScopeCases } from './describe-scopes.ts';

const scope = describeScopeCases([
  ...statsScopeCases,
  ...exportScopeCases,
  ...villageScopeCases,
  ...regionScopeCases,
  ...userScopeCases,
  ...auditScopeCases,
  ...authScopeCases,
  ...systemScopeCases,
]);

describe('scope cases of every /api route', () => {
  it('has a case for every registered route, public and self-only ones included', async () => {
    const cased = new Set((await allScopeCases()).flatMap((f) => f.cases.map((c) => c.route)));
    const missing = registeredRoutes(scope.harness().t.app).filter((route) => !cased.has(route));
    expect(missing, "routes with no scope case: add one to their module's *.scope-cases.ts").toEqual([]);
  });

  it('has no case for a route the app does not register', async () => {
    const registered = new Set(registeredRoutes(scope.harness().t.app));
    const stale = (await allScopeCases()).flatMap((f) =>
      f.cases.filter((c) => !registered.has(c.route)).map((c) => `${c.route} (${f.file})`),
    );
    expect(stale).toEqual([]);
  });

  it('runs every case file from a *.scopes.test.ts', async () => {
    const files = (await allScopeCases()).map((f) => f.file);
    expect(caseFilesNotRun(files)).toEqual([]);
  });
});
