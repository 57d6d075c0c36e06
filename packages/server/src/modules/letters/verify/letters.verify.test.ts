// Signed letters: each letter carries its village's Ed25519 signature over its record; the public page checks
// it by the letter's random reference and shows only what the paper shows (name masked); the QR's record
// verifies offline with the public keys alone; one changed byte fails; a rotated key keeps old letters valid.
import { verifyQrOffline, type KnownKey } from '@smart-kampung/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { findLetter } from '../issue/queries.ts';
import { printableLetter } from '../issue/letter-service.ts';
import { issue, villageReadyForLetters } from '../test-support/letters.ts';

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

async function newLetter() {
  const res = await issue(operator, SARONGAN, {
    letterTypeCode: 'keterangan-domisili',
    residentId: residents[0],
    fields: { keperluan: 'Melamar pekerjaan' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; number: string; verifyUrl: string }>();
}

const refOf = (verifyUrl: string) => verifyUrl.split('/v/')[1]!;
const verify = (ref: string) =>
  t.app.inject({ method: 'GET', url: `/api/public/letters/${encodeURIComponent(ref)}` });

async function qrOf(id: string) {
  const row = await findLetter(t.database.db, SARONGAN, id);
  return printableLetter(row!, SARONGAN, t.config.publicUrl).qr;
}

async function publicKeys(): Promise<KnownKey[]> {
  const res = await t.app.inject({ method: 'GET', url: '/api/public/letter-keys' });
  expect(res.statusCode).toBe(200);
  return res.json().keys;
}

describe('GET /api/public/letters/:ref', () => {
  it('says a letter is genuine and shows only what the paper shows, the name masked', async () => {
    const letter = await newLetter();
    const res = await verify(refOf(letter.verifyUrl));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({
      signatureValid: true,
      status: 'issued',
      voidedAt: null,
      number: letter.number,
      letterDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      letterTypeName: 'Keterangan Domisili',
      subjectName: 'S***** R*****',
      signerName: 'Suyanto',
      signerPost: 'Kepala Desa Sarongan',
      villageName: 'Sarongan',
      districtName: 'Pesanggaran',
      keyId: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(res.body).not.toMatch(/Slamet|Riyadi|\d{16}/);
  });

  it('answers an unknown, a guessed and a malformed reference alike: 404', async () => {
    const letter = await newLetter();
    const ref = refOf(letter.verifyUrl);
    const guessed = `${ref.slice(0, -1)}${ref.endsWith('A') ? 'B' : 'A'}`;
    const answers = await Promise.all(
      [guessed, '3510012001.1', 'x', `3510012002.${ref.slice(11)}`].map(verify),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([404, 404, 404, 404]);
    expect(new Set(answers.map((a) => a.json().code))).toEqual(new Set(['NOT_FOUND']));
  });

  it('says so when the stored letter was changed after it was signed, and when it was voided', async () => {
    const tampered = await newLetter();
    await t.database.db
      .updateTable('letter')
      .set({ number: '471.2/999/2001/I/2026' })
      .where('id', '=', tampered.id)
      .execute();
    expect((await verify(refOf(tampered.verifyUrl))).json().signatureValid).toBe(false);

    const voided = await newLetter();
    await operator.request({
      method: 'POST',
      url: `/api/villages/${SARONGAN}/letters/${voided.id}/void`,
      payload: { reason: 'Salah keperluan' },
    });
    expect((await verify(refOf(voided.verifyUrl))).json()).toMatchObject({
      signatureValid: true,
      status: 'void',
      voidedAt: expect.any(String),
    });
  });
});

describe('the QR code, checked offline with the public keys', () => {
  it('verifies, and fails when one byte of the signed record changes', async () => {
    const letter = await newLetter();
    const qr = await qrOf(letter.id);
    const keys = await publicKeys();
    const verdict = await verifyQrOffline(qr, keys);
    expect(verdict).toMatchObject({ valid: true, record: { n: letter.number, d: SARONGAN, sn: 'Suyanto' } });

    // One changed byte of the record as carried: "001" becomes "002" in the number.
    const [url, fragment] = qr.split('#') as [string, string];
    const [encoded, signature] = fragment.split('.') as [string, string];
    const signed = Buffer.from(encoded, 'base64url').toString('utf8');
    const changed = signed.replace(
      letter.number,
      letter.number.replace(/\/(\d+)\//, (_, n: string) => `/${String(Number(n) + 1).padStart(3, '0')}/`),
    );
    expect(changed).not.toBe(signed);
    const forged = `${url}#${Buffer.from(changed).toString('base64url')}.${signature}`;
    expect(await verifyQrOffline(forged, keys)).toEqual({ valid: false, reason: 'bad_signature' });
    expect(await verifyQrOffline(qr, [])).toEqual({ valid: false, reason: 'unknown_key' });
  });

  it('keeps letters signed before a key rotation valid, and signs new ones with the new key', async () => {
    const before = await newLetter();
    const oldKey = (await verify(refOf(before.verifyUrl))).json().keyId;
    const admin = await t.createUser('regency_admin', '35.10');
    const rotation = await admin.request({
      method: 'POST',
      url: `/api/villages/${SARONGAN}/letter-keys/rotate`,
    });
    expect(rotation.statusCode).toBe(201);
    const rotated = rotation.json<{ keyId: string }>();
    const after = await newLetter();

    const keys = await publicKeys();
    expect(keys.filter((k) => k.villageCode === SARONGAN)).toEqual([
      expect.objectContaining({ keyId: oldKey, retiredAt: expect.any(String) }),
      expect.objectContaining({ keyId: rotated.keyId, retiredAt: null }),
    ]);
    expect((await verify(refOf(before.verifyUrl))).json()).toMatchObject({
      signatureValid: true,
      keyId: oldKey,
    });
    expect((await verify(refOf(after.verifyUrl))).json()).toMatchObject({
      signatureValid: true,
      keyId: rotated.keyId,
    });
    expect(await verifyQrOffline(await qrOf(before.id), keys)).toMatchObject({ valid: true });
    expect(await verifyQrOffline(await qrOf(after.id), keys)).toMatchObject({ valid: true });
  });
});
