// The people who sign, at phone width and on a desk screen: the village operator sees the demo's Kepala Desa
// and Sekretaris Desa with the staff account each signs with, unlinks the secretary's account and links it
// again from the officials page (an account already another official's is refused with the reason), and ends
// a term with the form the delegations page shares; the regency admin reaches the delegations page from the
// menu. Screenshots at 390 and 1280 px go to E2E_SCREENSHOT_DIR when set.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness.ts';
import { phone, shoot, staffPage, wide } from './pages.ts';

let app: RunningApp;

const staff = (username: string, options = phone) => staffPage(app.browser, app.baseUrl, username, options);

beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

/** Picks the account whose option names `username` (options read "name (username, role)"). */
async function pickAccount(form: ReturnType<Page['locator']>, username: string) {
  const value = await form.locator('option', { hasText: `(${username},` }).getAttribute('value');
  await form.getByLabel('Akun staf desa').selectOption(value);
}

const row = (page: Page, post: string) =>
  page.getByTestId('official-row').filter({ has: page.getByText(post, { exact: true }) });

describe('the officials page', () => {
  it('shows whom each official signs as, and links and unlinks an account', async () => {
    const page = await staff('operator.sarongan');
    await page.goto(`${app.baseUrl}/surat/perangkat`);
    await page.getByTestId('official-row').first().waitFor();
    const secretary = row(page, 'Sekretaris Desa');
    expect(await row(page, 'Kepala Desa').getByTestId('official-account').innerText()).toContain(
      'kades.sarongan',
    );
    expect(await secretary.getByTestId('official-account').innerText()).toContain('operator.sarongan');
    await shoot(page, 'letter-officials');

    // The head's account is the head's: linking it to the secretary too is refused, with the reason.
    await secretary.getByRole('button', { name: 'Ganti akun' }).click();
    const form = secretary.locator('.official-account-form');
    await pickAccount(form, 'kades.sarongan');
    await shoot(page, 'letter-officials-account');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.locator('.field-error').waitFor();
    expect(await form.locator('.field-error').innerText()).not.toBe('');

    await form.getByRole('button', { name: 'Lepaskan akun' }).click();
    await expect
      .poll(() => secretary.getByTestId('official-account').innerText())
      .toContain('Belum terhubung');
    await secretary.getByRole('button', { name: 'Hubungkan akun' }).click();
    await pickAccount(form, 'operator.sarongan');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect
      .poll(() => secretary.getByTestId('official-account').innerText())
      .toContain('operator.sarongan');

    // Ending a term: the shared end-date form, cancelled here (the demo's secretary stays in office).
    await secretary.getByRole('button', { name: 'Akhiri masa jabatan' }).click();
    await secretary.getByLabel('Tanggal terakhir menjabat').waitFor();
    await shoot(page, 'letter-officials-end');
    await secretary.getByRole('button', { name: 'Batal' }).click();
    await page.context().close();

    const desk = await staff('operator.sarongan', wide);
    await desk.goto(`${app.baseUrl}/surat/perangkat`);
    await desk.getByTestId('official-row').first().waitFor();
    await desk.waitForLoadState('networkidle');
    await shoot(desk, 'letter-officials');
    await desk.context().close();
  });
});

describe('the delegations page', () => {
  it('is in the regency admin’s menu', async () => {
    const page = await staff('admin');
    await page.getByRole('button', { name: 'Buka menu' }).click();
    await page.getByRole('link', { name: 'Pelimpahan Surat' }).click();
    await page.getByTestId('delegations-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/surat-pelimpahan');
    await page.waitForLoadState('networkidle');
    await shoot(page, 'letter-delegations');
    await page.context().close();

    const desk = await staff('admin', wide);
    await desk.getByRole('link', { name: 'Pelimpahan Surat' }).click();
    await desk.getByTestId('delegations-page').waitFor();
    await desk.getByRole('button', { name: 'Catat pelimpahan' }).click();
    await desk.waitForLoadState('networkidle');
    await shoot(desk, 'letter-delegations-new');
    await desk.context().close();
    // A village operator has no such entry.
    const operator = await staff('operator.sarongan', wide);
    expect(await operator.getByRole('link', { name: 'Pelimpahan Surat' }).count()).toBe(0);
    await operator.context().close();
  });
});
