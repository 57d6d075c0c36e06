// The QR's short address /v/<ref> answers the public verify page itself (one response on a weak link, the QR
// as short as before); a malformed reference is not that page, and an app served without its web files has
// no such address.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/test-app.ts';
import { REVALIDATE } from '../../../http/web-delivery.ts';
import { issue, villageReadyForLetters } from '../test-support/letters.ts';

const SARONGAN = '35.10.01.2001';
const VERIFY_PAGE = '<!doctype html><title>Cek Surat Desa</title><main id="verifier"></main>';
let dist: string;
let t: TestApp;
let ref: string;
let verifyUrl: string;

beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'sk-dist-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Smart Kampung</title><div id="root">');
  writeFileSync(path.join(dist, 'cek-surat.html'), VERIFY_PAGE);
  t = await buildTestApp({ config: { webDistDir: dist } });
  const operator = await t.createUser('village_operator', SARONGAN);
  const residents = await villageReadyForLetters(operator, SARONGAN);
  const letter = await issue(operator, SARONGAN, {
    letterTypeCode: 'keterangan-domisili',
    residentId: residents[0],
    fields: { keperluan: 'Melamar pekerjaan' },
  });
  verifyUrl = letter.json<{ verifyUrl: string }>().verifyUrl;
  ref = verifyUrl.split('/v/')[1]!;
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('GET /v/:ref', () => {
  it('answers the public verify page for a letter’s reference, revalidated on every use', async () => {
    expect(verifyUrl).toBe(`${t.config.publicUrl}/v/${ref}`);
    const res = await t.app.inject({ method: 'GET', url: `/v/${ref}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe(REVALIDATE);
    expect(res.body).toBe(VERIFY_PAGE);
    // The page then asks the public route, by the same reference, for what the paper should say.
    const status = await t.app.inject({ method: 'GET', url: `/api/public/letters/${ref}` });
    expect(status.json()).toMatchObject({ signatureValid: true, status: 'issued' });
  });

  it('serves the page for any well-formed reference (the page says when it is unknown), not for a malformed one', async () => {
    const guessed = `${ref.slice(0, -1)}${ref.endsWith('A') ? 'B' : 'A'}`;
    expect((await t.app.inject({ method: 'GET', url: `/v/${guessed}` })).body).toBe(VERIFY_PAGE);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/letters/${guessed}` })).statusCode).toBe(
      404,
    );
    for (const malformed of ['1', `${ref}x`, '3510012001.short', '..%2f..%2fetc%2fpasswd']) {
      const res = await t.app.inject({ method: 'GET', url: `/v/${malformed}` });
      expect(res.body, malformed).not.toBe(VERIFY_PAGE);
    }
  });
});

describe('an app served without its web files', () => {
  it('has no /v/ address: 404 problem', async () => {
    const bare = await buildTestApp({ config: { webDistDir: path.join(dist, 'missing') } });
    try {
      const res = await bare.app.inject({ method: 'GET', url: `/v/${ref}` });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    } finally {
      await bare.close();
    }
  });
});
