// A village operator signs in through the real login page and lands on the dashboard of their village.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, signIn, startApp, type RunningApp } from './harness.ts';

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

describe('the demo data of a fresh start', () => {
  it('gives the regency admin residents in every district and every village, about 40,000 in all', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, app.baseUrl, 'admin');
    const counts = await page.evaluate(async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read as the test asserts it
      const get = async (path: string): Promise<any> => (await fetch(path)).json();
      const residents = async (code: string): Promise<number> =>
        (await get(`/api/population/stats?region=${code}`)).totals.residents;
      const children = async (code: string): Promise<{ code: string }[]> =>
        (await get(`/api/regions/${code}/children`)).items;
      const districts = await children('35.10');
      const villages = (await Promise.all(districts.map((d) => children(d.code)))).flat();
      return {
        regency: await residents('35.10'),
        districts: await Promise.all(districts.map((d) => residents(d.code))),
        villages: await Promise.all(villages.map((v) => residents(v.code))),
      };
    });
    expect(counts.districts).toHaveLength(25);
    expect(counts.villages).toHaveLength(217);
    expect(Math.min(...counts.districts)).toBeGreaterThan(0);
    expect(Math.min(...counts.villages)).toBeGreaterThan(0);
    expect(counts.regency).toBeGreaterThan(25_000);
    expect(counts.regency).toBeLessThan(60_000);
    expect(counts.districts.reduce((sum, n) => sum + n, 0)).toBe(counts.regency);
    await page.close();
  });
});
