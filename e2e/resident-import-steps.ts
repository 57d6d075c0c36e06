// The steps of the resident import wizard an operator takes for a file in another registry's format: choose
// the format, upload, read the check, then save the valid lines only. The tests assert on what each returns.
import type { Page } from 'playwright-core';

export interface FormatUpload {
  /** The format's radio label on the import page ("Ekspor SIAK (Dukcapil)"). */
  format: string;
  /** The file field's label for that format. */
  fileLabel: string;
  file: { name: string; mimeType: string; buffer: Buffer };
}

/** Chooses the format, uploads the file and waits for the check: the summary's text. */
export async function uploadInFormat(page: Page, baseUrl: string, upload: FormatUpload): Promise<string> {
  await page.goto(`${baseUrl}/penduduk/impor`);
  await page.getByLabel(upload.format).check();
  await page.getByLabel(upload.fileLabel).setInputFiles(upload.file);
  await page.getByRole('button', { name: 'Unggah dan periksa' }).click();
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 90_000 });
  return (await summary.textContent()) ?? '';
}

/** The text of the lines with errors, once the first has been shown. */
export async function errorLinesText(page: Page): Promise<string> {
  const errors = page.getByTestId('import-rows-errors');
  await errors.locator('tbody tr').first().waitFor();
  return (await errors.textContent()) ?? '';
}

/** Saves the valid lines only and waits for the result: its text. */
export async function saveValidLinesOnly(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Lanjut: putuskan' }).click();
  await page.getByRole('button', { name: /Simpan baris yang benar saja/ }).click();
  const done = page.getByTestId('import-done');
  await done.waitFor({ timeout: 90_000 });
  return (await done.textContent()) ?? '';
}
