// The household and resident exports over a whole generated village (~1,200 households, ~4,200 residents),
// several times in a row: every household and every resident is in every file, and the server still answers
// in between. A row-value key list once made PGlite return an empty file and then hang the process here.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { seedPopulation } from '../../../seed/population/seed-population.ts';
import { DEMO_VILLAGE } from '../../../seed/population/village-plan.ts';

const VILLAGE = DEMO_VILLAGE.code;
// A village-sized file takes seconds to write on PGlite; several in a row need more than the default 30 s.
const SEVERAL_FILES = 180_000;
let t: TestApp;
let head: TestUser;

/** Rows of a CSV or XLSX export as text, the header row first. */
async function sheetRows(body: Buffer, format: 'csv' | 'xlsx'): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const sheet =
    format === 'csv'
      ? await workbook.csv.read(Readable.from([body.toString('utf8').replace(/^\uFEFF/, '')]), {
          map: (datum: string) => datum,
        })
      : ((await workbook.xlsx.load(body as unknown as ArrayBuffer)).worksheets[0] ?? null);
  if (!sheet) throw new Error('no sheet in the file');
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    // Every cell of these files is text or a number.
    rows.push((row.values as (string | number | null)[]).slice(1).map((value) => String(value ?? '')));
  });
  return rows;
}

/** The values of one column (by header) of an export, sorted. */
async function columnOf(body: Buffer, format: 'csv' | 'xlsx', header: string): Promise<string[]> {
  const [headers, ...rows] = await sheetRows(body, format);
  const index = headers!.indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return rows.map((row) => row[index]!).sort();
}

async function download(url: string): Promise<Buffer> {
  const res = await head.request({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.rawPayload;
}

async function healthAnswers() {
  const res = await t.app.inject({ method: 'GET', url: '/api/health' });
  expect(res.statusCode).toBe(200);
}

beforeAll(async () => {
  t = await buildTestApp();
  await seedPopulation(t.database.db, '35.10', { scale: 'village' });
  head = await t.createUser('village_head', VILLAGE);
});
afterAll(() => t.close());

describe('exports of a whole village, one after another', () => {
  it(
    'puts every household of the village in each of several CSV files',
    async () => {
      const households = await t.database.db
        .selectFrom('household')
        .select('household_no')
        .where('village_code', '=', VILLAGE)
        .execute();
      const expected = households.map((h) => h.household_no!).sort();
      expect(expected.length).toBeGreaterThan(1_000);
      for (let run = 0; run < 4; run++) {
        const body = await download(`/api/population/households/export?format=csv`);
        expect(await columnOf(body, 'csv', 'Nomor rumah tangga')).toEqual(expected);
        await healthAnswers();
      }
    },
    SEVERAL_FILES,
  );

  it(
    'puts every household of the largest dusun in each of several XLSX files',
    async () => {
      const largest = await sql<{ dusun: string; numbers: string[] }>`
      SELECT dusun, array_agg(household_no ORDER BY household_no) AS numbers FROM household
      WHERE village_code = ${VILLAGE} GROUP BY dusun ORDER BY count(*) DESC LIMIT 1`.execute(t.database.db);
      const { dusun, numbers } = largest.rows[0]!;
      expect(numbers.length).toBeGreaterThan(400);
      for (let run = 0; run < 3; run++) {
        const body = await download(
          `/api/population/households/export?format=xlsx&dusun=${encodeURIComponent(dusun)}`,
        );
        expect(await columnOf(body, 'xlsx', 'Nomor rumah tangga')).toEqual([...numbers].sort());
        await healthAnswers();
      }
    },
    SEVERAL_FILES,
  );

  it(
    'puts every present resident of the village in each of several full resident exports',
    async () => {
      const residents = await t.database.db
        .selectFrom('resident')
        .select('nik')
        .where('village_code', '=', VILLAGE)
        .where('status_code', '=', 1)
        .execute();
      const expected = residents.map((r) => r.nik).sort();
      expect(expected.length).toBeGreaterThan(3_500);
      for (const format of ['csv', 'xlsx', 'csv'] as const) {
        const body = await download(
          `/api/population/residents/export?format=${format}&full=true&reason=${encodeURIComponent('Pemutakhiran data desa')}`,
        );
        expect(await columnOf(body, format, 'nik')).toEqual(expected);
        await healthAnswers();
      }
    },
    SEVERAL_FILES,
  );
});
