// A village operator signs in through the real login page and lands on the dashboard of their village.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

describe('signing in through the browser', () => {
  it('refuses a wrong password with an Indonesian message, then signs in and shows the dashboard', async () => {
    const page = await app.browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${app.baseUrl}/`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Nama pengguna').fill('operator.sarongan');
    await page.getByLabel('Kata sandi').fill('salah-sandi');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByText('Nama pengguna atau kata sandi salah').count()).toBe(1);

    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    const dashboard = page.getByTestId('dashboard');
    await dashboard.waitFor();
    expect(await dashboard.textContent()).toContain('Sarongan');
    expect(await page.getByText('Data contoh (sintetis)').count()).toBeGreaterThan(0);
    await page.close();
  });
});
