// The look-up's guards: a solved proof of work, accepted once; a limit per address that answers fast 429s;
// a limit per village that no change of address gets round; each refusal a catalogued problem.
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/test-app.ts';
import { solvedProof } from '../test-support/solve.ts';

const VILLAGE = '35.10.01.2001';
let t: TestApp | undefined;
afterEach(() => t?.close());

const lookup = (app: TestApp, payload: object, remoteAddress = '127.0.0.1') =>
  app.app.inject({ method: 'POST', url: '/api/public/cek-bansos/lookup', payload, remoteAddress });

describe('proof of work', () => {
  it('answers a solved challenge, and refuses none, a replay or a tampered one', async () => {
    t = await buildTestApp();
    const app = t;
    const missing = await lookup(app, { village: VILLAGE, name: 'Siti Aminah' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe('CEK_BANSOS_PROOF_REQUIRED');
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);

    const proof = await solvedProof(app.app);
    const first = await lookup(app, { village: VILLAGE, name: 'Siti Aminah', proof });
    expect(first.statusCode, first.body).toBe(200);
    const replay = await lookup(app, { village: VILLAGE, name: 'Siti Aminah', proof });
    expect(replay.json().code).toBe('CEK_BANSOS_PROOF_REQUIRED');

    const other = await solvedProof(app.app);
    const tampered = {
      ...other,
      challenge: { ...other.challenge, parameters: { ...other.challenge.parameters, cost: 2 } },
    };
    expect((await lookup(app, { village: VILLAGE, name: 'Siti Aminah', proof: tampered })).statusCode).toBe(
      400,
    );
    const wrongKey = { ...other, solution: { ...other.solution, derivedKey: '00'.repeat(32) } };
    expect((await lookup(app, { village: VILLAGE, name: 'Siti Aminah', proof: wrongKey })).statusCode).toBe(
      400,
    );
  });
});

describe('rate limits', () => {
  it('answers 429 past the per-address limit, while another address goes on', async () => {
    t = await buildTestApp({
      config: { cekBansos: { proofOfWork: false, perAddressPerMinute: 3, perVillagePerMinute: 1000 } },
    });
    const app = t;
    const codes = [];
    for (let i = 0; i < 5; i++)
      codes.push((await lookup(app, { village: VILLAGE, name: 'Siti' }, '10.0.0.1')).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    const limited = await lookup(app, { village: VILLAGE, name: 'Siti' }, '10.0.0.1');
    expect(limited.json().code).toBe('RATE_LIMITED');
    expect((await lookup(app, { village: VILLAGE, name: 'Siti' }, '10.0.0.2')).statusCode).toBe(200);
  });

  it('caps one village per minute whatever the addresses, and leaves other villages alone', async () => {
    t = await buildTestApp({
      config: { cekBansos: { proofOfWork: false, perAddressPerMinute: 1000, perVillagePerMinute: 2 } },
    });
    const app = t;
    const codes = [];
    for (let i = 0; i < 4; i++)
      codes.push((await lookup(app, { village: VILLAGE, name: 'Siti' }, `10.0.1.${i}`)).statusCode);
    expect(codes).toEqual([200, 200, 429, 429]);
    const busy = await lookup(app, { village: VILLAGE, name: 'Siti' }, '10.0.1.9');
    expect(busy.json().code).toBe('CEK_BANSOS_VILLAGE_BUSY');
    expect((await lookup(app, { village: '35.10.01.2002', name: 'Siti' }, '10.0.1.9')).statusCode).toBe(200);
  });
});
