// A citizen's own requests: made for themselves or their family only, photos that really are JPEG or PNG and
// not too large, cancelled while open, the signed PDF downloaded (audited, the request then collected); and
// nobody else's requests or photos reachable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../../population/test-support/families.ts';
import {
  checkAll,
  citizenOf,
  domicileRequest,
  sign,
  villageForRequests,
  type RequestVillage,
} from '../test-support/requests.ts';

const SARONGAN = '35.10.01.2001';
const OTHER = '35.10.01.2002';
let t: TestApp;
let v: RequestVillage;
let citizen: TestUser;
let otherOperator: TestUser;

// The smallest valid files of each kind: a 1×1 PNG and the start of a JPEG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 1)]);

function upload(user: TestUser, id: string, requirement: string, content: Buffer, name = 'foto.jpg') {
  const boundary = '----sk-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return user.request({
    method: 'POST',
    url: `/api/me/letter-requests/${id}/attachments?requirement=${requirement}`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

async function request(body: object) {
  const res = await citizen.request({ method: 'POST', url: '/api/me/letter-requests', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; status: string; channel: string; actions: string[] }>();
}

beforeAll(async () => {
  t = await buildTestApp();
  v = await villageForRequests(t, SARONGAN);
  citizen = await citizenOf(t, v.operator, SARONGAN, v.residentIds[1]!);
  otherOperator = await t.createUser('village_operator', OTHER);
});
afterAll(() => t.close());

describe('a citizen requesting a letter', () => {
  it('sees only the letters citizens may request, with their requirements', async () => {
    const res = await citizen.request({ method: 'GET', url: '/api/me/letter-types' });
    const codes = res.json().items.map((i: { code: string }) => i.code);
    expect(codes).toContain('keterangan-domisili');
    expect(codes).not.toContain('keterangan-jual-beli');
    const domicile = res.json().items.find((i: { code: string }) => i.code === 'keterangan-domisili');
    expect(domicile.requirements).toEqual(['ktp', 'kk']);
  });

  it('requests for a member of their own family card, online, and may cancel it while open', async () => {
    const made = await request(domicileRequest(v.residentIds[2]!));
    expect(made).toMatchObject({ status: 'requested', channel: 'online', actions: ['cancel'] });
    const queue = await v.operator.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/letter-requests`,
    });
    expect(queue.json().items.map((r: { id: string }) => r.id)).toContain(made.id);
    const cancelled = await citizen.request({
      method: 'POST',
      url: `/api/me/letter-requests/${made.id}/cancel`,
    });
    expect(cancelled.json().status).toBe('cancelled');
    const again = await citizen.request({ method: 'POST', url: `/api/me/letter-requests/${made.id}/cancel` });
    expect(again.statusCode).toBe(409);
  });

  it('is refused for a resident outside their family card, and for a letter citizens cannot request', async () => {
    const stranger = await registerFamily(v.operator, SARONGAN);
    const res = await citizen.request({
      method: 'POST',
      url: '/api/me/letter-requests',
      payload: domicileRequest(stranger.residentIds[0]!),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      field: 'residentId',
      message: expect.stringContaining('kartu keluarga'),
    });
    const notOnline = await citizen.request({
      method: 'POST',
      url: '/api/me/letter-requests',
      payload: { letterTypeCode: 'keterangan-jamkesos', residentId: v.residentIds[1], fields: {} },
    });
    expect(notOnline.statusCode).toBe(409);
    expect(notOnline.json().code).toBe('LETTER_NOT_REQUESTABLE');
    const rows = await t.database.db
      .selectFrom('letter_request')
      .select('id')
      .where('subject_resident_id', '=', stranger.residentIds[0]!)
      .execute();
    expect(rows).toEqual([]);
  });

  it('uploads requirement photos that are JPEG or PNG by their bytes, within the size cap', async () => {
    const made = await request(domicileRequest(v.residentIds[1]!));
    expect((await upload(citizen, made.id, 'ktp', JPEG)).statusCode).toBe(201);
    const png = await upload(citizen, made.id, 'kk', PNG, 'kk.png');
    expect(png.statusCode, png.body).toBe(201);
    expect(
      png
        .json()
        .attachments.map((a: { requirement: string; contentType: string }) => [a.requirement, a.contentType]),
    ).toEqual([
      ['ktp', 'image/jpeg'],
      ['kk', 'image/png'],
    ]);
    const text = await upload(citizen, made.id, 'ktp', Buffer.from('<html>not a photo</html>'));
    expect(text.statusCode).toBe(400);
    expect(text.json().errors[0].field).toBe('file');
    const unknown = await upload(citizen, made.id, 'akta_nikah', JPEG);
    expect(unknown.statusCode).toBe(400);
    const big = await upload(citizen, made.id, 'ktp', Buffer.concat([JPEG, Buffer.alloc(3 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);

    // The village's desk sees the photo; the desk of another village does not learn it exists.
    const id = png.json().attachments[1].id;
    const seen = await v.operator.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/letter-requests/${made.id}/attachments/${id}`,
    });
    expect(seen.statusCode).toBe(200);
    expect(seen.headers['content-type']).toBe('image/png');
    expect(Buffer.from(seen.rawPayload).equals(PNG)).toBe(true);
    const elsewhere = await otherOperator.request({
      method: 'GET',
      url: `/api/villages/${OTHER}/letter-requests/${made.id}/attachments/${id}`,
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('downloads the signed letter once issued; the request is then collected, every download audited', async () => {
    const made = await request(domicileRequest(v.residentIds[1]!));
    const early = await citizen.request({ method: 'GET', url: `/api/me/letter-requests/${made.id}/pdf` });
    expect(early.statusCode).toBe(409);
    await checkAll(v.operator, SARONGAN, made.id);
    expect((await sign(v.head, SARONGAN, made.id)).statusCode).toBe(200);
    const pdf = await citizen.request({ method: 'GET', url: `/api/me/letter-requests/${made.id}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const after = await citizen.request({ method: 'GET', url: `/api/me/letter-requests/${made.id}` });
    expect(after.json()).toMatchObject({ status: 'collected', collectedHow: 'download' });
    await citizen.request({ method: 'GET', url: `/api/me/letter-requests/${made.id}/pdf` });
    const prints = await t.database.db
      .selectFrom('audit_log')
      .select('actor_id')
      .where('action', '=', 'letters.letter.print')
      .where('entity_id', '=', after.json().letter.id)
      .execute();
    expect(prints).toEqual([{ actor_id: citizen.id }, { actor_id: citizen.id }]);
  });

  it('never reaches a request its account did not make', async () => {
    const desk = await v.operator.request({
      method: 'POST',
      url: `/api/villages/${SARONGAN}/letter-requests`,
      payload: domicileRequest(v.residentIds[1]!),
    });
    const id = desk.json().id;
    expect((await citizen.request({ method: 'GET', url: `/api/me/letter-requests/${id}` })).statusCode).toBe(
      404,
    );
    expect(
      (await citizen.request({ method: 'POST', url: `/api/me/letter-requests/${id}/cancel` })).statusCode,
    ).toBe(404);
  });
});
