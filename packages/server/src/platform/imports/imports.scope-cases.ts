// Scope cases of the import pipeline: every importer's upload and the job routes they share belong to the
// village's own writers (and the regency admin); district and agency staff of the area get 403, everyone
// else 404, a job of another village behind one's own village code included (see test/scope-harness).
import type { RouteCase } from '../../../test/scope-harness/route-case.ts';
import { minimalImportFile } from '../../../test/scope-harness/import-files.ts';
import { registeredImporters } from '../../registered-importers.ts';

const write = { kind: 'area', action: 'write' } as const;
/** The job routes act on a checked resident import (shared per village unless fresh). */
const job = async (h: Parameters<RouteCase['request']>[0], village: string, fresh = false) => ({
  code: village,
  jobId: await h.importJob(village, 'residents', fresh),
});

export const importScopeCases: RouteCase[] = [
  ...registeredImporters.map((importer): RouteCase => ({
    route: `POST /api/villages/:code/imports/${importer.name}`,
    rule: write,
    scope: 'village',
    request: async (_h, village) => ({
      params: { code: village! },
      file: await minimalImportFile(importer.name),
    }),
    ok: [202],
  })),
  {
    route: 'GET /api/villages/:code/imports',
    rule: write,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! }, query: { importer: 'residents' } }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/imports/:jobId',
    rule: write,
    scope: 'record',
    request: async (h, village) => ({ params: await job(h, village!) }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/imports/:jobId/events',
    rule: write,
    scope: 'record',
    request: async (h, village) => ({ params: await job(h, village!) }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/imports/:jobId/rows',
    rule: write,
    scope: 'record',
    request: async (h, village) => ({
      params: await job(h, village!),
      query: { kind: 'all', limit: '10', offset: '0' },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/imports/:jobId/commit',
    rule: write,
    scope: 'record',
    consumesTarget: true,
    // 409: the line may already be registered by an earlier commit in this file; the access check passed.
    request: async (h, village, fresh) => ({ params: await job(h, village!, fresh), body: { mode: 'all' } }),
    ok: [202, 409],
  },
  {
    route: 'POST /api/villages/:code/imports/:jobId/cancel',
    rule: write,
    scope: 'record',
    consumesTarget: true,
    request: async (h, village, fresh) => ({ params: await job(h, village!, fresh) }),
    ok: [200],
  },
];
