// The household export: the household list's filters, order and access as an XLSX or CSV file with Indonesian
// headers, the head's NIK masked, every housing fact as code and label, and the resident export's row cap.
import { Readable } from 'node:stream';
import { HOUSING_FOLLOW_UPS } from '@smart-kampung/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import { insideShape, villageShapes } from '../../../../geo/village-shapes.ts';
import { allCodeLists } from '../../registry/code-lists.ts';
import { registerFamily } from '../../test-support/families.ts';
import { housingHeader } from './columns.ts';
import { HOUSING_COLUMNS } from '@smart-kampung/domain';

// The resident export's cap, lowered per test so a handful of households can exceed it.
const cap = vi.hoisted(() => ({ rows: 200_000 }));
vi.mock('../../../../platform/exports/sheet-export.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  get MAX_EXPORT_ROWS() {
    return cap.rows;
  },
}));

const VILLAGE = '35.10.01.2001';
const NEIGHBOUR = '35.10.01.2002';
const OTHER_DISTRICT = '35.10.02.2001';
let t: TestApp;
let operator: TestUser;
let neighbourOperator: TestUser;
let district: TestUser;
let otherOperator: TestUser;
let admin: TestUser;
let headNik: string;
let pin: { latitude: number; longitude: number };
let villageName: string;

const FIXED_HEADERS = [
  'Kode desa',
  'Nama desa',
  'Dusun',
  'RW',
  'RT',
  'Alamat',
  'Nomor rumah tangga',
  'Nama kepala rumah tangga',
  'NIK kepala rumah tangga',
  'Jumlah keluarga',
  'Jumlah anggota',
  'Lintang',
  'Bujur',
];
const lists = allCodeLists();
/** A coded fact is two columns (code, label); a fact without a list (floor area) one. */
const HEADERS = [
  ...FIXED_HEADERS,
  ...HOUSING_COLUMNS.flatMap((c) =>
    lists[c] ? [`${housingHeader(c)} (kode)`, housingHeader(c)] : [housingHeader(c)],
  ),
];
const col = (header: string) => {
  const index = HEADERS.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index;
};

function somePointInside(village: string) {
  const shape = villageShapes().get(village)!;
  const [minLng, minLat, maxLng, maxLat] = shape.bbox;
  for (let i = 1; i < 40; i++)
    for (let j = 1; j < 40; j++) {
      const longitude = minLng + ((maxLng - minLng) * i) / 40;
      const latitude = minLat + ((maxLat - minLat) * j) / 40;
      if (insideShape(shape, longitude, latitude)) return { latitude, longitude };
    }
  throw new Error('no point');
}

/** Every housing fact answered with the last code of its list (floor area 36 m²), each follow-up asked. */
function completeHousing(): Record<string, number> {
  const housing: Record<string, number> = {};
  for (const column of HOUSING_COLUMNS)
    housing[column] = column === 'floor_area_m2' ? 36 : lists[column]!.at(-1)!.code;
  for (const followUp of HOUSING_FOLLOW_UPS) housing[followUp.parent] = followUp.askedAfter[0]!;
  return housing;
}

const exportUrl = (query: string) => `/api/population/households/export?${query}`;

async function xlsxSheet(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.getWorksheet('Rumah Tangga')!;
}

async function readXlsx(body: Buffer) {
  const sheet = await xlsxSheet(body);
  const rows: (string | number | null)[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    rows.push(
      HEADERS.map((_, i) => {
        const cell = values[i] ?? null;
        if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
        throw new Error(`cell ${i} is neither text nor a number: ${JSON.stringify(cell)}`);
      }),
    );
  });
  return rows;
}

/** Parses the CSV back with exceljs, every value kept as the text the file holds. */
async function readCsv(body: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(Readable.from([body.replace(/^\uFEFF/, '')]), {
    map: (datum: string) => (datum === '' ? null : datum),
  });
  const rows: (string | null)[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as (string | null)[]).slice(1);
    rows.push(HEADERS.map((_, i) => values[i] ?? null));
  });
  return rows;
}

