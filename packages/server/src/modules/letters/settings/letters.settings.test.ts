// A village sets a letter type up, and its next letters follow: number format and own sequence, who signs,
// switched off; a format that could not number a letter is refused before it is saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { issue, recordOfficial, villageReadyForLetters } from '../test-support/letters.ts';

const SARONGAN = '35.10.01.2001';
let t: TestApp;
let operator: TestUser;
let residents: string[];

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', SARONGAN);
  residents = await villageReadyForLetters(operator, SARONGAN);
});
afterAll(() => t.close());

const settings = {
  enabled: true,
  numberFormat: '[kode]/[nomor:4]/[kode_desa]/[tahun]',
  sequenceScope: 'type',
  klasifikasi: null,
  signingPosition: 'sekretaris_desa',
  serviceDays: 2,
};
const save = (type: string, body: object) =>
  operator.request({
    method: 'PUT',
    url: `/api/villages/${SARONGAN}/letter-types/${type}/settings`,
    payload: body,
  });
const business = { letterTypeCode: 'keterangan-usaha', fields: { nama_usaha: 'Warung', keperluan: 'Modal' } };

describe('PUT /api/villages/:code/letter-types/:type/settings', () => {
  it('numbers and signs the next letters as the village set them', async () => {
    await recordOfficial(operator, SARONGAN, {
      position: 'sekretaris_desa',
      positionTitle: 'Sekretaris Desa',
      fullName: 'Siti Fatimah',
      nip: '198701012010012001',
      niap: null,
      termStart: '2021-01-01',
      termEnd: null,
      acting: 'plt',
    });
    const saved = await save('keterangan-usaha', settings);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      sequenceScope: 'type',
      signingPosition: 'sekretaris_desa',
      serviceDays: 2,
    });
    const letter = (await issue(operator, SARONGAN, { ...business, residentId: residents[0] })).json();
    expect(letter.number).toMatch(/^SKU\/0001\/2001\/\d{4}$/);
    expect(letter.signer).toMatchObject({
      name: 'Siti Fatimah',
      post: 'Plt. Sekretaris Desa Sarongan',
      block: ['a.n. Kepala Desa Sarongan', 'Plt. Sekretaris Desa'],
    });
  });

  it('refuses a format that cannot number a letter, and an unknown classification, saving nothing', async () => {
    const res = await save('keterangan-domisili', {
      ...settings,
      numberFormat: '[nomer]/[tahun]',
      klasifikasi: '999.99',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'numberFormat', message: expect.stringContaining('[nomor]') }),
        expect.objectContaining({
          field: 'klasifikasi',
          message_en: 'The classification code is not in the list',
        }),
      ]),
    );
    const ownSequenceWithoutType = await save('keterangan-domisili', {
      ...settings,
      numberFormat: '[nomor]/[tahun]',
    });
    expect(ownSequenceWithoutType.json().errors).toEqual([
      expect.objectContaining({ field: 'numberFormat', message: expect.stringContaining('[kode]') }),
    ]);
    const stored = await t.database.db
      .selectFrom('village_letter_type')
      .select('letter_type_code')
      .where('letter_type_code', '=', 'keterangan-domisili')
      .execute();
    expect(stored).toEqual([]);
  });

  it('turns a letter type off: the desk is refused with a clear reason', async () => {
    await save('keterangan-usaha', { ...settings, enabled: false });
    const res = await issue(operator, SARONGAN, { ...business, residentId: residents[0] });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'LETTER_TYPE_DISABLED',
      message_id: expect.stringContaining('dinonaktifkan'),
    });
  });

  it('answers 404 for a letter type that does not exist', async () => {
    expect((await save('surat-sakti', settings)).statusCode).toBe(404);
  });
});
