// A village operator whose district runs OpenDK imports the zip OpenSID sends there (penduduk_<date>_opendk.zip:
// the residents' .xlsx under OpenDK's column names, beside their photos). The operator picks the OpenDK format
// in the import wizard; a line of another village (desa_id) is shown on its line and left out, the photo is
// said to be left out, and the village's own lines are saved.
import * as XLSX from '@e965/xlsx';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './harness.ts';
import { errorLinesText, saveValidLinesOnly, uploadInFormat } from './resident-import-steps.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

const HEADERS = ['alamat', 'dusun', 'rw', 'rt', 'nama', 'nomor_kk', 'nomor_nik', 'jenis_kelamin', 'tanggal_lahir', 'agama', 'kawin', 'hubungan_keluarga', 'id', 'foto', 'desa_id']; // prettier-ignore

/** A card of Desa Sarongan (a mother and her son) and a line of the neighbouring Desa Pesanggaran. */
function opendkZip(): Buffer {
  const rows = [
    ['Dsn KRAJAN', 'KRAJAN', '001', '002', 'SUMIATI', '3510011203269921', '3510014405819921', '2', '1981-05-04', '1', '4', '1', '1', 'kecil_3510014405819921.jpg', '35.10.01.2001'],
    ['Dsn KRAJAN', 'KRAJAN', '001', '002', 'BAYU', '3510011203269921', '3510011010059922', '1', '2005-10-10', '1', '1', '4', '2', null, '3510012001'],
    ['Dsn PURWOREJO', 'PURWOREJO', '003', '001', 'KARDI', '3510011503269922', '3510012101709923', '1', '1970-01-21', '1', '2', '1', '3', null, '35.10.01.2002'],
  ]; // prettier-ignore
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([HEADERS, ...rows]), 'Sheet1');
  const sheet = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  return Buffer.from(
    zipSync({
      'kecil_3510014405819921.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
      'penduduk_03_12_2026_opendk.xlsx': new Uint8Array(sheet),
    }),
  );
}

describe('importing OpenDK’s resident zip', () => {
  it('chooses the OpenDK format, shows the other village’s line under "desa_id", and saves the village’s own', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, app.baseUrl, 'operator.sarongan');
    const summaryText = await uploadInFormat(page, app.baseUrl, {
      format: 'Pertukaran OpenDK (zip)',
      fileLabel: 'Berkas zip atau .xlsx OpenDK',
      file: {
        name: 'penduduk_03_12_2026_opendk.zip',
        mimeType: 'application/zip',
        buffer: opendkZip(),
      },
    });
    expect(summaryText).toContain('Baris diperiksa: 3');
    expect(summaryText).toMatch(/Penduduk baru\s*2/);
    expect(summaryText).toMatch(/Baris salah\s*1/);
    expect(await page.getByTestId('import-notes').textContent()).toContain(
      '1 foto penduduk di dalam zip tidak diimpor',
    );
    const errorText = await errorLinesText(page);
    expect(errorText).toContain('desa_id');
    expect(errorText).toContain('35.10.01.2002');

    expect(await saveValidLinesOnly(page)).toContain('2 penduduk baru');
  });
});
