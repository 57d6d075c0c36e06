// A letter requested from home, at phone width (390 px): a citizen signs in with NIK + PIN, requests a
// domicile letter (keterangan domisili) for herself and photographs the requirements (resized on the phone);
// the operator checks it; the village head signs it with his password; the citizen downloads the signed PDF;
// the QR code read from the rendered PDF page verifies on the offline verifier with the browser offline, and
// one changed character of it does not. Screenshots at 390 and 1280 px go to E2E_SCREENSHOT_DIR when set.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startApp, type RunningApp } from './harness.ts';
import { call, phone, shoot, staffPage } from './pages.ts';
import { qrOfPdf } from './pdf-qr.ts';

const VILLAGE = '35.10.01.2001';
let app: RunningApp;
let citizen: { nik: string; pin: string; name: string };
let headName: string;

const staff = (username: string, options = phone) => staffPage(app.browser, app.baseUrl, username, options);

beforeAll(async () => {
  app = await startApp();
  // The demo seeds the village's head as an official linked to his account (seed/letters/demo-officials.ts);
  // at the village office, once, a woman of the village is given her PIN.
  const operator = await staff('operator.sarongan');
  const head = await staff('kades.sarongan');
  const me = await call(head, '/api/auth/me');
  const officials: { position: string; fullName: string; account: { id: string } | null }[] = await call(
    operator,
    `/api/villages/${VILLAGE}/officials`,
  );
  const headOfficial = officials.find((o) => o.position === 'kepala_desa')!;
  expect(headOfficial.account?.id).toBe(me.user.id);
  headName = headOfficial.fullName;
  const adults = await call(operator, `/api/population/residents?region=${VILLAGE}&sex=2&ageMin=30&limit=20`);
  const resident = (adults.items as { id: string; fullName: string; status: string }[]).find(
    (r) => r.status === 'present',
  )!;
  const base = `/api/villages/${VILLAGE}/residents/${resident.id}`;
  const numbers = await call(operator, `${base}/reveal`, { reason: 'Menerbitkan PIN warga di kantor desa' });
  const { pin } = await call(operator, `${base}/citizen-pin`, {});
  citizen = { nik: numbers.nik, pin, name: resident.fullName };
  await operator.context().close();
  await head.context().close();
});
afterAll(() => app?.stop());

