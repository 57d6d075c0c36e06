// The OpenDK resident exchange as an import: the zip OpenSID sends to OpenDK (photos beside one .xlsx) or its
// bare .xlsx, checked by the resident importer's rules under OpenDK's column names; rows of another village
// refused line by line; zips that are not what OpenSID sends refused at upload, on the file field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, issuesOf, uploadAndCheck, uploadRequest } from '../../../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../../test/test-app.ts';
import { ZIP_LIMITS } from '../../../../../platform/sheets/zip-archive.ts';
import { xlsxBuffer, goodRows } from '../../test-fixtures.ts';
import {
  fixtureVillage as village,
  opendkRows,
  opendkXlsx,
  opendkZip,
  photoBytes,
  zipOf,
} from './test-fixtures.ts';

let t: TestApp;
let operator: TestUser;
const importer = 'residents-opendk';

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', village);
});
afterAll(() => t.close());

const upload = (name: string, content: Buffer) => uploadAndCheck(operator, village, importer, name, content);
const refusal = async (name: string, content: Buffer, to = importer) => {
  const res = await operator.request(uploadRequest(village, to, name, content));
  expect(res.statusCode).toBe(400);
  const [error] = res.json<{ errors: { field: string; message: string; message_en: string }[] }>().errors;
  expect(error?.field).toBe('file');
  return error!;
};

describe('importing the zip OpenSID sends to OpenDK', () => {
  it('reads the .xlsx in the zip, says the photo was left out, saves 20 residents, and changes nothing the second time', async () => {
    const zip = await opendkZip(opendkRows());
    const job = await upload('penduduk_02_12_2026_opendk.zip', zip);
    expect(job).toMatchObject({
      status: 'ready',
      sheetName: 'Sheet1',
      totalRows: 20,
      errorRows: 0,
      actionCounts: { insert: 20 },
    });
    expect(job.notes.map((note) => note.en)).toEqual([
      'Data was read from penduduk_02_12_2026_opendk.xlsx in the zip.',
      '1 resident photos in the zip were not imported: Smart Kampung does not keep resident photos yet.',
    ]);
    const saved = await commitAndWait(operator, village, job.id);
    expect(saved.job).toMatchObject({ status: 'committed', result: { inserted: 20, updated: 0 } });

    const head = await t.database.db
      .selectFrom('resident as r')
      .innerJoin('family as f', (j) =>
        j.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
      )
      .select([
        'r.full_name',
        'r.birth_date',
        'r.religion',
        'r.relationship',
        'f.kk_number',
        'f.rt',
        'f.dusun',
      ])
      .where('r.village_code', '=', village)
      .where('r.nik', '=', opendkRows()[0]!.nomor_nik as string)
      .executeTakeFirstOrThrow();
    expect(head).toEqual({
      full_name: 'Slamet Riyadi',
      birth_date: '1980-05-12',
      religion: 1,
      relationship: 1,
      kk_number: '3510011203200001',
      rt: '002',
      dusun: 'Krajan',
    });

    const again = await upload('penduduk_opendk.zip', zip);
    expect(again).toMatchObject({ status: 'ready', errorRows: 0, actionCounts: { unchanged: 20 } });
  });

  it('takes the bare .xlsx too, and lists a changed value under its OpenDK column', async () => {
    const rows = opendkRows();
    rows[1] = { ...rows[1]!, pekerjaan: '3' };
    const job = await upload('penduduk_opendk.xlsx', await opendkXlsx(rows));
    expect(job).toMatchObject({ status: 'ready', errorRows: 0, actionCounts: { unchanged: 19, update: 1 } });
    const res = await operator.request({
      method: 'GET',
      url: `/api/villages/${village}/imports/${job.id}/rows?kind=changes&limit=50`,
    });
    expect(res.json().items).toEqual([
      expect.objectContaining({ lineNo: 3, changes: [{ field: 'pekerjaan', from: 9, to: 3 }] }),
    ]);
  });
});

