// A village operator moving from Dukcapil's files picks "Ekspor SIAK" in the import wizard and uploads SIAK's
// legacy .xls: labels and serial dates are read, an unknown label is shown on its line under SIAK's column
// name, and the valid lines are saved.
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './harness.ts';
import { errorLinesText, saveValidLinesOnly, uploadInFormat } from './resident-import-steps.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

const HEADERS = ['Nomor KK', 'NIK', 'Nama Penduduk', 'Status', 'Tempat Lahir', 'Tanggal Lahir', 'Kelamin', 'Status Kawin', 'SHDK', 'Agama', 'Alamat', 'RW', 'RT', 'Pendidikan', 'Pekerjaan', 'Gol. Darah']; // prettier-ignore
const serial = (iso: string) =>
  Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** Two cards of Desa Sarongan as SIAK exports them; the last line's SHDK is no label of the code list. */
function siakXls(): Buffer {
  const rows: (string | number)[][] = [
    ['3510011203259911', '3510014405819911', 'SUMIATI', 'Hidup', 'BANYUWANGI', '1981-05-04', 'Perempuan', 'Cerai Mati', 'Kepala Keluarga', 'Islam', 'Dsn KRAJAN', 1, 2, 'SLTP/Sederajat', 'Karyawan Swasta', 'Tdk Th'],
    ['3510011203259911', '3510011010059912', 'BAYU', 'Hidup', 'BANYUWANGI', '2005-10-10', 'Laki-Laki', 'Belum Kawin', 'Anak', 'Islam', 'Dsn KRAJAN', 1, 2, 'SLTA/Sederajat', 'Pelajar/Mahasiswa', 'O'],
    ['3510011503259912', '3510012101709913', 'KARDI', 'Hidup', 'JEMBER', '1970-01-21', 'Laki-Laki', 'Kawin', 'Keponakan', 'Islam', 'Dsn KRAJAN', 1, 3, 'Tamat SD/Sederajat', 'Wiraswasta', 'A'],
  ]; // prettier-ignore
  const cells = rows.map((row) =>
    row.map((value, column) =>
      column === 5 && typeof value === 'string' ? { t: 'n', v: serial(value), z: 'd\\-m\\-yyyy' } : value,
    ),
  );
  const sheet = XLSX.utils.aoa_to_sheet([HEADERS, ...cells]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
  return XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer;
}

describe('importing a SIAK export', () => {
  it('chooses the SIAK format, shows the unknown label under "SHDK", and saves the valid lines', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, app.baseUrl, 'operator.sarongan');
    const summaryText = await uploadInFormat(page, app.baseUrl, {
      format: 'Ekspor SIAK (Dukcapil)',
      fileLabel: 'Berkas ekspor SIAK',
      file: {
        name: 'siak-sarongan.xls',
        mimeType: 'application/vnd.ms-excel',
        buffer: siakXls(),
      },
    });
    expect(summaryText).toContain('Baris diperiksa: 3');
    expect(summaryText).toMatch(/Penduduk baru\s*2/);
    expect(summaryText).toMatch(/Baris salah\s*1/);
    const errorText = await errorLinesText(page);
    expect(errorText).toContain('SHDK');
    expect(errorText).toContain('Keponakan');

    expect(await saveValidLinesOnly(page)).toContain('2 penduduk baru');
  });
});
