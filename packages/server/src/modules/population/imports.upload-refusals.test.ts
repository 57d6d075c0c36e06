// Every importer of the population module refuses, at upload, a file it has nothing to read from: an empty
// sheet, a header with nothing below it that the format calls a record, or data whose header row is gone. The
// answer is a 400 on the file field, and no job is made (never a 202 followed by a failed job). Files are
// built here in each format, legacy .xls where the format is one.
import * as XLSX from '@e965/xlsx';
import { REGSOSEK_HOUSING_VARIABLES } from '@smart-kampung/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadAndCheck, uploadRequest } from '../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../test/test-app.ts';
import {
  BIP2016_TITLE,
  bipWorkbook,
  EKTP_HEADER,
  ektpCard,
  ektpMember,
} from './resident-import/formats/bip/test-fixtures.ts';
import { opendkRows, opendkXlsx, zipOf } from './resident-import/formats/opendk/test-fixtures.ts';
import { SIAK_HEADERS, siakFamily, siakWorkbook } from './resident-import/formats/siak/test-fixtures.ts';
import { OPENDK_SHEET_HEADERS } from './resident-import/formats/opendk/columns.ts';
import { TEMPLATE_HEADERS } from './resident-import/template-columns.ts';
import { goodRows } from './resident-import/test-fixtures.ts';

const village = '35.10.01.2001';
let t: TestApp;
let operator: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', village);
});
afterAll(() => t.close());

type Lines = readonly (readonly unknown[])[];

/** A workbook of one sheet holding these lines (SheetJS; .xls unless asked otherwise). */
function book(lines: Lines, sheetName = 'Sheet1', bookType: 'xls' | 'xlsx' = 'xls'): Buffer {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(lines.map((line) => [...line])), sheetName);
  return XLSX.write(workbook, { type: 'buffer', bookType }) as Buffer;
}

const xlsx = (lines: Lines, sheetName = 'Sheet1') => book(lines, sheetName, 'xlsx');
const noHeader = /lacks the required columns|Required columns not found/;
const noRecords = /holds no .+ below the header row/;

const siakRows = siakFamily(
  '3510011203190501',
  [{ name: 'SUMINI', birth: '1975-01-04', female: true, shdk: 'Kepala Keluarga', kawin: 'Kawin' }],
  'Dsn JIWET',
  501,
);
const bipMember = ektpMember({
  no: 1,
  name: 'LELI YANTI',
  nik: '3510016512620101',
  place: 'BANYUWANGI',
  birth: '1962-12-25',
  jk: 'Pr',
  kawin: 'CM',
  shdk: 'KEPALA KELUARGA',
});
const opendkSheet = (rows: Parameters<typeof opendkXlsx>[0], headers = OPENDK_SHEET_HEADERS) =>
  opendkXlsx(rows, headers);
const residentLine = (row: Record<string, unknown>) => TEMPLATE_HEADERS.map((header) => row[header] ?? null);
const RTM_HEADER = ['NIK', 'NOMOR RUMAH TANGGA', 'STATUS HUBUNGAN DALAM RUMAH TANGGA'];
const HOUSING_TITLE = [[null, 'III. KETERANGAN PERUMAHAN'], []];
const HOUSING_HEADER = ['no kartu keluarga', ...REGSOSEK_HOUSING_VARIABLES.map((v) => v.variable)];

interface Case {
  importer: string;
  file: string;
  content: () => Buffer | Promise<Buffer>;
  says: RegExp;
}

