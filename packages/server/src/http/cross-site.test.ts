// Cross-site request forgery: a page on another site must not be able to make a signed-in user's browser
// change anything. Every POST/PUT/PATCH/DELETE is checked by one hook, whatever the route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../test/test-app.ts';
import { registerFamily } from '../modules/population/test-support/families.ts';

let t: TestApp;
let op: TestUser;
let residentId: string;
const village = '35.10.01.2001';

beforeAll(async () => {
  t = await buildTestApp();
  op = await t.createUser('village_operator', village);
  residentId = (await registerFamily(op, village)).residentIds[1]!;
});
afterAll(() => t.close());

const issuePin = (headers: Record<string, string>) =>
  op.request({
    method: 'POST',
    url: `/api/villages/${village}/residents/${residentId}/citizen-pin`,
    headers: { host: 'kampung.example', ...headers },
  });

const pinsIssued = async () =>
  (
    await t.database.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'population.citizen_pin_issued')
      .execute()
  ).length;

describe('state-changing requests from another site', () => {
  it('refuses a bodiless POST from another origin with a catalogued 403, and issues no PIN', async () => {
    const before = await pinsIssued();
    const res = await issuePin({ origin: 'http://evil.example' });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({
      code: 'CROSS_SITE_REQUEST',
      message_id: expect.stringContaining('situs lain'),
      message_en: expect.stringContaining('another site'),
    });
    expect(res.body).not.toContain('pin"');
    expect(await pinsIssued()).toBe(before);
  });

  it.each([
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
    ['an opaque "null" origin', { origin: 'null' }],
    ['our host name on another port', { origin: 'http://kampung.example:8080' }],
    [
      'a same-origin claim with a foreign Origin',
      { 'sec-fetch-site': 'same-origin', origin: 'https://x.test' },
    ],
  ])('refuses %s', async (_, headers) => {
    expect((await issuePin(headers)).statusCode).toBe(403);
  });

  it('refuses sign-in, sign-out and JSON writes from another site too', async () => {
    const evil = { origin: 'https://evil.example' };
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: evil,
      payload: { username: op.username, password: 'whatever-it-is' },
    });
    expect(login.json().code).toBe('CROSS_SITE_REQUEST');
    const logout = await op.request({ method: 'POST', url: '/api/auth/logout', headers: evil });
    expect(logout.statusCode).toBe(403);
    expect((await op.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    const death = await op.request({
      method: 'POST',
      url: `/api/villages/${village}/residents/${residentId}/death`,
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { date: '2026-01-20' },
    });
    expect(death.statusCode).toBe(403);
  });
});

describe('requests that pass', () => {
  it("lets the app's own pages write: Origin matching Host, or Sec-Fetch-Site same-origin", async () => {
    expect((await issuePin({ origin: 'http://kampung.example' })).statusCode).toBe(200);
    expect((await issuePin({ origin: 'https://KAMPUNG.example' })).statusCode).toBe(200);
    expect((await issuePin({ 'sec-fetch-site': 'same-origin' })).statusCode).toBe(200);
  });

  it('lets clients that are not browsers (no Origin, no Sec-Fetch-Site) write', async () => {
    expect((await issuePin({})).statusCode).toBe(200);
  });

  it('never refuses a read, whatever its origin', async () => {
    const res = await op.request({
      method: 'GET',
      url: '/api/auth/me',
      headers: { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('behind a reverse proxy (TRUST_PROXY=true)', () => {
  it('compares the Origin with the forwarded host, and only when the proxy is trusted', async () => {
    const headers = {
      host: '10.0.0.5:3000',
      'x-forwarded-host': 'kampung.banyuwangikab.example',
      origin: 'https://kampung.banyuwangikab.example',
    };
    const login = (app: TestApp) =>
      app.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers,
        payload: { username: 'nobody-here', password: 'x' },
      });
    // Without a trusted proxy the forwarded host is ignored, so the Origin is someone else's.
    expect((await login(t)).statusCode).toBe(403);
    process.env.TRUST_PROXY = 'true';
    const proxied = await buildTestApp().finally(() => delete process.env.TRUST_PROXY);
    try {
      expect((await login(proxied)).statusCode).toBe(401);
    } finally {
      await proxied.close();
    }
  });
});
