// The poverty map as Dinas Sosial sees it: the regency's villages coloured by the metric picked, a village
// picked on the map opens its households as points and the by-name list beside the map, each linking to its
// household; from the village, the households a program missed there are listed and one is enrolled. After an
// enrolment the stored figures of its village say they are being recounted, until the page has asked again
// and the server caught up. Screenshots at 390 and 1280 px go to e2e/screenshots/.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
// A fresh start seeds the demo regency; on a loaded machine that outlasts the default hook time.
beforeAll(async () => {
  app = await startApp();
}, 300_000);
afterAll(() => app?.stop());

const SARONGAN = '35.10.01.2001';
const PESANGGARAN = '35.10.01';
const SHOTS = path.join(import.meta.dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

async function shot(page: Page, name: string, width: number) {
  await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
}

interface Figures {
  villages: { figures: { current?: false }[] }[];
}

/**
 * Waits until every stored figure of the regency is current (the reads wake the refresher), so the next write
 * is the only change the pages can be behind on: nothing recounts it until a page reads it.
 */
async function untilEverythingCounted(page: Page) {
  await expect
    .poll(
      async () => {
        const figures = (await (
          await page.request.get(app.baseUrl + '/api/assistance/map/villages')
        ).json()) as Figures;
        return figures.villages.flatMap((v) => v.figures).filter((f) => f.current === false).length;
      },
      { timeout: 180_000, interval: 2_000 },
    )
    .toBe(0);
}

/** Enrols the first household PKH missed in Sarongan, as the program page's button does; returns PKH's id. */
async function enrolOneMissed(page: Page): Promise<string> {
  const programs = (await (await page.request.get(app.baseUrl + '/api/assistance/programs')).json()) as {
    id: string;
    code: string;
  }[];
  const pkh = programs.find((p) => p.code === 'PKH')!.id;
  const missed = (await (
    await page.request.get(
      `${app.baseUrl}/api/assistance/programs/${pkh}/targeting/excluded?region=${SARONGAN}&limit=1`,
    )
  ).json()) as { items: { unitId: string; unitType: string }[] };
  const unit = missed.items[0]!;
  const res = await page.request.post(`${app.baseUrl}/api/villages/${SARONGAN}/assistance/enrolments`, {
    data: { programId: pkh, unitType: unit.unitType, unitId: unit.unitId, status: 'active' },
  });
  expect(res.status()).toBe(201);
  return pkh;
}

/** The freshness note is shown, then goes once the page asked again after the server recounted. */
async function noteUntilCaughtUp(page: Page, name: string, width: number) {
  const note = page.getByTestId('freshness-note');
  await note.waitFor();
  expect(await note.textContent()).toMatch(/Sebagian angka sedang dihitung ulang — terakhir dihitung/);
  await shot(page, name, width);
  await expect.poll(() => note.count(), { timeout: 120_000 }).toBe(0);
}

describe('the poverty map', () => {
  it('opens as Dinas Sosial, picks a village and shows its households and their list', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'dinsos');

    // The regency's villages, coloured by the share in desil 1–4 first; the picker offers every metric.
    await page.goto(`${app.baseUrl}/bantuan-sosial/peta`);
    await page.getByTestId('poverty-map-page').waitFor();
    const map = page.getByTestId('choropleth-map');
    await page.locator('[data-testid=choropleth-map][data-map-state=ready]').waitFor({ timeout: 60_000 });
    expect(await map.getAttribute('aria-label')).toBe('Rumah tangga di desil 1–4');
    const picker = page.getByTestId('metric-picker');
    const options = await picker.locator('option').evaluateAll((o) => o.map((x) => x.getAttribute('value')));
    expect(options).toEqual(expect.arrayContaining(['desil-1-4', 'incomplete', 'recipients:PKH']));
    await picker.selectOption('recipients:PKH');
    await expect
      .poll(() => page.locator('.choropleth-legend figcaption').first().textContent())
      .toBe('Penerima Program Keluarga Harapan per 100 rumah tangga');

    // Pesanggaran's villages (the district chosen in the header), then Sarongan in its west: a click opens it.
    await page.goto(`${app.baseUrl}/bantuan-sosial/peta?region=35.10.01`);
    await page.locator('[data-testid=choropleth-map][data-map-state=ready]').waitFor({ timeout: 60_000 });
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.4);
    await page.waitForURL(new RegExp(`desa=${SARONGAN.replaceAll('.', '\\.')}`));

    // Its households: pinned ones as points (counted), every one by name with masked identifiers.
    const village = page.getByTestId('poverty-village');
    await expect.poll(() => village.locator('h2').textContent()).toMatch(/Sarongan/i);
    await expect
      .poll(() => page.getByTestId('poverty-points-count').textContent())
      .toMatch(/^[\d.]+ rumah tangga bertitik/);
    const items = page.getByTestId('poverty-list-item');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.first().locator('.poverty-list-ids').textContent()).toMatch(/•/);

    // The map as an image, framed with its title and legend.
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh peta (PNG)' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe(`peta-kemiskinan-${SARONGAN}-desil-1-4.png`);
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');

    // A name opens its household's page, and back.
    await items.first().locator('a').click();
    await page.waitForURL(/\/rumah-tangga\/35\.10\.01\.2001\//);
    await page.goBack();

    // Who PKH missed in the village: its excluded households with their reasons, and one enrolled.
    await page.getByTestId('poverty-village-targeting').click();
    await page.waitForURL(/\/bantuan-sosial\/penargetan\?region=35\.10\.01\.2001/);
    await page
      .locator('.targeting-program')
      .filter({ has: page.locator('strong', { hasText: /^Program Keluarga Harapan$/ }) })
      .getByRole('link')
      .click();
    await page.getByTestId('program-targeting').waitFor();
    const excludedTab = page.getByRole('tab', { name: /Layak, belum menerima/ });
    await excludedTab.waitFor();
    const excludedCount = async () => Number((await excludedTab.textContent())!.replace(/\D/g, ''));
    const before = await excludedCount();
    expect(before).toBeGreaterThan(0);
    const first = page.getByTestId('targeting-unit').first();
    const name = (await first.locator('strong').textContent())!;
    await first.getByTestId('targeting-enrol').click();
    const dialog = page.getByTestId('enrol-dialog');
    await expect.poll(() => dialog.textContent()).toContain(`Dipilih: ${name}`);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect
      .poll(() => page.locator('.notice-success').textContent(), { timeout: 30_000 })
      .toContain(name);
    // The counts are asked again after the enrolment; on a loaded machine that takes seconds.
    await expect.poll(excludedCount, { timeout: 30_000 }).toBe(before - 1);

    // Another enrolment in Sarongan: the counts of Pesanggaran's villages say Sarongan is being recounted,
    // then the page shows it counted afresh without being reloaded.
    await untilEverythingCounted(page);
    const pkh = await enrolOneMissed(page);
    await page.goto(`${app.baseUrl}/bantuan-sosial/penargetan/${pkh}?region=${PESANGGARAN}`);
    await page.getByTestId('targeting-counts').waitFor();
    const sarongan = page.getByTestId('targeting-counts').locator('tr', { hasText: /Sarongan/i });
    await expect.poll(() => sarongan.getByTestId('area-stale').count()).toBe(1);
    await noteUntilCaughtUp(page, 'targeting-freshness', 1280);
    expect(await sarongan.getByTestId('area-stale').count()).toBe(0);

    // And the map of Pesanggaran, after one more: the note above it, the line under its legend, the village's
    // readout; all gone once the server has recounted.
    await untilEverythingCounted(page);
    await enrolOneMissed(page);
    await page.goto(`${app.baseUrl}/bantuan-sosial/peta?region=${PESANGGARAN}&desa=${SARONGAN}`);
    await page.locator('[data-testid=choropleth-map][data-map-state=ready]').waitFor({ timeout: 60_000 });
    await page.getByTestId('legend-note').waitFor();
    await page.getByTestId('readout-stale').first().waitFor();
    await noteUntilCaughtUp(page, 'poverty-map-freshness', 1280);
    expect(await page.getByTestId('legend-note').count()).toBe(0);
    await context.close();
  }, 600_000);

  it('fits a phone: the list below the map, nothing wider than the screen', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'dinsos');
    await page.goto(`${app.baseUrl}/bantuan-sosial/peta?region=35.10.01&desa=${SARONGAN}`);
    await page.locator('[data-testid=choropleth-map][data-map-state=ready]').waitFor({ timeout: 60_000 });
    await page.getByTestId('poverty-list-item').first().waitFor();
    const mapBox = (await page.getByTestId('choropleth-map').boundingBox())!;
    const listBox = (await page.getByTestId('poverty-list').boundingBox())!;
    expect(listBox.y).toBeGreaterThan(mapBox.y + mapBox.height);
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);

    // A change in Sarongan seen on a phone: the map's note, then the program's counts per village.
    await untilEverythingCounted(page);
    const pkh = await enrolOneMissed(page);
    await page.goto(`${app.baseUrl}/bantuan-sosial/peta?region=${PESANGGARAN}&desa=${SARONGAN}`);
    await page.locator('[data-testid=choropleth-map][data-map-state=ready]').waitFor({ timeout: 60_000 });
    await noteUntilCaughtUp(page, 'poverty-map-freshness', 390);
    await untilEverythingCounted(page);
    await enrolOneMissed(page);
    await page.goto(`${app.baseUrl}/bantuan-sosial/penargetan/${pkh}?region=${PESANGGARAN}`);
    await page.getByTestId('targeting-counts').waitFor();
    await noteUntilCaughtUp(page, 'targeting-freshness', 390);
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  }, 600_000);
});
