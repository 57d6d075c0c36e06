// The OpenDK export: the village's residents as the zip OpenSID sends to OpenDK (one .xlsx named and laid out
// as OpenSID writes it, NIK and KK in full, every status), for the village's writers with a reason, audited;
// and the zip goes back in through the OpenDK import with nothing to change.
import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, uploadAndCheck } from '../../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import { OPENDK_SHEET_HEADERS } from '../../resident-import/formats/opendk/columns.ts';
import { goodRows, importFile, xlsxBuffer } from '../../resident-import/test-fixtures.ts';

let t: TestApp;
let operator: TestUser;
let district: TestUser;
let outsider: TestUser;
const village = '35.10.01.2001';
const url = (query: string) => `/api/villages/${village}/exports/opendk-residents${query}`;
const reason = '?reason=Laporan%20penduduk%20ke%20OpenDK%20kecamatan';

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', village);
  district = await t.createUser('district_staff', '35.10.01');
  outsider = await t.createUser('village_operator', '35.10.02.2001');
  // One grandmother has died: OpenDK must hear of it, so she is exported with her status.
  const rows = goodRows().map((row) => (row.nama === 'Mbah Ponirah' ? { ...row, status_dasar: 2 } : row));
  const job = await importFile(operator, village, 'penduduk.xlsx', await xlsxBuffer({ rows }));
  expect(job).toMatchObject({ status: 'ready', errorRows: 0 });
  expect((await commitAndWait(operator, village, job.id)).job?.result).toMatchObject({ inserted: 20 });
});
afterAll(() => t.close());

function unzipOne(body: Buffer): { name: string; rows: unknown[][] } {
  const entries = unzipSync(new Uint8Array(body));
  expect(Object.keys(entries)).toHaveLength(1);
  const [name, content] = Object.entries(entries)[0]!;
  const workbook = XLSX.read(content, { type: 'buffer' });
  expect(workbook.SheetNames).toEqual(['Sheet1']);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets.Sheet1!, {
    header: 1,
    raw: true,
    defval: null,
  });
  return { name, rows };
}

describe('GET /api/villages/:code/exports/opendk-residents', () => {
  it("gives the village's writer OpenSID's zip for OpenDK: one Sheet1 of 42 OpenDK columns, identifiers in full", async () => {
    const res = await operator.request({ method: 'GET', url: url(reason) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="penduduk_\d{2}_\d{2}_\d{4}_opendk\.zip"$/,
    );
    expect(res.headers['x-total-count']).toBe('20');
    const { name, rows } = unzipOne(res.rawPayload);
    expect(name).toMatch(/^penduduk_\d{2}_\d{2}_\d{4}_opendk\.xlsx$/);
    expect(rows[0]).toEqual(OPENDK_SHEET_HEADERS);
    expect(rows[0]).toHaveLength(42);
    expect(rows).toHaveLength(21);
    const col = (header: string) => OPENDK_SHEET_HEADERS.indexOf(header as never);
    const head = rows.find((row) => row[col('nama')] === 'Slamet Riyadi')!;
    expect(head[col('nomor_nik')]).toMatch(/^3510\d{12}$/);
    expect(head[col('nomor_kk')]).toBe('3510011203200001');
    expect(head[col('tanggal_lahir')]).toBe('1980-05-12');
    expect(head[col('tanggal_perkawinan')]).toBe('2005-06-12');
    expect(head[col('jenis_kelamin')]).toBe(1);
    expect(head[col('hubungan_keluarga')]).toBe(1);
    expect(head[col('rt')]).toBe('002');
    expect(head[col('desa_id')]).toBe(village);
    expect(head[col('created_at')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(head[col('id')]).toBeNull();
    const grandmother = rows.find((row) => row[col('nama')] === 'Mbah Ponirah')!;
    expect(grandmother[col('status_dasar')]).toBe(2);
  });

  it('is audited as a full export with the count and the reason, never the numbers', async () => {
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'population.export_full')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      region_code: village,
      details: expect.objectContaining({
        count: 20,
        format: 'opendk-zip',
        reason: 'Laporan penduduk ke OpenDK kecamatan',
      }),
    });
    expect(JSON.stringify(audit[0]!.details)).not.toMatch(/\d{16}/);
  });

  it('goes back in through the OpenDK import with no error, no warning and nothing to change', async () => {
    const res = await operator.request({ method: 'GET', url: url(reason) });
    const job = await uploadAndCheck(
      operator,
      village,
      'residents-opendk',
      'penduduk_opendk.zip',
      res.rawPayload,
    );
    expect(job).toMatchObject({
      status: 'ready',
      totalRows: 20,
      errorRows: 0,
      warningRows: 0,
      actionCounts: { unchanged: 20 },
    });
  });

  it('asks for a reason, refuses district staff (403) and answers 404 to another village and 401 without a session', async () => {
    const bare = await operator.request({ method: 'GET', url: url('') });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await district.request({ method: 'GET', url: url(reason) })).statusCode).toBe(403);
    expect((await outsider.request({ method: 'GET', url: url(reason) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: url(reason) })).statusCode).toBe(401);
  });
});
