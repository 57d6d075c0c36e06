// The request workflow at the village office: requested → checked → (verified) → signed (the letter issued in
// the same transaction) → collected, with every refusal: a skipped step, a step taken twice, the wrong
// official, a wrong password, a missing tick, a rejection without a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { recordOfficial } from '../test-support/letters.ts';
import {
  checkAll,
  deskRequest,
  domicileRequest,
  linkAccount,
  sign,
  step,
  villageForRequests,
  type RequestVillage,
} from '../test-support/requests.ts';

const SARONGAN = '35.10.01.2001';
let t: TestApp;
let v: RequestVillage;

const auditActions = async (entityId: string) =>
  (
    await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', entityId)
      .orderBy('seq')
      .execute()
  ).map((row) => row.action);

async function newRequest(user: TestUser = v.operator) {
  const res = await deskRequest(user, SARONGAN, domicileRequest(v.residentIds[0]!));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; status: string; dueAt: string; requirements: { kind: string }[] }>();
}

beforeAll(async () => {
  t = await buildTestApp();
  v = await villageForRequests(t, SARONGAN);
});
afterAll(() => t.close());

describe('a request made at the desk', () => {
  it('goes through check, signing by the head and collection, each step audited', async () => {
    const request = await newRequest();
    expect(request.status).toBe('requested');
    expect(request.requirements.map((r) => r.kind)).toEqual(['ktp', 'kk']);
    expect(new Date(request.dueAt).getTime()).toBeGreaterThan(Date.now());

    expect((await checkAll(v.operator, SARONGAN, request.id)).json().status).toBe('checked');
    const asHead = await v.head.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/letter-requests/${request.id}`,
    });
    expect(asHead.json().actions).toEqual(['sign', 'reject']);
    const asOperator = await v.operator.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/letter-requests/${request.id}`,
    });
    expect(asOperator.json().actions).toEqual(['reject']);

    const signed = await sign(v.head, SARONGAN, request.id);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({
      status: 'signed',
      letter: { number: expect.stringMatching(/^471\.2\/\d{3}\//) },
    });
    const letter = await t.database.db
      .selectFrom('letter')
      .select(['request_id', 'signer_official_id'])
      .where('id', '=', signed.json().letter.id)
      .executeTakeFirstOrThrow();
    expect(letter).toEqual({ request_id: request.id, signer_official_id: v.headOfficialId });

    const collected = await step(v.operator, SARONGAN, request.id, 'collect');
    expect(collected.json()).toMatchObject({ status: 'collected', collectedHow: 'desk' });
    expect(await auditActions(request.id)).toEqual([
      'letters.request.create',
      'letters.request.check',
      'letters.request.sign',
      'letters.request.collect',
    ]);
  });

  it('refuses a skipped step and a step taken twice with 409', async () => {
    const request = await newRequest();
    const early = await sign(v.head, SARONGAN, request.id);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('LETTER_REQUEST_STEP');
    expect((await step(v.operator, SARONGAN, request.id, 'collect')).statusCode).toBe(409);
    expect((await checkAll(v.operator, SARONGAN, request.id)).statusCode).toBe(200);
    const again = await checkAll(v.operator, SARONGAN, request.id);
    expect(again.statusCode).toBe(409);
  });

  it('moves a request once when two desks check it at the same moment', async () => {
    const request = await newRequest();
    const answers = await Promise.all([
      checkAll(v.operator, SARONGAN, request.id),
      checkAll(v.head, SARONGAN, request.id),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect((await auditActions(request.id)).filter((a) => a === 'letters.request.check')).toHaveLength(1);
  });

  it('asks for every requirement ticked, and only those the letter asks for', async () => {
    const request = await newRequest();
    const missing = await step(v.operator, SARONGAN, request.id, 'check', { seen: ['ktp'] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({
      field: 'seen',
      message: expect.stringContaining('Centang'),
    });
    const unknown = await step(v.operator, SARONGAN, request.id, 'check', {
      seen: ['ktp', 'kk', 'akta_nikah'],
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('lets only the linked account of the official who signs sign, with their own password', async () => {
    const request = await newRequest();
    await checkAll(v.operator, SARONGAN, request.id);
    const notSigner = await sign(v.operator, SARONGAN, request.id);
    expect(notSigner.statusCode).toBe(403);
    expect(notSigner.json().code).toBe('LETTER_REQUEST_NOT_SIGNER');

    const wrong = await sign(v.head, SARONGAN, request.id, 'not-my-password');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ field: 'password' });
    const counted = await t.database.db
      .selectFrom('login_throttle')
      .select('failures')
      .where('scope', '=', 'account')
      .where('key', '=', `confirm:${v.head.id}`)
      .executeTakeFirstOrThrow();
    expect(counted.failures).toBe(1);
    const letters = await t.database.db
      .selectFrom('letter')
      .select('id')
      .where('request_id', '=', request.id)
      .execute();
    expect(letters).toEqual([]);
    expect((await sign(v.head, SARONGAN, request.id)).statusCode).toBe(200);
  });

  it('refuses a signer whose post no longer signs the letter (the matrix names someone else)', async () => {
    const request = await newRequest();
    await checkAll(v.operator, SARONGAN, request.id);
    // The village now has the secretary sign domicile letters; the head's account is not the secretary's.
    const settings = await v.operator.request({
      method: 'PUT',
      url: `/api/villages/${SARONGAN}/letter-types/keterangan-domisili/settings`,
      payload: {
        enabled: true,
        numberFormat: null,
        sequenceScope: 'village',
        klasifikasi: null,
        signingPosition: 'sekretaris_desa',
        serviceDays: null,
      },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    const secretary = await recordOfficial(v.operator, SARONGAN, {
      position: 'sekretaris_desa',
      positionTitle: 'Sekretaris Desa',
      fullName: 'Wahyuni',
      nip: null,
      niap: '35100120010002',
      termStart: '2021-01-01',
      termEnd: null,
      acting: null,
    });
    const refused = await sign(v.head, SARONGAN, request.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('LETTER_REQUEST_NOT_SIGNER');
    await linkAccount(v.operator, SARONGAN, secretary, v.operator.id);
    const signed = await sign(v.operator, SARONGAN, request.id);
    expect(signed.statusCode, signed.body).toBe(200);
    await v.operator.request({
      method: 'PUT',
      url: `/api/villages/${SARONGAN}/letter-types/keterangan-domisili/settings`,
      payload: {
        enabled: true,
        numberFormat: null,
        sequenceScope: 'village',
        klasifikasi: null,
        signingPosition: 'kepala_desa',
        serviceDays: null,
      },
    });
  });

  it('is rejected with a reason while open, and not once signed', async () => {
    const request = await newRequest();
    const short = await step(v.operator, SARONGAN, request.id, 'reject', { reason: 'no' });
    expect(short.statusCode).toBe(400);
    const rejected = await step(v.operator, SARONGAN, request.id, 'reject', {
      reason: 'Foto KTP tidak terbaca',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectionReason: 'Foto KTP tidak terbaca' });
    expect((await checkAll(v.operator, SARONGAN, request.id)).statusCode).toBe(409);
  });
});

describe('verification by the Sekretaris Desa', () => {
  it('comes between check and signing where the village asks for it', async () => {
    const set = await v.operator.request({
      method: 'PUT',
      url: `/api/villages/${SARONGAN}/letter-workflow`,
      payload: { verificationRequired: false, verifiedTypes: ['keterangan-domisili'] },
    });
    expect(set.statusCode, set.body).toBe(200);
    const request = await newRequest();
    await checkAll(v.operator, SARONGAN, request.id);
    expect((await sign(v.head, SARONGAN, request.id)).statusCode).toBe(409);

    const other = await t.createUser('village_operator', SARONGAN);
    const notSecretary = await step(other, SARONGAN, request.id, 'verify');
    expect(notSecretary.json().code).toBe('LETTER_REQUEST_NOT_SECRETARY');
    // The operator's account is the secretary's (linked in the test above).
    const verified = await step(v.operator, SARONGAN, request.id, 'verify');
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().status).toBe('verified');
    expect((await sign(v.head, SARONGAN, request.id)).statusCode).toBe(200);
    await v.operator.request({
      method: 'PUT',
      url: `/api/villages/${SARONGAN}/letter-workflow`,
      payload: { verificationRequired: false, verifiedTypes: [] },
    });
  });
});

describe('the clock', () => {
  it('lists overdue requests first and on the village head’s overdue list', async () => {
    const late = await newRequest();
    const onTime = await newRequest();
    await t.database.db
      .updateTable('letter_request')
      .set({ due_at: new Date(Date.now() - 3_600_000) })
      .where('id', '=', late.id)
      .execute();
    const overdue = await v.head.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/letter-requests/overdue`,
    });
    expect(overdue.statusCode).toBe(200);
    expect(overdue.json().items.map((r: { id: string }) => r.id)).toEqual([late.id]);
    expect(overdue.json().items[0].overdue).toBe(true);
    const queue = await v.head.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/letter-requests?status=requested`,
    });
    const ids = queue.json().items.map((r: { id: string }) => r.id);
    expect(ids[0]).toBe(late.id);
    expect(ids).toContain(onTime.id);
  });
});
