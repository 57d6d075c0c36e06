// Scope cases of the letterhead logo (see test/scope-harness): read by whoever reads the village, uploaded and
// removed by those who write it.
import type { Harness } from '../../../../test/scope-harness/harness.ts';
import type { RouteCase } from '../../../../test/scope-harness/route-case.ts';
import { multipartFile, solidPng } from '../test-support/images.ts';
import { read, write, desk } from '../test-support/scope-desk.ts';

/** A logo uploaded by the village's own desk, so there is one to read or remove. */
async function logoIn(h: Harness, village: string) {
  const operator = await desk(h, village);
  const res = await operator.request({
    method: 'PUT',
    url: `/api/villages/${village}/letter-logo`,
    ...multipartFile('logo.png', solidPng(16, 16)),
  });
  if (res.statusCode !== 200) throw new Error(`logo in ${village}: ${res.statusCode} ${res.body}`);
}

export const letterLogoScopeCases: RouteCase[] = [
  {
    route: 'PUT /api/villages/:code/letter-logo',
    rule: write,
    scope: 'village',
    runs: 4,
    request: async (_h, village) => ({
      params: { code: village! },
      file: { name: 'logo.png', content: solidPng(16, 16) },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/letter-logo',
    rule: read,
    scope: 'village',
    request: async (h, village) => {
      await logoIn(h, village!);
      return { params: { code: village! } };
    },
    ok: [200],
  },
  {
    route: 'DELETE /api/villages/:code/letter-logo',
    rule: write,
    scope: 'village',
    consumesTarget: true,
    request: async (h, village) => {
      await logoIn(h, village!);
      return { params: { code: village! } };
    },
    ok: [204],
  },
];
