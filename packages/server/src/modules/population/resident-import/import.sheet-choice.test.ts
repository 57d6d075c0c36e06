// Which sheet of a workbook the resident import reads, as OpenSID does: never "Kode Data" (the code lists),
// the template's "Data Penduduk" when it fits, otherwise the first sheet whose header row has the required
// columns (real files, OpenSID's samples among them, call it "Sheet1"). When several fit, the report says
// which was read; when none does, the refusal at upload names the file's sheets and the missing columns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadRequest } from '../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { goodRows, importFile, xlsxBook } from './test-fixtures.ts';
import { TEMPLATE_HEADERS } from './template-columns.ts';

let t: TestApp;
let operator: TestUser;
const village = '35.10.01.2001';

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', village);
});
afterAll(() => t.close());

/** The names on the job's staged lines, in line order: which sheet's rows were read. */
async function stagedNames(jobId: string) {
  const res = await operator.request({
    method: 'GET',
    url: `/api/villages/${village}/imports/${jobId}/rows`,
  });
  return res.json<{ items: { name: string | null }[] }>().items.map((item) => item.name?.toUpperCase());
}

describe('POST /api/villages/:code/imports/residents with a workbook of several sheets', () => {
  it('never reads "Kode Data", even holding the same columns, and reads the "Sheet1" after it', async () => {
    const file = await xlsxBook([
      { sheetName: 'Kode Data', rows: goodRows(21).slice(0, 4) },
      { sheetName: 'Sheet1', rows: goodRows(22).slice(0, 4) },
    ]);
    const job = await importFile(operator, village, 'sheet1.xlsx', file);
    expect(job).toMatchObject({ status: 'ready', sheetName: 'Sheet1', totalRows: 4, errorRows: 0 });
    expect(job.notes).toEqual([
      {
        id: 'Data dibaca dari lembar "Sheet1".',
        en: 'Data was read from sheet "Sheet1".',
      },
    ]);
  });

  it('reads the first fitting sheet when several fit, and the report names the ones left unread', async () => {
    const file = await xlsxBook([
      { sheetName: 'Petunjuk', headers: ['Cara mengisi'], rows: [{ 'Cara mengisi': 'Isi lembar berikut.' }] },
      { sheetName: 'Sheet1', rows: goodRows(23).slice(0, 4) },
      { sheetName: 'Sheet2', rows: goodRows(24).slice(0, 4) },
      { sheetName: 'Salinan', rows: goodRows(25).slice(0, 4) },
    ]);
    const job = await importFile(operator, village, 'dua-lembar.xlsx', file);
    expect(job).toMatchObject({ status: 'ready', sheetName: 'Sheet1', totalRows: 4 });
    expect(job.notes).toEqual([
      {
        id: 'Data dibaca dari lembar "Sheet1". Lembar "Sheet2", "Salinan" juga berisi kolom yang sama dan tidak dibaca.',
        en: 'Data was read from sheet "Sheet1". Sheets "Sheet2", "Salinan" hold the same columns too and were not read.',
      },
    ]);
  });

  it('prefers the template’s own "Data Penduduk" sheet over an earlier fitting one, and says so', async () => {
    const template = goodRows(26).slice(0, 4);
    const file = await xlsxBook([
      { sheetName: 'Sheet1', rows: goodRows(27).slice(0, 4) },
      { sheetName: 'Data Penduduk', rows: template },
    ]);
    const job = await importFile(operator, village, 'template.xlsx', file);
    expect(job).toMatchObject({ status: 'ready', sheetName: 'Data Penduduk' });
    expect(job.notes[0]!.en).toBe(
      'Data was read from sheet "Data Penduduk". Sheets "Sheet1" hold the same columns too and were not read.',
    );
    expect(await stagedNames(job.id)).toEqual(template.map((row) => String(row.nama).toUpperCase()));
  });

  it('refuses at upload, on the file field, a workbook none of whose sheets fits, naming its sheets and the missing columns', async () => {
    const headers = TEMPLATE_HEADERS.filter((header) => header !== 'tanggallahir' && header !== 'sex');
    const file = await xlsxBook([
      { sheetName: 'Kode Data', headers: ['kode', 'label'], rows: [{ kode: 1, label: 'ISLAM' }] },
      { sheetName: 'Sheet1', headers, rows: goodRows(28).slice(0, 4) },
      { sheetName: 'Catatan', headers: ['catatan'], rows: [{ catatan: 'x' }] },
    ]);
    const before = (
      await operator.request({ method: 'GET', url: `/api/villages/${village}/imports` })
    ).json();
    const res = await operator.request(uploadRequest(village, 'residents', 'tanpa-lahir.xlsx', file));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'file' }] });
    const [error] = res.json().errors as { message: string; message_en: string }[];
    expect(error!.message).toBe(
      'Tidak ada lembar yang memuat kolom format impor penduduk OpenSID. Lembar yang ada: "Kode Data", "Sheet1", "Catatan". Kolom wajib yang tidak ditemukan (lembar "Sheet1", baris 1): sex, tanggallahir.',
    );
    expect(error!.message_en).toBe(
      'No sheet holds the columns of OpenSID\'s resident import format. The file\'s sheets are: "Kode Data", "Sheet1", "Catatan". Required columns not found (sheet "Sheet1", line 1): sex, tanggallahir.',
    );
    const after = (await operator.request({ method: 'GET', url: `/api/villages/${village}/imports` })).json();
    expect(after.items).toHaveLength(before.items.length);
  });
});
