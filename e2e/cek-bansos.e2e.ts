// The public Cek Bansos page on a phone: a page of its own within 60 KB on a first visit, the district →
// village → name search with its proof of work solved in the page, and the honest "nothing found". Screenshots
// at 360 px and 1280 px go to e2e/screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness.ts';
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
