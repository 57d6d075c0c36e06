// The downloadable import template: OpenSID's two sheets, codes from the domain's lists, and a file that goes
// back through the resident importer: unchanged it holds no resident (the example sits below "###"), with the
// example copied onto a data line it imports that resident without an error or a warning.
import * as XLSX from '@e965/xlsx';
import { IMPORT_COLUMN_CODE_LISTS, JAMKESNAS, type CodeList } from '@smart-kampung/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, issuesOf, uploadAndCheck, uploadRequest } from '../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { DATA_SHEET_NAME, TEMPLATE_HEADERS } from './template-columns.ts';

const village = '35.10.01.2001';
const url = '/api/population/residents/import-template';

let t: TestApp;
let operator: TestUser;
let template: Buffer;
beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', village);
  const res = await operator.request({ method: 'GET', url });
  expect(res.statusCode).toBe(200);
  template = res.rawPayload;
});
afterAll(() => t.close());

const grid = (workbook: XLSX.WorkBook, sheet: string) =>
  XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheet]!, { header: 1, raw: true, defval: null });

describe(`GET ${url}`, () => {
  it('answers an .xlsx with OpenSID\'s two sheets, "Data Penduduk" first with its 43 headers', async () => {
    const res = await operator.request({ method: 'GET', url });
    expect(res.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const workbook = XLSX.read(template);
    expect(workbook.SheetNames).toEqual([DATA_SHEET_NAME, 'Kode Data']);
    const lines = grid(workbook, DATA_SHEET_NAME);
    expect(lines[0]).toEqual(TEMPLATE_HEADERS);
    // Lines 2–11 are left to fill; "###" in the dusun column ends the data, as in OpenSID's file.
    for (const line of lines.slice(1, 11)) expect(line.every((cell) => cell === null)).toBe(true);
    expect(lines[11]![1]).toBe('###');
  });

  it('lists every code of every coded column in "Kode Data": label then code, from line 4', () => {
    const codes = grid(XLSX.read(template), 'Kode Data');
    const expected: [string, CodeList][] = [
      ...Object.entries<CodeList>(IMPORT_COLUMN_CODE_LISTS),
      ['JAMKESNAS', JAMKESNAS],
    ];
    const header = codes[0]!;
    for (const [name, list] of expected) {
      const column = header.indexOf(name);
      expect(column, name).toBeGreaterThanOrEqual(0);
      expect(header[column + 1]).toBe('id');
      const listed = codes
        .slice(3)
        .map((line) => [line[column], line[column + 1]])
        .filter(([label]) => label !== null && label !== undefined);
      expect(listed, name).toEqual(list.map((entry) => [entry.id, entry.code]));
    }
    expect(header.filter((cell) => cell !== 'id')).toHaveLength(expected.length);
    // OpenSID's order: the blood types, then JAMKESNAS, then the disabilities.
    expect(header.indexOf('JAMKESNAS')).toBe(header.indexOf('golongan_darah_id') + 2);
  });

  it('is refused to anyone signed out', async () => {
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });
});

/** The template as an operator starts filling it: the example line (the one with a NIK below "###") copied to line 2. */
function withExampleOnLine2(): XLSX.WorkBook {
  const workbook = XLSX.read(template, { cellNF: true });
  const sheet = workbook.Sheets[DATA_SHEET_NAME]!;
  const nik = TEMPLATE_HEADERS.indexOf('nik');
  const example = grid(workbook, DATA_SHEET_NAME).findIndex(
    (line, index) => index > 11 && line[nik] !== null,
  );
  for (let column = 0; column < TEMPLATE_HEADERS.length; column++) {
    const cell = sheet[XLSX.utils.encode_cell({ r: example, c: column })] as XLSX.CellObject | undefined;
    if (cell) sheet[XLSX.utils.encode_cell({ r: 1, c: column })] = { ...cell };
  }
  return workbook;
}

describe('the template back through the resident importer', () => {
  it('unchanged, holds no resident: the example below "###" is not read', async () => {
    const res = await operator.request(uploadRequest(village, 'residents', 'template.xlsx', template));
    expect(res.statusCode).toBe(400);
    const [error] = res.json<{ errors: { field: string; message: string; message_en: string }[] }>().errors;
    expect(error!.field).toBe('file');
    // The operator learns where the data goes, not only that there is none.
    expect(error!.message).toContain('di atas baris ###');
    expect(error!.message_en).toContain('above the ### line');
  });

  it('with the example copied onto the first data line, imports it with no error and no warning', async () => {
    const workbook = withExampleOnLine2();
    const filled = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const job = await uploadAndCheck(operator, village, 'residents', 'penduduk.xlsx', filled);
    expect(job).toMatchObject({ status: 'ready', totalRows: 1, errorRows: 0, warningRows: 0 });
    expect(await issuesOf(operator, village, job.id)).toEqual([]);
    const { job: committed } = await commitAndWait(operator, village, job.id);
    expect(committed?.result).toEqual({ inserted: 1, updated: 0 });
  });

  it('points a wrong code to "Kode Data", where the right ones are listed', async () => {
    const workbook = withExampleOnLine2();
    workbook.Sheets[DATA_SHEET_NAME]![
      XLSX.utils.encode_cell({ r: 1, c: TEMPLATE_HEADERS.indexOf('agama_id') })
    ] = { t: 'n', v: 9 };
    const job = await uploadAndCheck(
      operator,
      village,
      'residents',
      'salah.xlsx',
      XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
    );
    const [issue] = (await issuesOf(operator, village, job.id)).filter((i) => i.field === 'agama_id');
    expect(issue?.message.id).toContain('"Kode Data"');
  });
});