const cases: Record<string, Case> = {
  'an OpenSID resident workbook with an empty sheet': {
    importer: 'residents',
    file: 'kosong.xlsx',
    content: () => xlsx([], 'Data Penduduk'),
    says: noHeader,
  },
  'an OpenSID resident workbook with the header only': {
    importer: 'residents',
    file: 'judul.xlsx',
    content: () => xlsx([TEMPLATE_HEADERS], 'Data Penduduk'),
    says: noRecords,
  },
  'an OpenSID resident workbook whose header row was deleted': {
    importer: 'residents',
    file: 'tanpa-judul.xlsx',
    content: () => xlsx(goodRows(31).slice(0, 3).map(residentLine), 'Sheet1'),
    says: noHeader,
  },
  'a SIAK .xls with an empty sheet': {
    importer: 'residents-siak',
    file: 'siak-kosong.xls',
    content: () => book([]),
    says: noHeader,
  },
  'a SIAK .xls with the header only': {
    importer: 'residents-siak',
    file: 'siak-judul.xls',
    content: () => siakWorkbook([]),
    says: noRecords,
  },
  'a SIAK .xls whose header row was deleted': {
    importer: 'residents-siak',
    file: 'siak-tanpa-judul.xls',
    content: () =>
      book(
        siakRows.map((row) =>
          SIAK_HEADERS.map((header) => (typeof row[header] === 'object' ? 1 : row[header])),
        ),
      ),
    says: noHeader,
  },
  'a BIP .xls with an empty sheet': {
    importer: 'residents-bip',
    file: 'bip-kosong.xls',
    content: () => book([], 'Table 1'),
    says: noHeader,
  },
  'a BIP .xls with its two-line header and column numbers only': {
    importer: 'residents-bip',
    file: 'bip-judul.xls',
    content: () => bipWorkbook(EKTP_HEADER),
    says: noRecords,
  },
  'a BIP .xls (2016 edition) with its title block and header only': {
    importer: 'residents-bip',
    file: 'bip2016-judul.xls',
    content: () => bipWorkbook(BIP2016_TITLE),
    says: noRecords,
  },
  'a BIP .xls of family-card lines without members': {
    importer: 'residents-bip',
    file: 'bip-kartu.xls',
    content: () =>
      bipWorkbook([
        ...EKTP_HEADER,
        ...ektpCard('3510011203200101', 'LELI YANTI', 'RT/RW : 002/001 DUSUN : KRAJAN'),
      ]),
    says: noRecords,
  },
  'a BIP .xls of member lines without the header': {
    importer: 'residents-bip',
    file: 'bip-tanpa-judul.xls',
    content: () => bipWorkbook([bipMember]),
    says: noHeader,
  },
  'an OpenDK zip whose sheet is empty': {
    importer: 'residents-opendk',
    file: 'opendk-kosong.zip',
    content: () => zipOf({ 'penduduk_opendk.xlsx': xlsx([]) }),
    says: noHeader,
  },
  'an OpenDK zip whose sheet has the header only': {
    importer: 'residents-opendk',
    file: 'opendk-judul.zip',
    content: async () => zipOf({ 'penduduk_opendk.xlsx': await opendkSheet([]) }),
    says: noRecords,
  },
  'an OpenDK zip whose header row was deleted': {
    importer: 'residents-opendk',
    file: 'opendk-tanpa-judul.zip',
    content: async () => {
      const rows = opendkRows(32).slice(0, 3);
      return zipOf({
        'penduduk_opendk.xlsx': xlsx(rows.map((row) => OPENDK_SHEET_HEADERS.map((h) => row[h] ?? null))),
      });
    },
    says: noHeader,
  },
  'an RTM workbook with an empty sheet': {
    importer: 'households',
    file: 'rtm-kosong.xlsx',
    content: () => xlsx([], 'RTM'),
    says: noHeader,
  },
  'an RTM workbook with the header only': {
    importer: 'households',
    file: 'rtm-judul.xlsx',
    content: () => xlsx([RTM_HEADER], 'RTM'),
    says: noRecords,
  },
  'an RTM workbook whose header row was deleted': {
    importer: 'households',
    file: 'rtm-tanpa-judul.xlsx',
    content: () => xlsx([['3510016512620101', 'RT-01', 1]], 'RTM'),
    says: noHeader,
  },
  'a housing workbook with an empty sheet': {
    importer: 'housing',
    file: 'dtks-kosong.xlsx',
    content: () => xlsx([], '3.keterangan perumahan'),
    says: noHeader,
  },
  'a housing workbook with its title rows and header only': {
    importer: 'housing',
    file: 'dtks-judul.xlsx',
    content: () => xlsx([...HOUSING_TITLE, HOUSING_HEADER], '3.keterangan perumahan'),
    says: noRecords,
  },
  'a housing workbook whose header row was deleted': {
    importer: 'housing',
    file: 'dtks-tanpa-judul.xlsx',
    content: () => xlsx([...HOUSING_TITLE, ['3510011203200101', 40, 1]], '3.keterangan perumahan'),
    says: noHeader,
  },
};

const jobCount = async () =>
  (await operator.request({ method: 'GET', url: `/api/villages/${village}/imports` })).json<{
    items: unknown[];
  }>().items.length;

describe('files refused at upload, on the file field, by every population importer', () => {
  it.each(Object.entries(cases))('%s', async (_, { importer, file, content, says }) => {
    const before = await jobCount();
    const res = await operator.request(uploadRequest(village, importer, file, await content()));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'file', in: 'body' }] });
    const [error] = res.json().errors as { message: string; message_en: string }[];
    expect(error!.message_en).toMatch(says);
    expect(error!.message).not.toBe(error!.message_en);
    expect(await jobCount()).toBe(before);
  });
});

describe('a file longer than the lines the upload looks at', () => {
  it('fails its job with the same message when the whole file holds no record (a BIP of 40 cards and no member)', async () => {
    const cards = Array.from({ length: 40 }, (_, i) =>
      ektpCard(`35100112032001${String(i).padStart(2, '0')}`, 'X', 'RT/RW : 001/001 DUSUN : KRAJAN'),
    ).flat();
    const job = await uploadAndCheck(
      operator,
      village,
      'residents-bip',
      'kartu.xls',
      bipWorkbook([...EKTP_HEADER, ...cards]),
    );
    expect(job).toMatchObject({ status: 'failed', totalRows: 0 });
    expect(job.failure?.en).toMatch(noRecords);
  });
});
