// Scope cases of village letters (see test/scope-harness): the catalogue and the letters are read by whoever
// reads the village; officials are recorded by those who write it; letters are issued and voided by the
// village desk only (serve_citizens: the village's own staff, not the regency admin).
import { randomUUID } from 'node:crypto';
import { SYSTEM_LETTER_TYPES } from '@smart-kampung/domain/letters/catalogue';
import { HOME_VILLAGE, REGIONS } from '../../../test/scope-harness/cast.ts';
import type { Harness } from '../../../test/scope-harness/harness.ts';
import { regionQuery, type RouteCase } from '../../../test/scope-harness/route-case.ts';
import type { TestUser } from '../../../test/test-app.ts';
import { multipartFile, solidPng } from './test-support/images.ts';
import { headOfficial } from './test-support/letters.ts';

const desks = new WeakMap<Harness, Map<string, Promise<TestUser>>>();

/** The village's own operator, with the village head recorded once: a desk that can issue letters. */
function desk(h: Harness, village: string): Promise<TestUser> {
  const known = desks.get(h) ?? new Map<string, Promise<TestUser>>();
  desks.set(h, known);
  if (!known.has(village))
    known.set(
      village,
      (async () => {
        const operator = await h.t.createUser('village_operator', village, { session: 'direct' });
        const res = await operator.request({
          method: 'POST',
          url: `/api/villages/${village}/officials`,
          payload: headOfficial,
        });
        if (res.statusCode !== 201) throw new Error(`official in ${village}: ${res.statusCode} ${res.body}`);
        return operator;
      })(),
    );
  return known.get(village)!;
}

const domicile = async (h: Harness, village: string) => ({
  letterTypeCode: 'keterangan-domisili',
  residentId: (await h.family(village)).residentIds[0]!,
  fields: { keperluan: 'Melamar pekerjaan' },
});