async function get(user: TestUser, query: string) {
  const res = await user.request({ method: 'GET', url: exportUrl(query) });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

const numbers = (rows: unknown[][]) => rows.slice(1).map((row) => row[col('Nomor rumah tangga')]);

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  neighbourOperator = await t.createUser('village_operator', NEIGHBOUR);
  district = await t.createUser('district_staff', '35.10.01');
  otherOperator = await t.createUser('village_operator', OTHER_DISTRICT);
  admin = await t.createUser('regency_admin', '35.10');
  const slamet = await registerFamily(operator, VILLAGE);
  const budi = await registerFamily(operator, VILLAGE, [
    { fullName: 'Budi Santoso', sex: 1, birthDate: '1975-01-05', relationship: 1 },
  ]);
  const post = async (user: TestUser, village: string, payload: Record<string, unknown>) => {
    const res = await user.request({ method: 'POST', url: `/api/villages/${village}/households`, payload });
    expect(res.statusCode, res.body).toBe(201);
  };
  pin = somePointInside(VILLAGE);
  await post(operator, VILLAGE, {
    householdNo: 'A-001',
    dusun: 'Krajan',
    rw: '1',
    rt: '2',
    address: 'Jl. Mawar 5',
    ...pin,
    housing: completeHousing(),
    familyIds: [slamet.familyId],
    headResidentId: slamet.residentIds[0],
  });
  await post(operator, VILLAGE, {
    householdNo: 'A-002',
    dusun: 'Krajan',
    rw: '1',
    rt: '3',
    familyIds: [budi.familyId],
  });
  // An address Excel would run as a formula if the CSV wrote it as it is.
  await post(operator, VILLAGE, { householdNo: 'B-001', dusun: 'Sumberejo', address: '=1+2' });
  await post(neighbourOperator, NEIGHBOUR, { householdNo: 'N-001', dusun: 'Krajan' });
  await post(otherOperator, OTHER_DISTRICT, { householdNo: 'X-001', dusun: 'Krajan' });
  const head = await t.database.db
    .selectFrom('resident')
    .select('nik')
    .where('id', '=', slamet.residentIds[0]!)
    .executeTakeFirstOrThrow();
  headNik = head.nik;
  const village = await t.database.db
    .selectFrom('region')
    .select('name')
    .where('code', '=', VILLAGE)
    .executeTakeFirstOrThrow();
  villageName = village.name;
});
afterAll(() => t.close());

