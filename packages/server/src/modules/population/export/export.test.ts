// The resident export: OpenSID's 43-column sheet with masked identifiers by default, a full export only with
// a reason and the right role (audited), area scoping, and a full export that imports back unchanged.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait } from '../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { AGAMA, findCode, IMPORT_COLUMN_CODE_LISTS, KK_LEVEL, SEX } from '@smart-kampung/domain';
import { TEMPLATE_COLUMNS, TEMPLATE_HEADERS } from '../resident-import/template-columns.ts';
import { goodRows, importFile, xlsxBuffer } from '../resident-import/test-fixtures.ts';

let t: TestApp;
let operator: TestUser;
let district: TestUser;
let outsider: TestUser;
let admin: TestUser;
const village = '35.10.01.2001';
const exportUrl = (query: string) => `/api/population/residents/export?${query}`;

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', village);
  district = await t.createUser('district_staff', '35.10.01');
  outsider = await t.createUser('village_operator', '35.10.02.2001');
  admin = await t.createUser('regency_admin', '35.10');
  const job = await importFile(operator, village, 'penduduk.xlsx', await xlsxBuffer({ rows: goodRows() }));
  const saved = await commitAndWait(operator, village, job.id);
  expect(saved.job?.result).toMatchObject({ inserted: 20 });
});
afterAll(() => t.close());

