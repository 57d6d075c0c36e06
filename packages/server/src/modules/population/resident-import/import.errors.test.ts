// A file with mistakes: every bad row is reported with its line number and reason, "all" writes nothing,
// "valid rows only" writes exactly the good ones; warnings let rows in, flagged; unreadable files fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, commitRequest, uploadRequest } from '../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { excelDate, goodRows, importFile, nikFor, xlsxBuffer, type FixtureRow } from './test-fixtures.ts';
import { TEMPLATE_HEADERS } from './template-columns.ts';

let t: TestApp;
let operator: TestUser;
const village = '35.10.01.2001';

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', village);
});
afterAll(() => t.close());

interface RowView {
  lineNo: number;
  errors: { code: string; field: string; message: { id: string; en: string } }[];
  warnings: { code: string; field: string }[];
}

async function rowsOf(jobId: string, kind: string): Promise<RowView[]> {
  const res = await operator.request({
    method: 'GET',
    url: `/api/villages/${village}/imports/${jobId}/rows?kind=${kind}&limit=500`,
  });
  expect(res.statusCode).toBe(200);
  return res.json<{ items: RowView[] }>().items;
}

const residentCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('resident')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('village_code', '=', village)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Lines (header = 1) of goodRows: family 1 = 2-5 (head 2), 2 = 6-9 (head 6), 3 = 10-13 (head 10), 4 = 14-16 (head 14), 5 = 17-21 (head 17). */
function badRows(): FixtureRow[] {
  const rows = goodRows(3);
  const at = (line: number, change: FixtureRow) => (rows[line - 2] = { ...rows[line - 2], ...change });
  at(3, { nik: String(rows[1]!.nik).slice(0, 15) }); // 15 digits
  at(4, { nik: `A${String(rows[2]!.nik).slice(1)}` }); // a letter
  at(5, { tanggallahir: '31/02/2006' }); // no such day
  at(7, { agama_id: 'JEDI' }); // not in the religion list
  at(9, { nik: rows[6]!.nik ?? null }); // same NIK as line 8
  at(11, { kk_level: 1 }); // second head in family 3
  at(14, { nik: `${String(rows[12]!.nik).slice(0, 12)}0000` }); // head of family 4 with serial 0000
  at(15, { tanggal_akhir_paspor: 5203033112800473 }); // the template's own example: a NIK in a date column
  at(18, { nik: Number('9171011203800001') }); // a number Excel has already rounded (above 2^53)
  at(19, { nik: Number(rows[17]!.nik) }); // a NIK stored as a number that is still exact: fine
  return rows;
}

describe('a file with mistakes', () => {
  let jobId: string;

  it('reports every bad row with its line number and reason', async () => {
    const job = await importFile(operator, village, 'salah.xlsx', await xlsxBuffer({ rows: badRows() }));
    jobId = job.id;
    expect(job).toMatchObject({ status: 'ready', totalRows: 20, errorRows: 13, actionCounts: { insert: 7 } });
    const errors = await rowsOf(jobId, 'errors');
    const byLine = new Map(errors.map((row) => [row.lineNo, row.errors.map((e) => `${e.code}:${e.field}`)]));
    expect([...byLine.keys()]).toEqual([3, 4, 5, 7, 9, 10, 11, 12, 13, 14, 15, 16, 18]);
    expect(byLine.get(3)).toContain('NIK_LENGTH:nik');
    expect(byLine.get(4)).toContain('NIK_NOT_DIGITS:nik');
    expect(byLine.get(5)).toContain('DATE_INVALID:tanggallahir');
    expect(byLine.get(7)).toEqual(['CODE_UNKNOWN:agama_id']);
    expect(byLine.get(9)).toEqual(['NIK_DUPLICATE:nik']);
    for (const line of [10, 11, 12, 13]) expect(byLine.get(line)).toEqual(['FAMILY_MULTIPLE_HEADS:kk_level']);
    expect(byLine.get(14)).toEqual(['NIK_SERIAL_ZERO:nik']);
    expect(byLine.get(15)).toEqual(['DATE_INVALID:tanggal_akhir_paspor']);
    expect(byLine.get(16)).toEqual(['FAMILY_HEAD_ROW_INVALID:no_kk']);
    expect(byLine.get(18)).toEqual(['NUMBER_PRECISION_LOST:nik']);

    const message = (line: number) => errors.find((row) => row.lineNo === line)!.errors[0]!.message;
    expect(message(7).id).toContain('"JEDI"');
    expect(message(7).id).toContain('agama_id');
    expect(message(9).id).toContain('baris 8');
    expect(message(10).en).toContain('line 10, 11');
    expect(message(15).id).toContain('5203033112800473');
    expect(message(18).id).toContain('Teks');
  });

  it('writes nothing when asked to save all rows', async () => {
    const res = await commitRequest(operator, village, jobId, 'all');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'IMPORT_HAS_ERRORS',
      reason: { id: expect.stringContaining('13 baris') },
    });
    expect(await residentCount()).toBe(0);
    const job = await operator.request({ method: 'GET', url: `/api/villages/${village}/imports/${jobId}` });
    expect(job.json().status).toBe('ready');
  });

  it('writes exactly the valid rows when asked to save valid rows only', async () => {
    const { job } = await commitAndWait(operator, village, jobId, 'valid_only');
    expect(job).toMatchObject({
      status: 'committed',
      commitMode: 'valid_only',
      result: { inserted: 7, updated: 0 },
    });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('entity_id', '=', jobId)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ inserted: 7, skipped: 13, mode: 'valid_only' });
    const names = await t.database.db
      .selectFrom('resident')
      .select('full_name')
      .where('village_code', '=', village)
      .orderBy('full_name')
      .execute();
    const valid = [2, 6, 8, 17, 19, 20, 21].map((line) => String(badRows()[line - 2]!.nama));
    expect(names.map((r) => r.full_name)).toEqual(valid.sort());
  });
});

