// Social assistance's files and program management: the program list links to the participant import and
// the BNBA export and downloads the area's OpenDK exchange; Dinas Sosial edits a program and its quotas per
// area on the program page; a village operator finds OpenDK's exchange and the distribution results in the
// import wizard. Screenshots at 390 and 1280 px go to e2e/screenshots/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
}, 300_000);
afterAll(() => app?.stop());

const SHOTS = path.join(import.meta.dirname, 'screenshots');

async function shoot(page: Page, name: string, width: number) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
  const pageWidth = await page.locator('html').evaluate((html) => html.scrollWidth);
  expect(pageWidth, `${name} at ${width} px is wider than the screen`).toBeLessThanOrEqual(width);
}

describe('social assistance files and programs', () => {
  for (const width of [1280, 390]) {
    it(`lets Dinas Sosial edit a program and its quotas, and export OpenDK's exchange (${width} px)`, async () => {
      const context = await app.browser.newContext({
        viewport: { width, height: 900 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await signIn(page, app.baseUrl, 'dinsos');
      await page.goto(`${app.baseUrl}/bantuan-sosial?region=35.10.01.2001`);
      await page.getByTestId('program-list-page').waitFor();
      await page.getByTestId('program-row').first().waitFor();
      await expect.poll(() => page.getByRole('link', { name: 'Ekspor BNBA' }).count()).toBe(1);
      await shoot(page, 'assistance-program-list', width);
      const [zip] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('opendk-export').click(),
      ]);
      expect(zip.suggestedFilename()).toMatch(/^program_bantuan_\d{2}_\d{2}_\d{4}_opendk\.zip$/);
      const names = Object.keys(unzipSync(new Uint8Array(readFileSync(await zip.path()))));
      expect(names.some((name) => name.startsWith('peserta_'))).toBe(true);

      await page.getByRole('link', { name: 'Program Keluarga Harapan' }).click();
      await page.getByTestId('program-page').waitFor();
      const quotas = page.getByTestId('program-quotas');
      await quotas.getByRole('button', { name: 'Tambah baris' }).click();
      await quotas
        .getByLabel('Kode wilayah (kecamatan atau desa)')
        .last()
        .fill(width === 1280 ? '35.10.01' : '35.10.02');
      await quotas
        .getByLabel('Kuota')
        .last()
        .fill(`${1200 + width}`);
      await quotas.getByRole('button', { name: 'Simpan kuota' }).click();
      await quotas.getByText('Kuota tersimpan.').waitFor();
      await shoot(page, 'assistance-program-quotas', width);

      await page.getByRole('button', { name: 'Ubah program' }).click();
      const dialog = page.getByTestId('program-edit-dialog');
      await dialog.getByLabel('Keterangan').fill(`Bantuan sosial bersyarat (diperiksa ${width} px).`);
      await shoot(page, 'assistance-program-edit', width);
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await context.close();
    });
  }

  for (const width of [1280, 390]) {
    it(`offers a village operator OpenDK's exchange and the distribution results in the import wizard (${width} px)`, async () => {
      const context = await app.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await signIn(page, app.baseUrl, 'operator.sarongan');
      await page.goto(`${app.baseUrl}/bantuan-sosial`);
      await page.getByRole('link', { name: 'Impor peserta' }).click();
      await page.getByTestId('import-page').waitFor();
      await page.getByLabel('Pertukaran program OpenDK').check();
      await expect
        .poll(() => page.getByTestId('import-page').getAttribute('data-importer'))
        .toBe('assistance-opendk');
      await shoot(page, 'assistance-import-opendk', width);
      await page.getByLabel('Hasil penyaluran').check();
      await expect
        .poll(() => page.getByTestId('import-page').getAttribute('data-importer'))
        .toBe('assistance-distributions');
      await context.close();
    });
  }
});
