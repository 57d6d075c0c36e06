// Scope cases of the by-name-by-address list: masked for whoever may read the area; whole NIK and KK only
// for those who may write it (see test/scope-harness). The catalogue's PBI-JK program is there at start-up.
import { regionQuery, type RouteCase } from '../../../../test/scope-harness/route-case.ts';

const programId = async (h: Parameters<RouteCase['request']>[0]) => {
  const row = await h.t.database.db
    .selectFrom('assistance_program')
    .select('id')
    .where('code', '=', 'PBI-JK')
    .executeTakeFirstOrThrow();
  return row.id;
};

export const assistanceExportScopeCases: RouteCase[] = [
  {
    route: 'GET /api/assistance/programs/:programId/bnba',
    rule: { kind: 'area', action: 'read' },
    scope: 'region',
    request: async (h, region) => ({
      params: { programId: await programId(h) },
      query: { ...regionQuery(region), format: 'csv' },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/assistance/programs/:programId/bnba',
    variant: 'full identifiers',
    rule: { kind: 'area', action: 'write' },
    scope: 'region',
    request: async (h, region) => ({
      params: { programId: await programId(h) },
      query: { ...regionQuery(region), format: 'csv', full: 'true', reason: 'penyaluran bantuan tahap 1' },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/assistance/opendk-export',
    rule: { kind: 'area', action: 'read' },
    scope: 'region',
    request: async (_h, region) => ({ query: regionQuery(region) }),
    ok: [200],
  },
  {
    route: 'GET /api/assistance/opendk-export',
    variant: 'full identifiers',
    rule: { kind: 'area', action: 'write' },
    scope: 'region',
    request: async (_h, region) => ({
      query: { ...regionQuery(region), full: 'true', reason: 'sinkronisasi OpenDK kecamatan' },
    }),
    ok: [200],
  },
];
