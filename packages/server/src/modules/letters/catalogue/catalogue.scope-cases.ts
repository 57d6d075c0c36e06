// Scope cases of the letter types (see test/scope-harness): the catalogue, a type and its template are read by
// whoever reads the village; a type's settings and template are changed, and a draft previewed, by those who
// write it.
import { SYSTEM_LETTER_TYPES } from '@smart-kampung/domain/letters/catalogue';
import type { RouteCase } from '../../../../test/scope-harness/route-case.ts';
import { read, write } from '../test-support/scope-desk.ts';

const usahaTemplate = SYSTEM_LETTER_TYPES.find((type) => type.code === 'keterangan-usaha')!.template;
const usahaEdit = {
  page: usahaTemplate.page,
  letterhead: usahaTemplate.letterhead,
  title: usahaTemplate.title,
  body: usahaTemplate.body,
};

export const letterTypeScopeCases: RouteCase[] = [
  {
    route: 'GET /api/villages/:code/letter-types',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! } }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/letter-types/:type',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village!, type: 'keterangan-usaha' } }),
    ok: [200],
  },
  {
    route: 'PUT /api/villages/:code/letter-types/:type/settings',
    rule: write,
    scope: 'village',
    request: async (_h, village) => ({
      params: { code: village!, type: 'keterangan-usaha' },
      body: {
        enabled: true,
        numberFormat: '[kode]/[nomor:4]/[kode_desa]/[tahun]',
        sequenceScope: 'type',
        klasifikasi: '517',
        signingPosition: 'kepala_desa',
        serviceDays: 1,
      },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/letter-types/:type/template',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village!, type: 'keterangan-usaha' } }),
    ok: [200],
  },
  {
    route: 'PUT /api/villages/:code/letter-types/:type/template',
    rule: write,
    scope: 'village',
    request: async (_h, village) => ({
      params: { code: village!, type: 'keterangan-usaha' },
      body: { ...usahaEdit, title: 'SURAT KETERANGAN USAHA MIKRO' },
    }),
    ok: [200],
  },
  {
    route: 'DELETE /api/villages/:code/letter-types/:type/template',
    rule: write,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village!, type: 'keterangan-usaha' } }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/letter-types/:type/preview',
    rule: write,
    scope: 'village',
    runs: 4,
    request: async (_h, village) => ({
      params: { code: village!, type: 'keterangan-usaha' },
      body: { template: usahaEdit },
    }),
    ok: [200],
  },
];
