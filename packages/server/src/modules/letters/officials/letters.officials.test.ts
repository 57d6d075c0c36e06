// The village's officials: recorded, corrected and their terms ended by the village's staff; who signs a
// letter follows, and a letter already issued keeps the name it printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { today } from '../../population/registry/nik-check.ts';
import { headOfficial, issue, recordOfficial, villageReadyForLetters } from '../test-support/letters.ts';

const SARONGAN = '35.10.01.2001';
const KELURAHAN = '35.10.21.1001';
let t: TestApp;
let operator: TestUser;
let residents: string[];

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', SARONGAN);
  residents = await villageReadyForLetters(operator, SARONGAN);
});
afterAll(() => t.close());

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const domicile = () => ({
  letterTypeCode: 'keterangan-domisili',
  residentId: residents[0],
  fields: { keperluan: 'Melamar pekerjaan' },
});
const regionName = async (code: string) =>
  (await t.database.db.selectFrom('region').select('name').where('code', '=', code).executeTakeFirstOrThrow())
    .name;
const officials = async (user = operator, village = SARONGAN) =>
  (await user.request({ method: 'GET', url: `/api/villages/${village}/officials` })).json<
    { id: string; fullName: string; termEnd: string | null }[]
  >();

describe('PUT /api/villages/:code/officials/:id', () => {
  it('corrects the name: the next letter prints the new one, the letter issued before keeps the old', async () => {
    const head = (await officials()).find((o) => o.fullName === headOfficial.fullName)!;
    const before = (await issue(operator, SARONGAN, domicile())).json();
    const res = await operator.request({
      method: 'PUT',
      url: `/api/villages/${SARONGAN}/officials/${head.id}`,
      payload: { ...headOfficial, fullName: 'H. Suyanto, S.Sos.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: head.id, fullName: 'H. Suyanto, S.Sos.' });
    const after = (await issue(operator, SARONGAN, domicile())).json();
    expect(after.signer.name).toBe('H. Suyanto, S.Sos.');
    const reread = await operator.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/letters/${before.id}`,
    });
    expect(reread.json().signer.name).toBe('Suyanto');
  });

  it('refuses a term ending before it starts, and an official of another village, changing nothing', async () => {
    const head = (await officials())[0]!;
    const bad = await operator.request({
      method: 'PUT',
      url: `/api/villages/${SARONGAN}/officials/${head.id}`,
      payload: { ...headOfficial, termStart: '2024-01-01', termEnd: '2023-12-31' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'termEnd' })]);
    const other = await operator.request({
      method: 'PUT',
      url: `/api/villages/35.10.01.2002/officials/${head.id}`,
      payload: headOfficial,
    });
    expect(other.statusCode).toBe(404);
    expect((await officials()).find((o) => o.id === head.id)!.termEnd).toBeNull();
  });
});

describe('POST /api/villages/:code/officials/:id/end', () => {
  it('ends a Plt.’s term: from the next day the post is empty and letters are refused until one is recorded', async () => {
    const village = '35.10.01.2002';
    const desk = await t.createUser('village_operator', village);
    const family = await import('../../population/test-support/families.ts').then((m) =>
      m.registerFamily(desk, village),
    );
    const plt = await recordOfficial(desk, village, { ...headOfficial, fullName: 'Bambang', acting: 'plt' });
    const letter = { ...domicile(), residentId: family.residentIds[0] };
    const signed = await issue(desk, village, letter);
    expect(signed.json().signer.block).toEqual([`Plt. Kepala Desa ${await regionName(village)}`]);
    const ended = await desk.request({
      method: 'POST',
      url: `/api/villages/${village}/officials/${plt}/end`,
      payload: { termEnd: dayBefore(today()) },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().termEnd).toBe(dayBefore(today()));
    expect((await issue(desk, village, letter)).json().code).toBe('LETTER_NO_SIGNER');
  });

  it('refuses an end before the term began', async () => {
    const id = await recordOfficial(operator, SARONGAN, {
      ...headOfficial,
      position: 'kepala_dusun',
      positionTitle: 'Kepala Dusun Krajan',
      termStart: '2025-01-01',
    });
    const res = await operator.request({
      method: 'POST',
      url: `/api/villages/${SARONGAN}/officials/${id}/end`,
      payload: { termEnd: '2024-12-31' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'termEnd' })]);
  });
});

describe('a kelurahan', () => {
  it('is signed by its Lurah and its Sekretaris Kelurahan under their own post names', async () => {
    const desk = await t.createUser('village_operator', KELURAHAN);
    const family = await import('../../population/test-support/families.ts').then((m) =>
      m.registerFamily(desk, KELURAHAN),
    );
    await recordOfficial(desk, KELURAHAN, { ...headOfficial, positionTitle: 'Lurah', fullName: 'Agus' });
    await recordOfficial(desk, KELURAHAN, {
      ...headOfficial,
      position: 'kasi_pelayanan',
      positionTitle: 'Kepala Seksi Pelayanan Umum',
      fullName: 'Dewi',
    });
    await desk.request({
      method: 'PUT',
      url: `/api/villages/${KELURAHAN}/letter-types/keterangan-domisili/settings`,
      payload: {
        enabled: true,
        numberFormat: null,
        sequenceScope: 'village',
        klasifikasi: null,
        signingPosition: 'kasi_pelayanan',
        serviceDays: null,
      },
    });
    const res = await issue(desk, KELURAHAN, { ...domicile(), residentId: family.residentIds[0] });
    expect(res.statusCode, res.body).toBe(201);
    const name = await regionName(KELURAHAN);
    expect(res.json().signer.block).toEqual([
      `a.n. Lurah ${name}`,
      'Sekretaris Kelurahan',
      'u.b.',
      'Kepala Seksi Pelayanan Umum',
    ]);
  });
});

describe('GET /api/villages/:code/staff-accounts and the official’s account', () => {
  it('names the village desk’s active accounts, and the officials list shows whom each is linked to', async () => {
    const village = '35.10.01.2004';
    const desk = await t.createUser('village_operator', village);
    const head = await t.createUser('village_head', village);
    const pilar = await t.createUser('social_worker', village);
    const gone = await t.createUser('village_operator', village);
    await t.database.db.updateTable('app_user').set({ active: false }).where('id', '=', gone.id).execute();
    const neighbour = await t.createUser('village_operator', '35.10.01.2009');

    const accounts = await desk.request({ method: 'GET', url: `/api/villages/${village}/staff-accounts` });
    expect(accounts.statusCode, accounts.body).toBe(200);
    expect(
      accounts
        .json<{ id: string }[]>()
        .map((a) => a.id)
        .sort(),
    ).toEqual([desk.id, head.id].sort());
    expect(accounts.json()).toContainEqual(
      expect.objectContaining({ id: head.id, username: head.username, role: 'village_head' }),
    );
    // Only those who link officials name the staff's accounts: another village's desk does not see them.
    const outside = await neighbour.request({
      method: 'GET',
      url: `/api/villages/${village}/staff-accounts`,
    });
    expect(outside.statusCode).toBe(404);

    const official = await recordOfficial(desk, village);
    const account = (userId: string | null) =>
      desk.request({
        method: 'PUT',
        url: `/api/villages/${village}/officials/${official}/account`,
        payload: { userId },
      });
    expect((await account(head.id)).statusCode).toBe(200);
    const linked = (await officials(desk, village)) as unknown as { id: string; account: unknown }[];
    expect(linked.find((o) => o.id === official)!.account).toEqual({
      id: head.id,
      displayName: expect.any(String),
      username: head.username,
    });
    expect((await account(pilar.id)).statusCode).toBe(400);
    expect((await account(null)).statusCode).toBe(200);
    const unlinked = (await officials(desk, village)) as unknown as { id: string; account: unknown }[];
    expect(unlinked.find((o) => o.id === official)!.account).toBeNull();
  });
});
