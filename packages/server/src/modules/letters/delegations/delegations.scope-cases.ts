// Scope cases of the delegations of signing authority (see test/scope-harness): read by whoever reads an area
// they reach; recorded and ended by the regency admin (administer) only.
import { randomUUID } from 'node:crypto';
import { REGIONS } from '../../../../test/scope-harness/cast.ts';
import type { Harness } from '../../../../test/scope-harness/harness.ts';
import { regionQuery, type RouteCase } from '../../../../test/scope-harness/route-case.ts';
import { read } from '../test-support/scope-desk.ts';

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

export const delegationScopeCases: RouteCase[] = [
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
];
