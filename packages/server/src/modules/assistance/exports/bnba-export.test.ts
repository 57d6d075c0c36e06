// The by-name-by-address list of a program: masked by default (XLSX), whole with a reason for those who
// keep the area's registry (CSV, audited with the count), a district's list holding its villages' rows and
// no others, a village's list only its own, the landscape PDF with its header and totals, and the refusals.
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAndCommit } from '../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { auditEntries, programId, seedRegistry, type Registry } from '../imports/test-support/registry.ts';

const VILLAGE = '35.10.01.2001';
const NEIGHBOUR = '35.10.01.2002';
const ELSEWHERE = '35.10.02.2001';
let t: TestApp;
let operator: TestUser;
let district: TestUser;
let here: Registry;
let next: Registry;
let far: Registry;
let pbi: string;

const url = (query: Record<string, string>) =>
  `/api/assistance/programs/${pbi}/bnba?${new URLSearchParams(query)}`;

async function enrol(village: string, r: Registry) {
  const user = await t.createUser('village_operator', village);
  const lines = [
    'kode_program,nik,no_kartu,tanggal_mulai',
    `PBI-JK,${r.one[0]},K-${village.slice(-4)},2026-01-05`,
    `PBI-JK,${r.one[1]},,`,
  ];
  await importAndCommit(user, village, 'assistance-plain', 'peserta.csv', lines.join('\n'));
}

function sheetRows(body: Buffer) {
  const workbook = XLSX.read(body, { type: 'buffer' });
  return XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets[workbook.SheetNames[0]!]!, {
    raw: false,
  });
}

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  district = await t.createUser('district_staff', '35.10.01');
  here = await seedRegistry(t, operator, VILLAGE);
  next = await seedRegistry(t, await t.createUser('village_operator', NEIGHBOUR), NEIGHBOUR);
  far = await seedRegistry(t, await t.createUser('village_operator', ELSEWHERE), ELSEWHERE);
  pbi = await programId(t, 'PBI-JK');
  for (const [village, r] of [
    [VILLAGE, here],
    [NEIGHBOUR, next],
    [ELSEWHERE, far],
  ] as const)
    await enrol(village, r);
});
afterAll(() => t.close());

describe('GET /api/assistance/programs/:programId/bnba', () => {
  it("lists the village's recipients by name and address with identifiers masked", async () => {
    const res = await operator.request({ method: 'GET', url: url({}) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['x-total-count']).toBe('2');
    const rows = sheetRows(res.rawPayload);
    expect(
      rows.map((row) => [row.Nama, row.Dusun, row.RW, row.RT, row.Status, row['No. Kartu'] ?? null]),
    ).toEqual([
      ['Siti Aminah', 'Krajan', '001', '002', 'Aktif', null],
      ['Slamet Riyadi', 'Krajan', '001', '002', 'Aktif', 'K-2001'],
    ]);
    const masks = await t.masks();
    expect(rows.map((row) => row.NIK)).toEqual([masks.civil(here.one[1]!), masks.civil(here.one[0]!)]);
    expect(res.body).not.toContain(here.one[0]);
    expect(await auditEntries(t, 'assistance.bnba_export_full')).toEqual([]);
  });

  it('gives whole identifiers with a reason, audited with the count and never the numbers', async () => {
    const res = await operator.request({
      method: 'GET',
      url: url({ format: 'csv', full: 'true', reason: 'penyaluran tahap 1' }),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain(here.one[0]);
    expect(res.body).toContain(here.kkOne);
    const audit = await auditEntries(t, 'assistance.bnba_export_full');
    expect(audit).toEqual([
      expect.objectContaining({
        entity_id: pbi,
        region_code: VILLAGE,
        details: expect.objectContaining({ count: 2, format: 'csv', reason: 'penyaluran tahap 1' }),
      }),
    ]);
    expect(JSON.stringify(audit)).not.toContain(here.one[0]);
    const noReason = await operator.request({ method: 'GET', url: url({ full: 'true' }) });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({ field: 'reason' });
  });

  it("holds a district's villages and nothing outside it; whole numbers stay with the villages", async () => {
    const res = await district.request({ method: 'GET', url: url({ format: 'csv' }) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-total-count']).toBe('4');
    const masks = await t.masks();
    expect(res.body).toContain(masks.civil(next.one[0]!));
    expect(res.body).not.toContain(masks.civil(far.one[0]!));
    const full = await district.request({
      method: 'GET',
      url: url({ full: 'true', reason: 'penyaluran tahap 1' }),
    });
    expect(full.statusCode).toBe(403);
    const outside = await operator.request({ method: 'GET', url: url({ region: ELSEWHERE }) });
    expect(outside.statusCode).toBe(404);
  });

  it('prints a landscape PDF with the program, the area, the date and the totals', async () => {
    const res = await operator.request({ method: 'GET', url: url({ format: 'pdf' }) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.headers['x-total-count']).toBe('2');
  });

  it('answers 404 for a program nobody has', async () => {
    const res = await operator.request({
      method: 'GET',
      url: `/api/assistance/programs/00000000-0000-4000-8000-000000000000/bnba`,
    });
    expect(res.statusCode).toBe(404);
  });
});
