// Helpers of the usul & sanggah browser test: the public Cek Bansos look-up (proof of work solved in the page),
// a citizen's and a staff member's sign-in, JSON calls made in a signed-in page, a camera picture and a
// berita acara PDF, and screenshots for a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './harness.ts';
import { phone } from './pages.ts';
export { call, phone, staffPage, wide } from './pages.ts';

export const VILLAGE = '35.10.01.2001';
export const DEMO_CITIZEN = { nik: '3510014506900001', pin: '123456' };
const SHOTS = path.join(import.meta.dirname, 'screenshots');

/** A full-page screenshot named by the page and the viewport's width (e2e/screenshots/, not committed). */
export async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForLoadState('networkidle');
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
}

/** The citizen signs in on the login page with her NIK and PIN, as she would at home. */
export async function citizenPage(browser: Browser, baseUrl: string, options = phone) {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('button', { name: 'Warga' }).click();
  await page.getByLabel('NIK', { exact: true }).fill(DEMO_CITIZEN.nik);
  await page.getByLabel('PIN', { exact: true }).fill(DEMO_CITIZEN.pin);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByTestId('my-family').waitFor();
  return page;
}

/** The name as a citizen might type it: lower case, one letter of the longest word doubled. */
export function misspelt(name: string) {
  const words = name.toLowerCase().split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const at = Math.floor(longest.length / 2);
  const typo = longest.slice(0, at) + longest[at] + longest.slice(at);
  return words.map((word) => (word === longest ? typo : word)).join(' ');
}

/** The public Cek Bansos page: district → village → a name; the proof of work is solved by the page itself. */
export async function cekBansos(page: Page, baseUrl: string, name: string) {
  await page.goto(`${baseUrl}/cek-bansos`);
  await page.getByLabel('Kecamatan').selectOption({ label: 'Pesanggaran' });
  await page.getByLabel('Desa/Kelurahan').selectOption({ label: 'Sarongan' });
  await page.getByLabel('Nama sesuai KTP').fill(name);
  await page.getByRole('button', { name: 'Cari Data' }).click();
}

/** A camera picture: a 2400 × 1600 PNG drawn in the page, much larger than what should travel. */
export async function cameraPicture(page: Page): Promise<Buffer> {
  const data = await page.evaluate<string>(`(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 2400;
    canvas.height = 1600;
    const g = canvas.getContext('2d');
    g.fillStyle = '#c9b28f';
    g.fillRect(0, 0, 2400, 1600);
    g.fillStyle = '#5a3d1e';
    g.fillRect(600, 500, 1200, 900);
    return canvas.toDataURL('image/png').split(',')[1];
  })()`);
  return Buffer.from(data, 'base64');
}

/** A one-page berita acara as a scanner would save it (a PDF header, an end-of-file marker). */
export const MINUTES_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

export { DEMO_PASSWORD };