describe('GET /api/population/households/export', () => {
  it('gives the village an xlsx with Indonesian headers, rows in list order and the head masked', async () => {
    const res = await get(operator, `region=${VILLAGE}&format=xlsx`);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="rumah-tangga-35\.10\.01\.2001-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    expect(res.headers['x-total-count']).toBe('3');
    expect(res.headers['x-ratelimit-limit']).toBe('30');
    const rows = await readXlsx(res.rawPayload);
    expect(rows[0]).toEqual(HEADERS);
    expect(numbers(rows)).toEqual(['A-001', 'A-002', 'B-001']);
    expect(rows[1]!.slice(0, FIXED_HEADERS.length)).toEqual([
      VILLAGE,
      villageName,
      'Krajan',
      '001',
      '002',
      'Jl. Mawar 5',
      'A-001',
      'Slamet Riyadi',
      (await t.masks()).civil(headNik),
      1,
      3,
      pin.latitude,
      pin.longitude,
    ]);
    expect(rows[1]![col('NIK kepala rumah tangga')]).toMatch(/^3510•{8}[A-Z]{4}$/);
    // No head, no pin, no housing facts: empty cells, not zeros.
    expect(rows[2]!.slice(7)).toEqual([null, null, 1, 1, null, null, ...HEADERS.slice(13).map(() => null)]);
    expect(rows.flat().some((cell) => String(cell).includes(headNik))).toBe(false);
    // Codes are text cells, so Excel keeps RT 002 and the village code as written.
    const sheet = await xlsxSheet(res.rawPayload);
    for (const header of ['Kode desa', 'RW', 'RT', 'Nomor rumah tangga', 'NIK kepala rumah tangga'])
      expect(sheet.getRow(2).getCell(col(header) + 1).numFmt, header).toBe('@');
  });

  it('writes every housing fact as its code and its Indonesian label, the floor area as a number', async () => {
    const rows = await readXlsx((await get(operator, `region=${VILLAGE}&q=A-001`)).rawPayload);
    expect(rows).toHaveLength(2);
    const row = rows[1]!;
    const housing = completeHousing();
    for (const column of HOUSING_COLUMNS) {
      // A column added to HOUSING_COLUMNS needs an Indonesian header in export-columns.ts.
      expect(housingHeader(column), column).not.toBe(column);
      const list = lists[column];
      if (!list) {
        expect(row[col(housingHeader(column))], column).toBe(housing[column]);
        continue;
      }
      expect(row[col(`${housingHeader(column)} (kode)`)], column).toBe(housing[column]);
      expect(row[col(housingHeader(column))], column).toBe(
        list.find((entry) => entry.code === housing[column])!.id,
      );
    }
    expect(HEADERS.filter((h) => h.startsWith('Luas lantai'))).toEqual(['Luas lantai (m²)']);
    expect(row[col('Luas lantai (m²)')]).toBe(36);
    expect(row[col('Status kepemilikan bangunan (kode)')]).toBe(1);
    expect(row[col('Status kepemilikan bangunan')]).toBe('Milik sendiri');
  });

  it('writes CSV with the same header and rows, text codes, masked NIK and a guarded formula', async () => {
    const res = await get(operator, `region=${VILLAGE}&format=csv`);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="rumah-tangga-35\.10\.01\.2001-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    expect(res.body).not.toContain(headNik);
    expect(res.body).not.toMatch(/\d{16}/);
    const rows = await readCsv(res.body);
    expect(rows[0]).toEqual(HEADERS);
    expect(numbers(rows)).toEqual(['A-001', 'A-002', 'B-001']);
    const xlsx = await readXlsx((await get(operator, `region=${VILLAGE}`)).rawPayload);
    // The same cells as the xlsx, as text; the address that looks like a formula keeps an apostrophe.
    const asText = xlsx.map((row) => row.map((cell) => (cell === null ? null : String(cell))));
    asText[3]![col('Alamat')] = "'=1+2";
    expect(rows).toEqual(asText);
    expect(rows[1]![col('RT')]).toBe('002');
  });

  it("applies the list's filters: address, number or head's name, and what is missing", async () => {
    const csv = async (query: string) => {
      const res = await get(operator, `format=csv&${query}`);
      const found = numbers(await readCsv(res.body));
      expect(res.headers['x-total-count']).toBe(String(found.length));
      return found;
    };
    expect(await csv('dusun=krajan&rt=3')).toEqual(['A-002']);
    expect(await csv('rw=01')).toEqual(['A-001', 'A-002']);
    expect(await csv('q=slamet')).toEqual(['A-001']);
    expect(await csv('incomplete=location')).toEqual(['A-002', 'B-001']);
    expect(await csv('incomplete=head')).toEqual(['A-002', 'B-001']);
    expect(await csv('incomplete=housing')).toEqual(['A-002', 'B-001']);
    expect(await csv('dusun=nowhere')).toEqual([]);
    // Paging parameters of the list are not the export's: the whole filtered list comes out.
    expect(await csv('limit=1&offset=1')).toEqual(['A-001', 'A-002', 'B-001']);
  });

  it('gives district staff their district, village by village, and the regency admin the regency', async () => {
    const rows = await readXlsx((await get(district, 'region=35.10.01')).rawPayload);
    expect(numbers(rows)).toEqual(['A-001', 'A-002', 'B-001', 'N-001']);
    expect(rows.slice(1).map((row) => row[col('Kode desa')])).toEqual([VILLAGE, VILLAGE, VILLAGE, NEIGHBOUR]);
    expect(numbers(await readXlsx((await get(district, '')).rawPayload))).toHaveLength(4);
    expect(numbers(await readXlsx((await get(admin, 'region=35.10')).rawPayload))).toEqual([
      'A-001',
      'A-002',
      'B-001',
      'N-001',
      'X-001',
    ]);
  });

  it('answers as the household list does to callers outside the area', async () => {
    const socialWorker = await t.createUser('social_worker', VILLAGE);
    const cases: [TestUser, string][] = [
      [otherOperator, `region=${VILLAGE}`],
      [neighbourOperator, `region=${VILLAGE}`],
      [district, `region=${OTHER_DISTRICT}`],
      [district, 'region=35.10'],
      [socialWorker, `region=${VILLAGE}`],
      [operator, `region=${VILLAGE}`],
    ];
    for (const [user, query] of cases) {
      const list = await user.request({ method: 'GET', url: `/api/population/households?${query}` });
      const file = await user.request({ method: 'GET', url: exportUrl(query) });
      expect(file.statusCode, query).toBe(list.statusCode);
    }
    const refused = await otherOperator.request({ method: 'GET', url: exportUrl(`region=${VILLAGE}`) });
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await t.app.inject({ method: 'GET', url: exportUrl(`region=${VILLAGE}`) })).statusCode).toBe(401);
    const unknown = await admin.request({ method: 'GET', url: exportUrl('region=35.10.99') });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('REGION_NOT_FOUND');
    const own = await get(otherOperator, 'format=csv');
    expect(numbers(await readCsv(own.body))).toEqual(['X-001']);
  });

  it('refuses an unknown format', async () => {
    const res = await operator.request({ method: 'GET', url: exportUrl('format=pdf') });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'format' })]);
  });

  it('refuses more households than the cap, in both languages, and exports a narrower filter', async () => {
    cap.rows = 2;
    try {
      const res = await operator.request({ method: 'GET', url: exportUrl(`region=${VILLAGE}&format=csv`) });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [
          {
            field: 'region',
            in: 'querystring',
            message: expect.stringMatching(/^Lebih dari 2 rumah tangga cocok.*Persempit saringan/),
            message_en: expect.stringMatching(/^More than 2 households match.*Narrow the filter/),
          },
        ],
      });
      const narrower = await get(operator, `region=${VILLAGE}&dusun=krajan`);
      expect(narrower.headers['x-total-count']).toBe('2');
    } finally {
      cap.rows = 200_000;
    }
  });
});