async function readXlsx(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Data Penduduk')!;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

describe('GET /api/population/residents/export', () => {
  it('gives the village an xlsx with the template header and masked NIK and KK numbers', async () => {
    const res = await operator.request({ method: 'GET', url: exportUrl(`region=${village}&format=xlsx`) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="penduduk-35\.10\.01\.2001-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const rows = await readXlsx(res.rawPayload);
    // OpenSID's columns exactly (no label columns: OpenSID reads them by position too), the codes on "Kode Data".
    expect(rows[0]).toEqual(TEMPLATE_HEADERS);
    expect(rows[0]).toHaveLength(43);
    const sheets = new ExcelJS.Workbook();
    await sheets.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(sheets.worksheets.map((sheet) => sheet.name)).toEqual(['Data Penduduk', 'Kode Data']);
    expect(sheets.getWorksheet('Kode Data')!.getRow(4).getCell(1).value).toBe(findCode(SEX, 1)!.id);
    expect(rows).toHaveLength(21);
    const nik = TEMPLATE_HEADERS.indexOf('nik');
    const kk = TEMPLATE_HEADERS.indexOf('no_kk');
    for (const row of rows.slice(1)) {
      expect(row[nik]).toMatch(/^3510•{8}[A-Z]{4}$/);
      expect(row[kk]).toMatch(/^3510•{8}[A-Z]{4}$/);
    }
    const head = rows.find((row) => row[TEMPLATE_HEADERS.indexOf('nama')] === 'Slamet Riyadi')!;
    expect(head[TEMPLATE_HEADERS.indexOf('tanggallahir')]).toEqual(new Date('1980-05-12T00:00:00Z'));
    expect(head[TEMPLATE_HEADERS.indexOf('agama_id')]).toBe(1);
    expect(head[TEMPLATE_HEADERS.indexOf('kk_level')]).toBe(1);
    expect(head[TEMPLATE_HEADERS.indexOf('rt')]).toBe('002');
  });

  it('writes CSV with the template header, a label beside each code, text dates and masked numbers, and applies the filters', async () => {
    const res = await district.request({
      method: 'GET',
      url: exportUrl(`region=35.10.01&format=csv&sex=2&dusun=krajan`),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    const header = lines[0]!.split(',');
    // The template's 43 columns in order, each coded one followed by its label column.
    expect(header.filter((name) => !name.endsWith('_label'))).toEqual(TEMPLATE_HEADERS);
    const coded = TEMPLATE_HEADERS.filter((name) => TEMPLATE_COLUMNS[name].kind === 'code');
    expect(coded).toHaveLength(Object.keys(IMPORT_COLUMN_CODE_LISTS).length);
    for (const name of coded) expect(header[header.indexOf(name) + 1]).toBe(`${name}_label`);
    const siti = lines.find((line) => /siti aminah/i.test(line))!.split(',');
    const cell = (name: string) => siti[header.indexOf(name)];
    expect([cell('sex'), cell('sex_label')]).toEqual(['2', findCode(SEX, 2)!.id]);
    expect([cell('agama_id'), cell('agama_id_label')]).toEqual(['1', findCode(AGAMA, 1)!.id]);
    expect(cell('kk_level_label')).toBe(findCode(KK_LEVEL, Number(cell('kk_level')))!.id);
    // Women of dusun Krajan in goodRows: Siti, Dewi, Sri, Mbah Ponirah, Ratna, Citra.
    expect(lines).toHaveLength(7);
    expect(res.body).toContain('21/07/1983');
    expect(res.body).not.toMatch(/\d{16}/);
    expect(res.headers['x-total-count']).toBe('6');
  });

  it('holds the same residents as the list for the age and "needs verification" filters', async () => {
    const all = await operator.request({ method: 'GET', url: exportUrl(`region=${village}&format=csv`) });
    for (const filter of ['ageMin=60', 'ageMax=17', 'ageMin=18&ageMax=40', 'flagged=true']) {
      const list = await operator.request({
        method: 'GET',
        url: `/api/population/residents?region=${village}&${filter}&limit=1`,
      });
      const file = await operator.request({
        method: 'GET',
        url: exportUrl(`region=${village}&format=csv&${filter}`),
      });
      expect(file.headers['x-total-count'], filter).toBe(String(list.json().total));
      if (filter.startsWith('age'))
        expect(Number(file.headers['x-total-count']), filter).toBeLessThan(
          Number(all.headers['x-total-count']),
        );
    }
  });

  it('refuses a full export without a reason', async () => {
    const res = await operator.request({ method: 'GET', url: exportUrl(`region=${village}&full=true`) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'reason' })]);
  });

  it('refuses a full export to district staff', async () => {
    const res = await district.request({
      method: 'GET',
      url: exportUrl(`region=${village}&full=true&reason=Pemutakhiran%20DTKS`),
    });
    expect(res.statusCode).toBe(403);
  });

  it('gives a full export with a reason, audited with the count and never the numbers', async () => {
    const res = await operator.request({
      method: 'GET',
      url: exportUrl(`region=${village}&format=csv&full=true&reason=Pemutakhiran%20data%20DTKS&ageMin=0`),
    });
    expect(res.statusCode).toBe(200);
    expect(res.body.match(/\b3510\d{12}\b/g)?.length).toBeGreaterThanOrEqual(40);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'population.export_full')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      region_code: village,
      details: expect.objectContaining({ count: 20, reason: 'Pemutakhiran data DTKS', format: 'csv' }),
    });
    // The audit says which residents were asked for: every filter, the age range and "needs verification" too.
    expect((audit[0]!.details as { filter: unknown }).filter).toMatchObject({
      ageMin: 0,
      ageMax: null,
      flagged: false,
    });
    expect(JSON.stringify(audit[0]!.details)).not.toMatch(/\d{16}/);
  });

  it('imports a full export back into the village with nothing to change', async () => {
    const res = await operator.request({
      method: 'GET',
      url: exportUrl(`region=${village}&format=xlsx&full=true&reason=Uji%20ekspor%20impor`),
    });
    const job = await importFile(operator, village, 'ekspor.xlsx', res.rawPayload);
    expect(job).toMatchObject({
      status: 'ready',
      errorRows: 0,
      warningRows: 0,
      actionCounts: { unchanged: 20 },
    });
    const csv = await operator.request({
      method: 'GET',
      url: exportUrl(`region=${village}&format=csv&full=true&reason=Uji%20ekspor%20impor`),
    });
    const csvJob = await importFile(operator, village, 'ekspor.csv', csv.body);
    expect(csvJob).toMatchObject({
      status: 'ready',
      errorRows: 0,
      actionCounts: { unchanged: 20 },
    });
  });

  it("answers 404 for another village's residents, 401 without a session and 404 for an unknown region", async () => {
    expect((await outsider.request({ method: 'GET', url: exportUrl(`region=${village}`) })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ method: 'GET', url: exportUrl(`region=${village}`) })).statusCode).toBe(401);
    const unknown = await admin.request({ method: 'GET', url: exportUrl('region=35.10.99') });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('REGION_NOT_FOUND');
  });

  it("exports the caller's own area when no region is given", async () => {
    const res = await operator.request({ method: 'GET', url: exportUrl('format=csv&status=all') });
    expect(res.headers['x-total-count']).toBe('20');
  });
});