/** A letter issued in `village` by its own desk. */
async function letterIn(h: Harness, village: string): Promise<string> {
  const operator = await desk(h, village);
  const res = await operator.request({
    method: 'POST',
    url: `/api/villages/${village}/letters`,
    payload: await domicile(h, village),
  });
  if (res.statusCode !== 201) throw new Error(`letter in ${village}: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** An official recorded in `village` by its own desk. */
async function officialIn(h: Harness, village: string): Promise<string> {
  const operator = await desk(h, village);
  const res = await operator.request({
    method: 'POST',
    url: `/api/villages/${village}/officials`,
    payload: { ...headOfficial, position: 'kepala_dusun', positionTitle: 'Kepala Dusun Krajan' },
  });
  if (res.statusCode !== 201) throw new Error(`official in ${village}: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** A delegation of the regent's in `area`, written straight to the table: the harness's regions include one
 * outside the regency, where no account of ours may record it through the route. */
async function delegationIn(h: Harness, area: string): Promise<string> {
  const id = randomUUID();
  await h.t.database.db
    .insertInto('letter_delegation')
    .values({
      id,
      area_code: area,
      authority: rtlhDelegation.authority,
      mode: rtlhDelegation.mode,
      letter_type_codes: rtlhDelegation.letterTypeCodes,
      regulation_number: rtlhDelegation.regulationNumber,
      regulation_date: rtlhDelegation.regulationDate,
      valid_from: rtlhDelegation.validFrom,
      signing_position: rtlhDelegation.signingPosition,
    })
    .execute();
  return id;
}

const rtlhDelegation = {
  authority: 'bupati',
  mode: 'mandat',
  letterTypeCodes: ['rekomendasi-rehabilitasi-rtlh'],
  regulationNumber: 'Peraturan Bupati Banyuwangi Nomor 12 Tahun 2025',
  regulationDate: '2025-02-03',
  validFrom: '2025-03-01',
  validTo: null,
  signingPosition: 'kepala_desa',
};

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

const usahaTemplate = SYSTEM_LETTER_TYPES.find((type) => type.code === 'keterangan-usaha')!.template;
const usahaEdit = {
  page: usahaTemplate.page,
  letterhead: usahaTemplate.letterhead,
  title: usahaTemplate.title,
  body: usahaTemplate.body,
};

const read = { kind: 'area', action: 'read' } as const;
const serve = { kind: 'area', action: 'serve_citizens' } as const;

export const letterScopeCases: RouteCase[] = [
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
    rule: { kind: 'area', action: 'write' },
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
    rule: { kind: 'area', action: 'write' },
    scope: 'village',
    request: async (_h, village) => ({
      params: { code: village!, type: 'keterangan-usaha' },
      body: { ...usahaEdit, title: 'SURAT KETERANGAN USAHA MIKRO' },
    }),
    ok: [200],
  },
  {
    route: 'DELETE /api/villages/:code/letter-types/:type/template',
    rule: { kind: 'area', action: 'write' },
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village!, type: 'keterangan-usaha' } }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/letter-types/:type/preview',
    rule: { kind: 'area', action: 'write' },
    scope: 'village',
    runs: 4,
    request: async (_h, village) => ({
      params: { code: village!, type: 'keterangan-usaha' },
      body: { template: usahaEdit },
    }),
    ok: [200],
  },
  {
    route: 'PUT /api/villages/:code/letter-logo',
    rule: { kind: 'area', action: 'write' },
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
    rule: { kind: 'area', action: 'write' },
    scope: 'village',
    consumesTarget: true,
    request: async (h, village) => {
      await logoIn(h, village!);
      return { params: { code: village! } };
    },
    ok: [204],
  },
  {
    route: 'GET /api/villages/:code/letter-register',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! }, query: { year: '2026' } }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/letter-register/export',
    rule: read,
    scope: 'village',
    runs: 4,
    request: async (_h, village) => ({ params: { code: village! }, query: { year: '2026', format: 'xlsx' } }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/letter-register/pdf',
    rule: read,
    scope: 'village',
    runs: 4,
    request: async (_h, village) => ({ params: { code: village! }, query: { year: '2026' } }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/officials',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! } }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/officials',
    rule: { kind: 'area', action: 'write' },
    scope: 'village',
    request: async (_h, village) => ({
      params: { code: village! },
      body: { ...headOfficial, position: 'kepala_dusun', positionTitle: 'Kepala Dusun Krajan' },
    }),
    ok: [201],
  },
  {
    route: 'PUT /api/villages/:code/officials/:id',
    rule: { kind: 'area', action: 'write' },
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: await officialIn(h, village!) },
      body: { ...headOfficial, position: 'kepala_dusun', positionTitle: 'Kepala Dusun Sumberwaru' },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/officials/:id/end',
    rule: { kind: 'area', action: 'write' },
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: await officialIn(h, village!) },
      body: { termEnd: '2026-06-30' },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/letters',
    rule: serve,
    scope: 'village',
    request: async (h, village) => {
      await desk(h, village!);
      return { params: { code: village! }, body: await domicile(h, village!) };
    },
    ok: [201],
  },
  {
    route: 'GET /api/villages/:code/letters',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! }, query: { limit: '10', offset: '0' } }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/letters/:id',
    rule: read,
    scope: 'record',
    request: async (h, village) => ({ params: { code: village!, id: await letterIn(h, village!) } }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/letters/:id/pdf',
    rule: read,
    scope: 'record',
    runs: 4,
    request: async (h, village) => ({ params: { code: village!, id: await letterIn(h, village!) } }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/letters/:id/void',
    rule: serve,
    scope: 'record',
    consumesTarget: true,
    request: async (h, village) => ({
      params: { code: village!, id: await letterIn(h, village!) },
      body: { reason: 'Salah ketik keperluan' },
    }),
    ok: [200],
  },
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
    route: 'GET /api/letter-delegations',
    rule: read,
    scope: 'region',
    request: async (_h, region) => ({ query: regionQuery(region) }),
    ok: [200],
  },
  {
    route: 'POST /api/letter-delegations',
    rule: { kind: 'granted', action: 'administer' },
    scope: 'region',
    targets: REGIONS,
    request: async (_h, area) => ({
      body: { ...rtlhDelegation, areaCode: area! },
    }),
    ok: [201],
  },
  {
    route: 'POST /api/letter-delegations/:id/end',
    rule: { kind: 'granted', action: 'administer' },
    scope: 'region',
    targets: REGIONS,
    request: async (h, area) => ({
      params: { id: await delegationIn(h, area!) },
      body: { validTo: '2026-06-30' },
    }),
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