describe('the review of a line whose NIK or KK is not 16 digits', () => {
  it('shows the number as invalid with its digit count, never masked as if valid, and reveals no digit', async () => {
    const rows = goodRows(14);
    rows[0] = { ...rows[0], nik: String(rows[0]!.nik).slice(0, 12) }; // a 12-digit NIK
    for (const row of rows.slice(0, 4)) row.no_kk = String(row.no_kk).slice(0, 15); // a 15-digit KK
    const job = await importFile(operator, village, 'pendek.xlsx', await xlsxBuffer({ rows }));
    const res = await operator.request({
      method: 'GET',
      url: `/api/villages/${village}/imports/${job.id}/rows?kind=errors`,
    });
    const items = res.json<{
      items: { lineNo: number; identifierMasked: string; secondaryMasked: string }[];
    }>().items;
    expect(items[0]).toMatchObject({
      lineNo: 2,
      identifierMasked: '⚠ 12 digit',
      secondaryMasked: '⚠ 15 digit',
    });
    expect(items[1]).toMatchObject({
      lineNo: 3,
      identifierMasked: expect.stringMatching(/^\d{4}•{8}[A-Z]{4}$/),
    });
    expect(items[1]!.secondaryMasked).toBe('⚠ 15 digit');
    expect(res.body).not.toContain(String(rows[0].nik));
  });
});

describe("a registered family's head line with an error", () => {
  it('holds back only that line: the registered head stays head, so the members can be saved', async () => {
    const rows = goodRows(7).slice(0, 4); // one family: head on line 2, three members
    await importAndCommitFile(rows);
    const changed: FixtureRow[] = rows.map((row) => ({ ...row, suku: 'Jawa' }));
    changed[0] = { ...changed[0], tanggalperkawinan: '12/06/2099' }; // a marriage date in the future
    const job = await importFile(operator, village, 'ulang.xlsx', await xlsxBuffer({ rows: changed }));
    expect(job).toMatchObject({ status: 'ready', errorRows: 1, actionCounts: { update: 3 } });
    const errors = await rowsOf(job.id, 'errors');
    expect(errors.map((row) => [row.lineNo, row.errors.map((e) => e.code)])).toEqual([
      [2, ['DATE_OUT_OF_RANGE']],
    ]);
  });

  it('still holds back the members of a new family whose only head line has an error', async () => {
    const rows = goodRows(8).slice(0, 4);
    rows[0] = { ...rows[0], tanggalperkawinan: '12/06/2099' };
    const job = await importFile(operator, village, 'baru.xlsx', await xlsxBuffer({ rows }));
    expect(job).toMatchObject({ status: 'ready', errorRows: 4 });
    const errors = await rowsOf(job.id, 'errors');
    expect(errors.slice(1).map((row) => row.errors.map((e) => e.code))).toEqual([
      ['FAMILY_HEAD_ROW_INVALID'],
      ['FAMILY_HEAD_ROW_INVALID'],
      ['FAMILY_HEAD_ROW_INVALID'],
    ]);
  });
});

async function importAndCommitFile(rows: FixtureRow[]) {
  const job = await importFile(operator, village, 'awal.xlsx', await xlsxBuffer({ rows }));
  expect(job).toMatchObject({ status: 'ready', errorRows: 0 });
  const { job: saved } = await commitAndWait(operator, village, job.id);
  expect(saved?.status).toBe('committed');
}

