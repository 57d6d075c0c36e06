// The public Cek Bansos page on a phone: a page of its own within 60 KB on a first visit, the district →
// village → name search with its proof of work solved in the page, a real recipient of the demo found by a
// misspelt name, and the honest "nothing found". Screenshots at 360 px and 1280 px go to e2e/screenshots/ for
// a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { maskPublicName } from '@smart-kampung/domain';
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startApp, type RunningApp } from './harness.ts';
import { countBytes, describeTransfers, kilobytes, meterPage, type ByteCounter } from './transfer-meter.ts';

const KB = 1024;
const SHOTS = path.join(import.meta.dirname, 'screenshots');
let app: RunningApp;
let wire: ByteCounter;

beforeAll(async () => {
  app = await startApp();
  wire = await countBytes(app.baseUrl);
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await wire?.close();
  await app?.stop();
});

/** A recipient of the demo village, read through the staff API as its operator would: a program that reaches
 * someone in the village, and the name of one of its recipients (the resident, or the family's or household's
 * head), so the test follows whatever the demo generator enrolled. */
async function demoRecipient(request: APIRequestContext, baseUrl: string) {
  const login = await request.post(`${baseUrl}/api/auth/login`, {
    data: { username: 'operator.sarongan', password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const { user: me } = (await (await request.get(`${baseUrl}/api/auth/me`)).json()) as {
    user: { areaCode: string };
  };
  const programs = (await (
    await request.get(`${baseUrl}/api/assistance/programs?region=${me.areaCode}`)
  ).json()) as { id: string; name: string; openEnrolments: number }[];
  for (const program of programs.filter((p) => p.openEnrolments > 0)) {
    const page = (await (
      await request.get(
        `${baseUrl}/api/assistance/programs/${program.id}/recipients?region=${me.areaCode}&status=active&limit=50`,
      )
    ).json()) as { items: { name: string | null }[] };
    // A name of two words or more whose longest word can carry a typo (a doubled letter).
    const name = page.items
      .map((item) => item.name)
      .find((n): n is string => !!n && /^[A-Za-z]+( [A-Za-z]+)+$/.test(n) && n.length >= 8);
    if (name) return { name, program: program.name };
  }
  throw new Error('the demo village has no active recipient with a plain name');
}

/** The name as a citizen might type it: lower case, one letter of the longest word doubled. */
function misspelt(name: string) {
  const words = name.toLowerCase().split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const at = Math.floor(longest.length / 2);
  const typo = longest.slice(0, at) + longest[at] + longest.slice(at);
  return words.map((word) => (word === longest ? typo : word)).join(' ');
}

describe('Cek Bansos, the public page', () => {
  it('searches a village by name on a 360 px phone within 60 KB, and says so when nobody matches', async () => {
    const context = await app.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const meter = await meterPage(context, page);
    wire.reset();
    await page.goto(`${wire.baseUrl}/cek-bansos`);
    await page.getByLabel('Kecamatan').selectOption({ label: 'Pesanggaran' });
    await page.getByLabel('Desa/Kelurahan').selectOption({ label: 'Sarongan' });
    await page.getByLabel('Nama sesuai KTP').fill('Zzyzx Qwerty');
    await page.getByRole('button', { name: 'Cari Data' }).click();
    await page.getByText('Tidak terdapat peserta/PM').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const transfers = meter.transfers();
    const summary = `first visit: ${kilobytes(wire.received())}\n${describeTransfers('responses', transfers)}`;
    console.log(summary);
    expect(wire.received(), summary).toBeLessThanOrEqual(60 * KB);
    // Nothing of the staff app travels: no React bundle, no code lists, no session.
    expect(
      transfers.some((t) => /\/assets\/(app|jsx-runtime)-|\/api\/auth|code-lists/.test(t.url)),
      summary,
    ).toBe(false);
    await page.screenshot({ path: path.join(SHOTS, 'cek-bansos-360.png'), fullPage: true });
    await context.close();
  });

  it("finds a demo recipient by a misspelt name at 360 px and shows the masked name and the recipient's programs", async () => {
    const staff = await app.browser.newContext();
    const recipient = await demoRecipient(staff.request, app.baseUrl);
    await staff.close();
    const context = await app.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/cek-bansos`);
    await page.getByLabel('Kecamatan').selectOption({ label: 'Pesanggaran' });
    await page.getByLabel('Desa/Kelurahan').selectOption({ label: 'Sarongan' });
    const typed = misspelt(recipient.name);
    expect(typed).not.toBe(recipient.name.toLowerCase());
    await page.getByLabel('Nama sesuai KTP').fill(typed);
    await page.getByRole('button', { name: 'Cari Data' }).click();
    const card = page
      .locator('article.cb-card')
      .filter({ has: page.getByRole('heading', { name: maskPublicName(recipient.name), exact: true }) })
      .filter({ hasText: recipient.program })
      .first();
    await card.waitFor({ timeout: 60_000 });
    // The masked name only: the registered name itself appears nowhere on the page.
    expect(await page.locator('body').textContent()).not.toContain(recipient.name);
    await page.screenshot({ path: path.join(SHOTS, 'cek-bansos-found-360.png'), fullPage: true });
    await context.close();
  });

  it('refuses a name with digits in the page itself, in Bahasa Indonesia, and switches to English', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/cek-bansos`);
    await page.getByLabel('Kecamatan').selectOption({ label: 'Pesanggaran' });
    await page.getByLabel('Desa/Kelurahan').selectOption({ label: 'Sarongan' });
    await page.getByLabel('Nama sesuai KTP').fill('3510');
    await page.getByRole('button', { name: 'Cari Data' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/tanpa angka/);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Search' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'cek-bansos-1280.png'), fullPage: true });
    await context.close();
  });
});
