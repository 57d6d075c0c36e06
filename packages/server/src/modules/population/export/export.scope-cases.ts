// Scope cases of the resident export: masked for whoever may read the region; with full NIK and KK only for
// those who may write it (see test/scope-harness).
import { regionQuery, type RouteCase } from '../../../../test/scope-harness/route-case.ts';

export const exportScopeCases: RouteCase[] = [
  {
    route: 'GET /api/population/residents/export',
    rule: { kind: 'area', action: 'read' },
    scope: 'region',
    request: async (_h, region) => ({
      query: { ...regionQuery(region), format: 'csv', q: 'Slamet', dusun: 'Krajan', rw: '1', rt: '2' },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/population/residents/export',
    variant: 'full identifiers',
    rule: { kind: 'area', action: 'write' },
    scope: 'region',
    request: async (_h, region) => ({
      query: { ...regionQuery(region), format: 'csv', full: 'true', reason: 'pemutakhiran data bansos' },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/exports/opendk-residents',
    rule: { kind: 'area', action: 'write' },
    scope: 'village',
    request: async (_h, village) => ({
      params: { code: village! },
      query: { reason: 'laporan ke OpenDK kecamatan' },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/population/residents/import-template',
    rule: { kind: 'area', action: 'read' },
    scope: 'none',
    request: async () => ({}),
    ok: [200],
  },
];
