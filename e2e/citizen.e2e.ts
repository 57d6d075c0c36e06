// A citizen at home. The village office issued a PIN to a resident in person; she signs in with her NIK and
// the PIN and gets a page made for citizens: her family card, a menu with that one page, no region codes or
// area levels anywhere, her own full NIK and KK on request (audited on the server), and every way back
// leads to her own page, never to the staff lists she may not open. Screenshots of her pages at 390 and
// 1280 px go to E2E_SCREENSHOT_DIR when it is set.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './harness.ts';
import { call, shoot } from './pages.ts';

let app: RunningApp;
let citizen: { nik: string; kkNumber: string; pin: string; name: string };

const VILLAGE = '35.10.01.2001';
/** A dotted region code (35.10, 35.10.01, 35.10.01.2001) or the village code OpenSID writes (3510012001). */
const REGION_CODE = /\b\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?\b|\b35\d{8}\b/;

beforeAll(async () => {
  app = await startApp();
  // At the village office: the operator finds a grown-up resident, reads her numbers (with a reason) to
  // know what she will type, and issues her PIN.
  const page = await (await app.browser.newContext()).newPage();
  await signIn(page, app.baseUrl, 'operator.sarongan');
  const adults = await call(page, `/api/population/residents?region=${VILLAGE}&sex=2&ageMin=30&limit=20`);
  const resident = (adults.items as { id: string; fullName: string; status: string }[]).find(
    (r) => r.status === 'present',
  );
  if (!resident) throw new Error('no woman aged 30+ in the demo village');
  const base = `/api/villages/${VILLAGE}/residents/${resident.id}`;
  const numbers = await call(page, `${base}/reveal`, { reason: 'Menerbitkan PIN warga di kantor desa' });
  const { pin } = await call(page, `${base}/citizen-pin`, {});
  citizen = { nik: numbers.nik, kkNumber: numbers.kkNumber, pin, name: resident.fullName };
  await page.context().close();
});
afterAll(() => app?.stop());

async function signInAsCitizen(width: number): Promise<Page> {
  const page = await (await app.browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await page.goto(`${app.baseUrl}/login`);
  await page.getByRole('button', { name: 'Warga' }).click();
  await page.getByLabel('NIK', { exact: true }).fill(citizen.nik);
  await page.getByLabel('PIN', { exact: true }).fill(citizen.pin);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByTestId('my-family').waitFor();
  return page;
}

/** The menu's entries and what the citizen can read on the page, the menu opened first on a phone. */
async function whatSheSees(page: Page): Promise<{ menu: string[]; text: string }> {
  const menuButton = page.getByRole('button', { name: 'Buka menu' });
  const phone = await menuButton.isVisible();
  if (phone) await menuButton.click();
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  const menu = await nav.getByRole('link').allInnerTexts();
  const text = await page.locator('body').innerText();
  if (phone) await page.keyboard.press('Escape');
  return { menu, text };
}

describe.each([390, 1280])('a citizen signed in with NIK and PIN at %i px', (width) => {
  it('gets a menu made for citizens and no region codes or area levels', async () => {
    const page = await signInAsCitizen(width);
    await shoot(page, 'citizen-home');
    const { menu, text } = await whatSheSees(page);
    expect(menu).toEqual(['Keluarga Saya']);
    // No region picker in the header, no password page in her account links.
    expect(await page.getByTestId('change-password-link').count()).toBe(0);
    expect(text).toContain(citizen.name);
    expect(text).toContain('Warga');
    // Her card names its codes (the code lists are open to her too), as the printed card does.
    expect(text).toMatch(/kepala keluarga/i);
    expect(text).not.toMatch(REGION_CODE);
    for (const staffWord of ['Kode wilayah', 'Tingkat wilayah', 'Pilih wilayah', 'Kabupaten Banyuwangi ·'])
      expect(text).not.toContain(staffWord);
    await page.context().close();
  });

  it('shows her own full NIK and KK on request', async () => {
    const page = await signInAsCitizen(width);
    expect(await page.locator('body').innerText()).not.toContain(citizen.nik);
    await page.getByRole('button', { name: 'Tampilkan NIK dan No. KK saya' }).click();
    const own = page.getByTestId('my-identifiers');
    await own.waitFor();
    const ownText = await own.innerText();
    expect(ownText).toContain(citizen.nik);
    expect(ownText).toContain(citizen.kkNumber);
    await shoot(page, 'citizen-identifiers');
    await page.context().close();
  });

  const CITIZEN_OWN_PAGE = /^\/((surat-saya|usul-saya)(\/.*)?)?$/;

  it('is led back to her own page from every page she can reach, never to staff lists', async () => {
    const page = await signInAsCitizen(width);
    // Staff pages typed by hand, a module she has no menu for, the staff password page, a wrong address.
    for (const url of [
      '/penduduk',
      `/keluarga/${VILLAGE}/00000000-0000-4000-8000-000000000000`,
      '/surat',
      '/kata-sandi',
      '/tidak-ada',
    ]) {
      await page.goto(`${app.baseUrl}${url}`);
      const back = page.getByTestId('home-link');
      await back.waitFor();
      expect(await back.innerText()).toBe('Kembali ke Keluarga Saya');
      expect(await page.locator('main').innerText()).not.toMatch(REGION_CODE);
      if (url === '/penduduk') await shoot(page, 'citizen-forbidden');
      await back.click();
      await page.getByTestId('my-family').waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
    }
    // Every link on her own page leads to her own pages (her family, her letter requests, her usul and sanggah):
    // none to a staff list.
    const hrefs = await page
      .locator('main a[href], header a[href], nav a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(new URL(href, app.baseUrl).pathname).toMatch(CITIZEN_OWN_PAGE);
    await page.context().close();
  });
});
