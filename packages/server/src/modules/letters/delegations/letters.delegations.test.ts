// A delegation is data: recording one lets the villages it reaches issue the delegated letter, signed as the
// signing matrix says; ending it refuses that letter again the next day, with no code change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { today } from '../../population/registry/nik-check.ts';
import { issue, recordOfficial, villageReadyForLetters } from '../test-support/letters.ts';

const SARONGAN = '35.10.01.2001';
let t: TestApp;
let operator: TestUser;
let admin: TestUser;
let residents: string[];

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', SARONGAN);
  admin = await t.createUser('regency_admin', '35.10');
  residents = await villageReadyForLetters(operator, SARONGAN);
});
afterAll(() => t.close());

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const rtlh = () => ({
  letterTypeCode: 'rekomendasi-rehabilitasi-rtlh',
  residentId: residents[0],
  fields: { alamat_rumah: 'Jl. Mawar 5', luas_lantai_m2: '24', kondisi_rumah: 'Rusak berat' },
});
const delegate = (over: object = {}) =>
  admin.request({
    method: 'POST',
    url: '/api/letter-delegations',
    payload: {
      areaCode: '35.10.01',
      authority: 'bupati',
      mode: 'delegasi',
      letterTypeCodes: ['rekomendasi-rehabilitasi-rtlh'],
      regulationNumber: 'Peraturan Bupati Banyuwangi Nomor 7 Tahun 2025',
      regulationDate: '2025-01-10',
      validFrom: '2025-02-01',
      validTo: null,
      signingPosition: 'sekretaris_desa',
      ...over,
    },
  });
const end = (id: string, validTo: string, user = admin) =>
  user.request({ method: 'POST', url: `/api/letter-delegations/${id}/end`, payload: { validTo } });

describe('POST /api/letter-delegations/:id/end', () => {
  it('lets the village issue the letter while the delegation holds, and refuses it once it has ended', async () => {
    await recordOfficial(operator, SARONGAN, {
      position: 'sekretaris_desa',
      positionTitle: 'Sekretaris Desa',
      fullName: 'Siti Fatimah',
      nip: null,
      niap: '35100120010002',
      termStart: '2021-01-01',
      termEnd: null,
      acting: null,
    });
    expect((await issue(operator, SARONGAN, rtlh())).json().code).toBe('LETTER_NOT_DELEGATED');

    const made = await delegate();
    expect(made.statusCode, made.body).toBe(201);
    const signed = await issue(operator, SARONGAN, rtlh());
    expect(signed.statusCode, signed.body).toBe(201);
    // delegasi: the authority passed to the village; the secretary signs a.n. its head, citing the Perbup.
    expect(signed.json().signer).toMatchObject({
      name: 'Siti Fatimah',
      block: ['a.n. Kepala Desa Sarongan', 'Sekretaris Desa'],
    });

    const ended = await end(made.json().id, dayBefore(today()));
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ id: made.json().id, validTo: dayBefore(today()) });
    const refused = await issue(operator, SARONGAN, rtlh());
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'LETTER_NOT_DELEGATED', authority: 'bupati' });

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', made.json().id)
      .orderBy('at')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['letters.delegation.create', 'letters.delegation.end']);
  });

  it('refuses an end before the delegation began, and an unknown delegation, changing nothing', async () => {
    const made = (await delegate({ validFrom: '2025-06-01' })).json();
    const early = await end(made.id, '2025-05-31');
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([
      expect.objectContaining({ field: 'validTo', message_en: expect.stringContaining('end') }),
    ]);
    const stored = await t.database.db
      .selectFrom('letter_delegation')
      .select('valid_to')
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(stored.valid_to).toBeNull();
    expect((await end('00000000-0000-4000-8000-000000000000', '2026-01-01')).statusCode).toBe(404);
    expect((await end(made.id, 'kemarin')).statusCode).toBe(400);
  });

  it('is the regency’s act: a village operator is forbidden', async () => {
    const made = (await delegate()).json();
    expect((await end(made.id, '2026-01-01', operator)).statusCode).toBe(403);
  });
});
