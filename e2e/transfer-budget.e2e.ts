// What a first and a repeat visit cost on a weak phone link, counted in bytes the browser really received
// (compressed bodies plus headers), not in time. A citizen signing in to see the family card, a citizen
// opening the letter request pages, a citizen opening the usul & sanggah pages, and an operator opening a
// household page with its map, each from an empty browser cache; then the same pages again, when
// only what changed may travel (hashed files come from the cache, the rest answers 304 or is small JSON).
import type { APIRequestContext } from 'playwright-core';
import type { Transfer } from './transfer-meter.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startApp, type RunningApp } from './harness.ts';
import { countBytes, describeTransfers, kilobytes, meterPage, type ByteCounter } from './transfer-meter.ts';

const CITIZEN = { nik: '3510014506900001', pin: '123456' };
const VILLAGE = '35.10.01.2001';
const KB = 1024;
// Repeat visits: API answers (the family card, the household) and 304s for the HTML and the boundaries.
const BUDGET = {
  citizenFirstVisit: 150 * KB,
  requestPagesFirstVisit: 150 * KB,
  proposalPagesFirstVisit: 150 * KB,
  householdFirstVisit: 600 * KB,
  repeatVisit: 30 * KB,
};

let app: RunningApp;
let wire: ByteCounter;
beforeAll(async () => {
  app = await startApp();
  wire = await countBytes(app.baseUrl);
});
afterAll(async () => {
  await wire?.close();
  await app?.stop();
});

/** The total on the wire, with the browser's own list of responses to explain it. */
function report(label: string, transfers: Transfer[]): string {
  const listed = transfers.reduce((sum, t) => sum + t.bytes, 0);
  const unlisted = wire.received() - listed;
  return [
    `${label}: ${kilobytes(wire.received())} on the wire`,
    describeTransfers('  responses seen by the page', transfers),
    `  ${kilobytes(Math.max(0, unlisted))} not seen by the page (worker scripts, connection overhead)`,
  ].join('\n');
}

const phone = { viewport: { width: 390, height: 844 } };

const mapReady = '[data-testid="household-map"][data-map-state="ready"]';

