// The regency admin resets a village operator's password on the account's page and reads the one-time
// password off the screen; the operator signs in with it and must choose their own before anything else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, signIn, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
// A fresh start loads the demo population of 217 villages; on a shared two-core machine that can take
// longer than the default hook time.
beforeAll(async () => {
  app = await startApp();
}, 400_000);
afterAll(() => app?.stop());

describe('a password reset and the first sign-in after it', () => {
  it('shows the admin a one-time password, and holds the operator to choosing their own', async () => {
    const admin = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(admin, app.baseUrl, 'admin');
    // The village of Sarongan chosen in the header, as an admin narrows the regency's accounts down.
    await admin.goto(`${app.baseUrl}/pengguna?region=35.10.01.2001`);
    await admin.locator('[data-testid="user-row"][data-username="operator.sarongan"]').waitFor();
    await admin
      .locator('[data-testid="user-row"][data-username="operator.sarongan"] [data-testid="account-link"]')
      .click();
    await admin.getByTestId('account-page').waitFor();
    await admin.getByTestId('reset-password').click();
    const dialog = admin.getByTestId('reset-password-dialog');
    await dialog.getByRole('button', { name: 'Buat kata sandi sekali pakai' }).click();
    const shown = dialog.getByTestId('one-time-password');
    await shown.waitFor();
    const oneTime = (await shown.textContent())?.trim() ?? '';
    expect(oneTime).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    await dialog.getByRole('button', { name: 'Sudah dicatat, tutup' }).click();
    await expect.poll(() => admin.getByTestId('password-change-pending').count()).toBe(1);

    // The operator's old password no longer works; the one-time one leads to the change page only.
    const operator = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await operator.goto(`${app.baseUrl}/login`);
    await operator.getByLabel('Nama pengguna').fill('operator.sarongan');
    await operator.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await operator.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => operator.getByText('Nama pengguna atau kata sandi salah').count()).toBe(1);
    await operator.getByLabel('Kata sandi').fill(oneTime);
    await operator.getByRole('button', { name: 'Masuk' }).click();
    const form = operator.getByTestId('change-password-form');
    await form.waitFor();
    // Typing a path does not get past it.
    await operator.goto(`${app.baseUrl}/penduduk`);
    await form.waitFor();
    expect(await operator.getByTestId('dashboard').count()).toBe(0);

    // The form names the one-time password for what it is.
    expect(await form.getByText('Kata sandi sekali pakai dari admin').count()).toBe(1);
    await form.locator('input[name="currentPassword"]').fill(oneTime);
    await form.locator('input[name="newPassword"]').fill('sandi-sarongan-baru');
    await form.locator('input[name="repeatPassword"]').fill('sandi-sarongan-lain');
    await form.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect.poll(() => form.getByText('Kedua kata sandi baru tidak sama.').count()).toBe(1);
    await form.locator('input[name="repeatPassword"]').fill('sandi-sarongan-baru');
    await form.getByRole('button', { name: 'Simpan kata sandi' }).click();
    const dashboard = operator.getByTestId('dashboard');
    await dashboard.waitFor();
    expect(await dashboard.textContent()).toContain('Sarongan');

    // The admin's page no longer says a change is pending.
    await admin.reload();
    await admin.getByTestId('account-page').waitFor();
    expect(await admin.getByTestId('password-change-pending').count()).toBe(0);
    await operator.close();
    await admin.close();
  });
});