describe('warnings', () => {
  it('let rows in and flag them for verification', async () => {
    const rows = goodRows(4);
    const head = rows[0]!;
    // Recorded birth date one day off the NIK's; a NIK from a district code that no longer exists.
    rows[0] = { ...head, tanggallahir: excelDate('1980-05-13') };
    rows[1] = { ...rows[1], nik: nikFor('351099', '1983-07-21', true, 402) };
    const job = await importFile(operator, village, 'peringatan.xlsx', await xlsxBuffer({ rows }));
    expect(job).toMatchObject({
      status: 'ready',
      errorRows: 0,
      warningRows: 2,
      actionCounts: { insert: 20 },
    });
    const warned = await rowsOf(job.id, 'warnings');
    expect(warned.map((row) => [row.lineNo, row.warnings.map((w) => w.code)])).toEqual([
      [2, ['NIK_BIRTHDATE_MISMATCH']],
      [3, ['NIK_DISTRICT_UNKNOWN']],
    ]);
    const saved = await commitAndWait(operator, village, job.id);
    expect(saved.job?.result).toMatchObject({ inserted: 20 });
    const flagged = await t.database.db
      .selectFrom('resident')
      .select(['full_name', 'verification_flags'])
      .where('village_code', '=', village)
      .where('nik', 'in', [head.nik as string, rows[1].nik as string])
      .orderBy('full_name', 'desc')
      .execute();
    expect(flagged).toEqual([
      { full_name: 'Slamet Riyadi', verification_flags: ['NIK_BIRTHDATE_MISMATCH'] },
      { full_name: 'Siti Aminah', verification_flags: ['NIK_DISTRICT_UNKNOWN'] },
    ]);
  });
});

describe("the template's end marker", () => {
  it('stops reading at the "###" row that starts the instructions block', async () => {
    const rows = [
      ...goodRows(6).slice(0, 4),
      { dusun: '###', rw: 'Isi data penduduk di baris-baris di atas bagian hijau ini.' },
      { rw: 'Jangan ubah isi formula.' },
    ];
    const job = await importFile(operator, village, 'template-terisi.xlsx', await xlsxBuffer({ rows }));
    expect(job).toMatchObject({ status: 'ready', totalRows: 4, errorRows: 0, actionCounts: { insert: 4 } });
  });
});

describe('files that cannot be read as the template', () => {
  const refusalOf = async (name: string, content: Buffer | string) => {
    const res = await operator.request(uploadRequest(village, 'residents', name, content));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'file' })],
    });
    return body.errors[0] as { message: string; message_en: string };
  };

  it('are refused at upload, on the file field, listing the missing required headers', async () => {
    const headers = TEMPLATE_HEADERS.filter((h) => h !== 'nik' && h !== 'kk_level');
    const message = await refusalOf('tanpa-nik.xlsx', await xlsxBuffer({ headers, rows: goodRows(5) }));
    expect(message.message).toContain('nik, kk_level');
    const jobs = await operator.request({ method: 'GET', url: `/api/villages/${village}/imports` });
    expect(jobs.json().items.map((job: { fileName: string }) => job.fileName)).not.toContain(
      'tanpa-nik.xlsx',
    );
  });

  it('read the data from another sheet when it is the one with the columns, as OpenSID does, and say so', async () => {
    const job = await importFile(
      operator,
      village,
      'lain.xlsx',
      await xlsxBuffer({ rows: goodRows(5), sheetName: 'Sheet1' }),
    );
    expect(job).toMatchObject({ status: 'ready', sheetName: 'Sheet1', errorRows: 0 });
    expect(job.notes).toEqual([expect.objectContaining({ id: expect.stringContaining('"Sheet1"') })]);
  });

  it('are refused at upload when no sheet has the columns, naming the sheets and the missing columns', async () => {
    const message = await refusalOf(
      'bukan-penduduk.xlsx',
      await xlsxBuffer({
        headers: ['nomor', 'catatan'],
        rows: [{ nomor: 1, catatan: 'x' }],
        sheetName: 'Catatan',
      }),
    );
    expect(message.message).toContain('nama');
  });

  it('are refused at upload when they hold no data below the header', async () => {
    const message = await refusalOf('kosong.xlsx', await xlsxBuffer({ rows: [] }));
    expect(message.message).toContain('tidak berisi data penduduk');
  });

  it.each([
    ['dokumen.pdf', Buffer.from('%PDF-1.4'), 'Berkas harus'],
    ['palsu.xlsx', Buffer.from('nama,nik\n'), 'Berkas harus'],
    ['biner.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'Berkas harus'],
    ['rusak.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'tidak dapat dibaca'],
    ['nol.csv', Buffer.alloc(0), 'kosong'],
  ])('refuse %s with 400 and an Indonesian message', async (name, content, expected) => {
    const message = await refusalOf(name, content);
    expect(message.message).toContain(expected);
  });

  it('refuses a request without a file', async () => {
    const res = await operator.request({
      method: 'POST',
      url: `/api/villages/${village}/imports/residents`,
      payload: { mode: 'all' },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('POST /api/villages/:code/imports/residents to a region that is no village', () => {
  it('answers 404 for a district code, even to the regency admin who may write there', async () => {
    const admin = await t.createUser('regency_admin', '35.10');
    const file = await xlsxBuffer({ rows: goodRows().slice(0, 4) });
    const res = await admin.request(uploadRequest('35.10.01', 'residents', 'p.xlsx', file));
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });
});
