// The regency at a glance: the regency admin's home compares all 217 villages in a table that sorts by any
// column and a map coloured by the figure chosen, and opens a village from either; a district head sees
// their district's villages only; on a phone the table and map stay inside the screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

const SARONGAN = '35.10.01.2001';

describe('the regency at a glance', () => {
  it('compares every village of the regency, sorts, colours the map and opens a village', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'admin');

    const table = page.getByTestId('village-table');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(217);
    await expect
      .poll(() => page.getByTestId('village-glance').textContent())
      .toContain('Semua 217 desa/kelurahan sudah memiliki data penduduk.');

    // Sarongan is the demo village at full size: the most residents, first once sorted by residents.
    const residents = table.getByRole('columnheader', { name: /Penduduk/ });
    await residents.getByRole('button').click();
    expect(await residents.getAttribute('aria-sort')).toBe('descending');
    expect(await rows.first().getAttribute('data-village')).toBe(SARONGAN);
    await residents.getByRole('button').click();
    expect(await residents.getAttribute('aria-sort')).toBe('ascending');
    expect(await rows.first().getAttribute('data-village')).not.toBe(SARONGAN);

    // The map draws the regency's villages and follows the figure chosen (its legend says which).
    const map = page.getByTestId('choropleth-map');
    await page.locator('[data-testid=choropleth-map][data-map-state=ready]').waitFor({ timeout: 60_000 });
    expect(await map.getAttribute('aria-label')).toBe('Jumlah penduduk');
    await page.getByLabel('Warnai peta menurut').selectOption('householdsUnpinned');
    expect(await map.getAttribute('aria-label')).toBe('Rumah tangga tanpa titik peta (% rumah tangga)');
    await expect
      .poll(() => page.locator('.choropleth-legend figcaption').textContent())
      .toBe('Rumah tangga tanpa titik peta (% rumah tangga)');

    // A village's name opens the home page narrowed to it.
    await table.locator(`tr[data-village="${SARONGAN}"] th a`).click();
    await page.waitForURL(/region=35\.10\.01\.2001/);
    await expect.poll(() => page.locator('#region-title').textContent()).toMatch(/Sarongan/i);
    expect(await page.getByTestId('village-table').count()).toBe(0);
    await context.close();
  });

  it("shows a district head their district's villages only, and fits a phone's screen", async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'camat.pesanggaran');

    const table = page.getByTestId('village-table');
    await table.waitFor();
    const codes = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-village')));
    expect(codes.length).toBeGreaterThan(1);
    expect(codes.every((code) => code?.startsWith('35.10.01.'))).toBe(true);
    // A district needs no district column.
    expect(await table.getByRole('columnheader', { name: 'Kecamatan' }).count()).toBe(0);

    await page.locator('[data-testid=choropleth-map][data-map-state=ready]').waitFor({ timeout: 60_000 });
    // Nothing wider than the screen: the page's own width is the viewport's.
    const pageWidth = await page.locator('html').evaluate((html) => html.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);

    // On a phone the order is chosen in a list, since the headings are hidden in the card layout.
    await page.getByLabel('Urutkan menurut').selectOption('residents:descending');
    expect(await table.locator('tbody tr').first().getAttribute('data-village')).toBe(SARONGAN);

    // Tapping the west of the district (Sarongan) tells its figure, and the village opens from there.
    const map = page.getByTestId('choropleth-map');
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.4);
    await expect.poll(() => page.locator('.choropleth-readout').textContent()).toMatch(/^Sarongan: [\d.]+/);
    await page.getByRole('button', { name: 'Buka desa ini' }).click();
    await page.waitForURL(/region=35\.10\.01\.2001/);
    await context.close();
  });
});