describe('lines the OpenDK import refuses', () => {
  it('refuses rows of another village and rows without desa_id, and reads the code with or without dots', async () => {
    // Lines 7, 11 and 15 are members, not heads, so their families still stand without them.
    const desaOf = (i: number) =>
      i === 5 ? '35.10.02.2001' : i === 9 ? null : i === 13 ? 'Sarongan' : '3510012001';
    const rows = opendkRows(1).map((row, i) => ({ ...row, desa_id: desaOf(i) }));
    const job = await upload('campur.xlsx', await opendkXlsx(rows));
    const issues = await issuesOf(operator, village, job.id);
    const onDesa = issues.filter((issue) => issue.field === 'desa_id');
    expect(onDesa.map((issue) => [issue.lineNo, issue.code])).toEqual([
      [7, 'DESA_ID_OTHER_VILLAGE'],
      [11, 'REQUIRED_MISSING'],
      [15, 'DESA_ID_OTHER_VILLAGE'],
    ]);
    expect(onDesa[0]!.message.en).toBe(
      'This line belongs to village 35.10.02.2001, not 35.10.01.2001. Import it in its own village, or remove the line.',
    );
    expect(onDesa[0]!.identifierMasked).toBe(
      (await t.masks()).civil(String((rows[5] as Record<string, unknown>).nomor_nik)),
    );
    expect(onDesa[2]!.message.en).toBe(
      'Column desa_id holds "Sarongan", which is not a village code like 35.10.01.2001.',
    );
    // The other 17 lines, their code written without dots, are this village's and go in as usual.
    expect(job).toMatchObject({ errorRows: 3, actionCounts: { insert: 17 } });
    const saved = await commitAndWait(operator, village, job.id, 'valid_only');
    expect(saved.job?.result).toMatchObject({ inserted: 17 });
  });

  it("names the file's own OpenDK columns in the resident rules' messages (a KK of 0, a bad birth date)", async () => {
    const rows = opendkRows(2);
    rows[2] = { ...rows[2]!, nomor_kk: '0' };
    rows[3] = { ...rows[3]!, tanggal_lahir: '2010-13-45' };
    const job = await upload('salah.xlsx', await opendkXlsx(rows));
    const issues = await issuesOf(operator, village, job.id);
    const kk = issues.find((issue) => issue.lineNo === 4 && issue.level === 'error');
    expect(kk?.field).toBe('nomor_kk');
    const birth = issues.find((issue) => issue.lineNo === 5 && issue.code === 'DATE_INVALID');
    expect(birth).toMatchObject({ field: 'tanggal_lahir' });
    expect(birth!.message.id).toContain('Kolom tanggal_lahir berisi "2010-13-45"');
    expect(JSON.stringify(issues)).not.toMatch(/tanggallahir|no_kk/);
  });
});

describe('files the OpenDK import refuses at upload', () => {
  it('refuses a zip without an .xlsx and a zip with two', async () => {
    const none = await refusal('foto.zip', zipOf({ 'a.jpg': photoBytes }));
    expect(none.message_en).toMatch(/^The zip holds no \.xlsx resident file/);
    const sheet = await opendkXlsx(opendkRows().slice(0, 2));
    const two = await refusal('dua.zip', zipOf({ 'a.xlsx': sheet, 'b.xlsx': sheet }));
    expect(two.message_en).toBe(
      'The zip holds more than one .xlsx file ("a.xlsx", "b.xlsx"); send one resident file per upload.',
    );
  });

  it('refuses a zip of too many entries, and one that declares more than the cap once unpacked, before inflating it', async () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= ZIP_LIMITS.entries; i++) many[`f/${i}.txt`] = new Uint8Array(0);
    const crowded = await refusal('banyak.zip', zipOf(many));
    expect(crowded.message_en).toBe(
      `The zip holds more than ${ZIP_LIMITS.entries} files. Send a zip with only the residents' .xlsx file (and their photos).`,
    );
    // A bomb's central directory: the sheet claims 4 GB unpacked.
    const bomb = zipOf({ 'penduduk.xlsx': await opendkXlsx(opendkRows().slice(0, 2)) });
    const directory = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(0xffff_fff0, directory + 24);
    const large = await refusal('bom.zip', bomb);
    expect(large.message_en).toMatch(/^The zip is too large once unpacked \(4096 MB, at most 512 MB\)/);
  });

  it('refuses a damaged zip', async () => {
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect((await refusal('rusak.zip', damaged)).message_en).toMatch(/^The zip file cannot be opened/);
  });

  it('refuses a zip sent to the OpenSID template importer, which takes no zip', async () => {
    const zip = await opendkZip(opendkRows().slice(0, 1));
    const error = await refusal('penduduk.zip', zip, 'residents');
    expect(error.message_en).toMatch(/^The file must be \.xlsx, \.xlsm, \.xls or \.csv/);
  });

  it('refuses an OpenSID template file: its header lacks the OpenDK columns', async () => {
    const error = await refusal('template.xlsx', await xlsxBuffer({ rows: goodRows().slice(0, 1) }));
    expect(error.message_en).toMatch(
      /nomor_nik, nomor_kk, jenis_kelamin, tanggal_lahir, hubungan_keluarga, desa_id/,
    );
  });
});