async function citizenPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/login`);
  await page.getByRole('button', { name: 'Warga' }).click();
  await page.getByLabel('NIK', { exact: true }).fill(citizen.nik);
  await page.getByLabel('PIN', { exact: true }).fill(citizen.pin);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByTestId('my-family').waitFor();
  return page;
}

/** A camera picture: a 3000 × 2000 PNG drawn in the page, much larger than what should travel. */
async function cameraPicture(page: Page): Promise<Buffer> {
  const data = await page.evaluate<string>(`(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 3000;
    canvas.height = 2000;
    const g = canvas.getContext('2d');
    g.fillStyle = '#cfe3f7';
    g.fillRect(0, 0, 3000, 2000);
    g.fillStyle = '#123';
    g.font = '200px sans-serif';
    g.fillText('KTP-el 3510', 200, 1000);
    return canvas.toDataURL('image/png').split(',')[1];
  })()`);
  return Buffer.from(data, 'base64');
}

describe('a domicile letter requested from a phone', () => {
  it('is requested, checked, signed, downloaded, and its QR verifies offline', async () => {
    // The citizen requests the letter for herself and photographs the requirements.
    const citizenContext = await app.browser.newContext({ ...phone, acceptDownloads: true });
    const page = await citizenPage(citizenContext);
    await page.getByTestId('my-letters-link').click();
    await page.getByRole('link', { name: 'Mohon surat baru' }).click();
    await page.getByLabel('Jenis surat').selectOption({ label: 'Keterangan Domisili' });
    await page.getByLabel('Untuk siapa').selectOption({ label: citizen.name });
    await page.getByLabel('Keperluan').fill('Melamar pekerjaan');
    await shoot(page, 'letter-request-new');
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await page.getByTestId('my-letter-request').waitFor();
    const requestId = page.url().split('/').pop()!;
    await expect.poll(() => page.locator('[data-status]').getAttribute('data-status')).toBe('requested');
    expect(await page.getByText(/Selesai paling lambat/).isVisible()).toBe(true);
    const picture = await cameraPicture(page);
    for (const kind of ['ktp', 'kk']) {
      const uploaded = page.waitForResponse(
        (r) => r.url().includes('/attachments?requirement=') && r.status() === 201,
      );
      await page
        .locator(`input#photo-${kind}`)
        .setInputFiles({ name: `${kind}.png`, mimeType: 'image/png', buffer: picture });
      const answer = await (await uploaded).json();
      const photo = answer.attachments.at(-1);
      // Resized on the phone: a JPEG far smaller than the 3000 px picture.
      expect(photo.contentType).toBe('image/jpeg');
      expect(photo.sizeBytes).toBeLessThan(picture.length);
    }
    await page.getByText('Foto terkirim').first().waitFor();
    await shoot(page, 'letter-request-mine');

    // The operator checks the requirements against the photos.
    const operator = await staff('operator.sarongan');
    await operator.goto(`${app.baseUrl}/surat/permohonan/${VILLAGE}/${requestId}`);
    await operator.getByTestId('letter-request').waitFor();
    await operator.getByLabel('Foto KTP-el').check();
    await operator.getByLabel('Foto Kartu Keluarga').check();
    await shoot(operator, 'letter-request-check');
    await operator.getByRole('button', { name: 'Tandai sudah diperiksa' }).click();
    await expect.poll(() => operator.locator('[data-status]').getAttribute('data-status')).toBe('checked');
    expect(await operator.getByRole('button', { name: 'Tandatangani' }).count()).toBe(0);

    // The village head signs with his own password.
    const head = await staff('kades.sarongan');
    await head.goto(`${app.baseUrl}/surat/permohonan/${VILLAGE}/${requestId}`);
    await head.getByRole('button', { name: 'Tandatangani' }).click();
    const dialog = head.getByTestId('sign-dialog');
    await dialog.getByLabel('Kata sandi Anda').fill('salah-sandi');
    await dialog.getByRole('button', { name: 'Tandatangani sekarang' }).click();
    await dialog.getByText('Kata sandi salah').waitFor();
    await dialog.getByLabel('Kata sandi Anda').fill(DEMO_PASSWORD);
    await shoot(head, 'letter-request-sign');
    await dialog.getByRole('button', { name: 'Tandatangani sekarang' }).click();
    await expect.poll(() => head.locator('[data-status]').getAttribute('data-status')).toBe('signed');

    // The citizen downloads the signed letter.
    await page.reload();
    const download = page.waitForEvent('download');
    await page.getByTestId('download-letter').click();
    const pdf = readFileSync(await (await download).path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.reload();
    await expect.poll(() => page.locator('[data-status]').getAttribute('data-status')).toBe('collected');

    // The QR read from the rendered page checks on the offline verifier, with the browser offline.
    const payload = await qrOfPdf(app.browser, pdf);
    expect(payload).toMatch(/\/v\/3510012001\.[A-Za-z0-9_-]{22}#/);
    const verifierContext = await app.browser.newContext(phone);
    const verifier = await verifierContext.newPage();
    await verifier.goto(`${app.baseUrl}/cek-surat.html`);
    await verifier.locator('#keys-status[data-keys]').waitFor();
    await verifierContext.setOffline(true);
    await verifier.getByLabel(/Isi kode QR/).fill(payload!);
    await verifier.getByRole('button', { name: /Periksa/ }).click();
    await verifier.locator('#verdict[data-valid="true"]').waitFor();
    const verdict = await verifier.locator('#verdict').innerText();
    expect(verdict).toContain('SURAT SAH');
    expect(verdict).toContain('35.10.01.2001');
    expect(verdict).toContain(headName);
    await shoot(verifier, 'letter-verifier-valid');
    // One changed character of the signed record: refused.
    const hash = payload!.indexOf('#');
    const changed =
      payload!.slice(0, hash + 5) + (payload![hash + 5] === 'A' ? 'B' : 'A') + payload!.slice(hash + 6);
    await verifier.getByLabel(/Isi kode QR/).fill(changed);
    await verifier.getByRole('button', { name: /Periksa/ }).click();
    await verifier.locator('#verdict[data-valid="false"]').waitFor();
    await verifierContext.close();

    // Online, the QR's own address (/v/<ref>#…) opens the verify page: the letter's status from the server
    // (registered, not voided; the name masked) above the check of the QR's signature.
    const scanned = await (await app.browser.newContext(phone)).newPage();
    await scanned.goto(payload!);
    await scanned.locator('#online[data-ready]').waitFor();
    const online = await scanned.locator('#online').innerText();
    expect(online).toContain('SURAT TERDAFTAR');
    expect(online).toContain('Keterangan Domisili');
    expect(online).toContain(headName);
    expect(online).not.toContain(citizen.name);
    expect(online).not.toContain(citizen.nik);
    await scanned.locator('#verdict[data-valid="true"]').waitFor();
    await shoot(scanned, 'letter-verify-online');
    await scanned.context().close();
    await citizenContext.close();
  });

  it('shows the request pages at 1280 px too', async () => {
    if (!process.env.E2E_SCREENSHOT_DIR) return;
    const wide = { viewport: { width: 1280, height: 900 } };
    const operator = await staff('operator.sarongan', wide);
    await operator.goto(`${app.baseUrl}/surat/permohonan`);
    await operator.getByTestId('request-queue').waitFor();
    await operator.waitForLoadState('networkidle');
    await shoot(operator, 'letter-request-queue');
    const phoneOperator = await staff('operator.sarongan');
    await phoneOperator.goto(`${app.baseUrl}/surat/permohonan`);
    await phoneOperator.getByTestId('request-queue').waitFor();
    await phoneOperator.waitForLoadState('networkidle');
    await shoot(phoneOperator, 'letter-request-queue');
    const citizenContext = await app.browser.newContext(wide);
    const page = await citizenPage(citizenContext);
    await shoot(page, 'letter-citizen-dashboard');
    await page.goto(`${app.baseUrl}/surat-saya`);
    await page.getByTestId('my-letters').waitFor();
    await shoot(page, 'letter-request-mine-list');
    const verifier = await (await app.browser.newContext(wide)).newPage();
    await verifier.goto(`${app.baseUrl}/cek-surat.html`);
    await shoot(verifier, 'letter-verifier');
  });
});