describe('bytes transferred on a first and a repeat visit', () => {
  it('a citizen signs in and sees the family card within 150 KB, and a repeat visit sends only what changed', async () => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    const meter = await meterPage(context, page);
    wire.reset();
    await page.goto(`${wire.baseUrl}/login`);
    await page.getByRole('button', { name: 'Warga' }).click();
    await page.getByLabel('NIK').fill(CITIZEN.nik);
    await page.getByLabel('PIN').fill(CITIZEN.pin);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByTestId('family-card').waitFor();
    // Everything the page fetches for this view, including what arrives after the card shows (code lists).
    await page.waitForLoadState('networkidle');
    const first = report('citizen, first visit', meter.transfers());
    console.log(first);
    expect(wire.received(), first).toBeLessThanOrEqual(BUDGET.citizenFirstVisit);

    meter.reset();
    wire.reset();
    await page.reload();
    await page.getByTestId('family-card').waitFor();
    await page.waitForLoadState('networkidle');
    const repeat = report('citizen, repeat visit', meter.transfers());
    console.log(repeat);
    expectOnlyChangesSent(meter.transfers(), repeat);
    expect(wire.received(), repeat).toBeLessThanOrEqual(BUDGET.repeatVisit);
    await context.close();
  });

  it('a signed-in citizen opens the letter request pages within 150 KB on a first visit', async () => {
    const context = await app.browser.newContext(phone);
    // Signed in beforehand (a session cookie): the count is the request pages alone, from an empty cache.
    const login = await context.request.post(`${app.baseUrl}/api/auth/citizen-login`, {
      data: { nik: CITIZEN.nik, pin: CITIZEN.pin },
    });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    const meter = await meterPage(context, page);
    wire.reset();
    await page.goto(`${wire.baseUrl}/surat-saya`);
    await page.getByTestId('my-letters').waitFor();
    await page.getByRole('link', { name: 'Mohon surat baru' }).click();
    await page.getByTestId('new-letter-request').waitFor();
    await page.waitForLoadState('networkidle');
    const first = report('letter request pages, first visit', meter.transfers());
    console.log(first);
    expect(wire.received(), first).toBeLessThanOrEqual(BUDGET.requestPagesFirstVisit);
    await context.close();
  });

  it('a signed-in citizen opens the usul & sanggah pages within 150 KB on a first visit', async () => {
    const context = await app.browser.newContext(phone);
    // Signed in beforehand (a session cookie): the count is the usul & sanggah pages alone, from an empty cache.
    const login = await context.request.post(`${app.baseUrl}/api/auth/citizen-login`, {
      data: { nik: CITIZEN.nik, pin: CITIZEN.pin },
    });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    const meter = await meterPage(context, page);
    wire.reset();
    await page.goto(`${wire.baseUrl}/usul-saya`);
    await page.getByTestId('own-proposal').first().waitFor();
    await page.getByRole('link', { name: 'Buat usul atau sanggah' }).click();
    await page.getByLabel('Program bantuan').waitFor();
    await page.waitForLoadState('networkidle');
    const first = report('usul & sanggah pages, first visit', meter.transfers());
    console.log(first);
    expect(wire.received(), first).toBeLessThanOrEqual(BUDGET.proposalPagesFirstVisit);
    await context.close();
  });

  it('an operator opens a household page with its map within 600 KB, and a repeat visit sends only what changed', async () => {
    const context = await app.browser.newContext(phone);
    // Signed in beforehand (a session cookie), so the count is the household page alone, opened from a link.
    const login = await context.request.post(`${app.baseUrl}/api/auth/login`, {
      data: { username: 'operator.sarongan', password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    const householdId = await householdWithPin(context.request, app.baseUrl);
    const page = await context.newPage();
    const meter = await meterPage(context, page);
    wire.reset();
    await page.goto(`${wire.baseUrl}/rumah-tangga/${VILLAGE}/${householdId}`);
    await page.getByTestId('household-page').waitFor();
    await page.locator(mapReady).waitFor();
    await page.waitForLoadState('networkidle');
    const first = report('household page with map, first visit', meter.transfers());
    console.log(first);
    expect(wire.received(), first).toBeLessThanOrEqual(BUDGET.householdFirstVisit);

    meter.reset();
    wire.reset();
    await page.reload();
    await page.locator(mapReady).waitFor();
    await page.waitForLoadState('networkidle');
    const repeat = report('household page with map, repeat visit', meter.transfers());
    console.log(repeat);
    expectOnlyChangesSent(meter.transfers(), repeat);
    expect(wire.received(), repeat).toBeLessThanOrEqual(BUDGET.repeatVisit);
    await context.close();
  });
});

/**
 * On a repeat visit no file of the app travels again: hashed files come from the cache, the others are
 * revalidated (a 304, headers only, which Chromium reports as the cached 200). Only API answers have bodies.
 */
function expectOnlyChangesSent(transfers: Transfer[], explanation: string) {
  for (const t of transfers) {
    if (t.url.startsWith('data:') || new URL(t.url).pathname.startsWith('/api/')) continue;
    if (new URL(t.url).pathname.startsWith('/assets/'))
      expect(t.fromCache, `${t.url} was not taken from the cache\n${explanation}`).toBe(true);
    expect(t.bodyBytes, `${t.url} was sent again\n${explanation}`).toBe(0);
  }
}

async function householdWithPin(request: APIRequestContext, baseUrl: string): Promise<string> {
  const list = await request.get(`${baseUrl}/api/population/households?region=${VILLAGE}&limit=20`);
  expect(list.status(), await list.text()).toBe(200);
  const body = (await list.json()) as { items: { id: string; hasLocation: boolean }[] };
  const withPin = body.items.find((h) => h.hasLocation);
  if (!withPin) throw new Error('no household with a pin in the demo village');
  return withPin.id;
}
