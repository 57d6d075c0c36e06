// Lines that are saved with a warning the report counts: migrants whose NIK or family card comes from another
// regency or district, and names or addresses a spreadsheet would run as formulas (kept as the text they are).
// And files refused at upload, before any job: empty, or without a usable header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, issueCountsOf, issuesOf, uploadRequest } from '../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { csvText, goodRows, importFile, nikFor, xlsxBuffer } from './test-fixtures.ts';
import { TEMPLATE_HEADERS } from './template-columns.ts';

let t: TestApp;
let operator: TestUser;
const village = '35.10.01.2001';

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', village);
});
afterAll(() => t.close());

const residentsByNik = (niks: string[]) =>
  t.database.db
    .selectFrom('resident')
    .select(['nik', 'full_name', 'verification_flags'])
    .where('village_code', '=', village)
    .where('nik', 'in', niks)
    .execute();

describe('identifiers issued outside the village’s regency or district', () => {
  it('are saved with a warning on their line, counted in the report, and not flagged for verification', async () => {
    const rows = goodRows(11);
    // A wife who moved in from Surabaya (district 35.78.01) keeps her NIK.
    rows[1] = { ...rows[1], nik: nikFor('357801', '1983-07-21', true, 1102) };
    // A family whose card another district of Banyuwangi issued, and one whose card Surabaya issued.
    for (const row of rows.slice(4, 8)) row.no_kk = '3510021503190022';
    for (const row of rows.slice(8, 12)) row.no_kk = '3578010204180033';

    const job = await importFile(operator, village, 'pendatang.xlsx', await xlsxBuffer({ rows }));
    expect(job).toMatchObject({
      status: 'ready',
      errorRows: 0,
      warningRows: 9,
      actionCounts: { insert: 20 },
    });
    expect(issueCountsOf(job)).toEqual({
      NIK_OUTSIDE_REGENCY: 1,
      KK_OUTSIDE_DISTRICT: 4,
      KK_OUTSIDE_REGENCY: 4,
    });
    const issues = await issuesOf(operator, village, job.id);
    expect(issues.map((issue) => [issue.lineNo, issue.level, issue.code, issue.field])).toEqual([
      [3, 'warning', 'NIK_OUTSIDE_REGENCY', 'nik'],
      ...[6, 7, 8, 9].map((line) => [line, 'warning', 'KK_OUTSIDE_DISTRICT', 'no_kk']),
      ...[10, 11, 12, 13].map((line) => [line, 'warning', 'KK_OUTSIDE_REGENCY', 'no_kk']),
    ]);
    expect(issues[0]!.message.id).toContain('357801');

    const { job: saved } = await commitAndWait(operator, village, job.id);
    expect(saved?.result).toMatchObject({ inserted: 20 });
    const [migrant] = await residentsByNik([rows[1].nik as string]);
    expect(migrant).toMatchObject({ full_name: 'Siti Aminah', verification_flags: [] });
  });
});

describe('a CSV name or address starting with = + - or @', () => {
  it('is stored as the text it is, with a warning on its column', async () => {
    const rows = goodRows(12);
    const formula = '=HYPERLINK("http://contoh.test","klik")';
    rows[0] = { ...rows[0], nama: formula, nama_ayah: '+6281234' };
    for (const row of rows.slice(4, 8)) row.alamat = '@SUM(1+1)'; // a family's address, on each line
    rows[5] = { ...rows[5], nama_ibu: '-Ibu Contoh', alamat_sekarang: '-Jl. Mawar' };

    const job = await importFile(operator, village, 'rumus.csv', await csvText({ rows }));
    expect(job).toMatchObject({ status: 'ready', errorRows: 0, warningRows: 5 });
    expect(issueCountsOf(job)).toEqual({ TEXT_LOOKS_LIKE_FORMULA: 5 });
    const issues = await issuesOf(operator, village, job.id);
    expect(issues.map((issue) => [issue.lineNo, issue.code, issue.field])).toEqual([
      [2, 'TEXT_LOOKS_LIKE_FORMULA', 'nama'],
      [2, 'TEXT_LOOKS_LIKE_FORMULA', 'nama_ayah'],
      [6, 'TEXT_LOOKS_LIKE_FORMULA', 'alamat'],
      [7, 'TEXT_LOOKS_LIKE_FORMULA', 'alamat'],
      [7, 'TEXT_LOOKS_LIKE_FORMULA', 'nama_ibu'],
      [7, 'TEXT_LOOKS_LIKE_FORMULA', 'alamat_sekarang'],
      [8, 'TEXT_LOOKS_LIKE_FORMULA', 'alamat'],
      [9, 'TEXT_LOOKS_LIKE_FORMULA', 'alamat'],
    ]);

    await commitAndWait(operator, village, job.id);
    const stored = await t.database.db
      .selectFrom('resident')
      .innerJoin('family', (join) =>
        join
          .onRef('family.village_code', '=', 'resident.village_code')
          .onRef('family.id', '=', 'resident.family_id'),
      )
      .select(['resident.full_name', 'resident.father_name', 'resident.mother_name', 'family.address'])
      .where('resident.village_code', '=', village)
      .where('resident.nik', 'in', [rows[0].nik as string, rows[5].nik as string])
      .orderBy('resident.full_name')
      .execute();
    expect(stored).toEqual([
      { full_name: formula, father_name: '+6281234', mother_name: 'Ibu Contoh', address: 'Jl. Melati No. 7' },
      {
        full_name: 'Sri Wahyuni',
        father_name: 'Ayah Contoh',
        mother_name: '-Ibu Contoh',
        address: '@SUM(1+1)',
      },
    ]);
  });
});

describe('files refused at upload with 400 on the file field, before any job is made', () => {
  const refusal = async (name: string, content: Buffer | string) => {
    const before = await operator.request({ method: 'GET', url: `/api/villages/${village}/imports` });
    const res = await operator.request(uploadRequest(village, 'residents', name, content));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'file' })],
    });
    const after = await operator.request({ method: 'GET', url: `/api/villages/${village}/imports` });
    expect(after.json().items).toHaveLength(before.json().items.length);
    return res.json().errors[0] as { message: string; message_en: string };
  };

  it('a CSV with the header line only', async () => {
    const message = await refusal('judul-saja.csv', `${TEMPLATE_HEADERS.join(',')}\n`);
    expect(message.message_en).toContain('holds no resident rows');
  });

  it('a CSV of blank lines', async () => {
    expect((await refusal('kosong.csv', '\n\n  \n')).message_en).toMatch(/empty|header row/);
  });

  it('a CSV whose first line is already data (the header row was deleted)', async () => {
    const csv = await csvText({ rows: goodRows(13).slice(0, 3) });
    const message = await refusal('tanpa-judul.csv', csv.slice(csv.indexOf('\n') + 1));
    expect(message.message_en).toContain('lacks the required columns: nama');
  });

  it('a workbook whose only sheet is empty', async () => {
    const message = await refusal('kosong.xlsx', await xlsxBuffer({ headers: [], rows: [] }));
    expect(message.message_en).toContain('nama, nik, no_kk');
  });
});
