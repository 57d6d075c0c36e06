// OpenSID's program file (sheets Program and Peserta, each ending at ###): the program found by OpenSID's id
// (of this village), by name or code, or made as a village program; every participant matched against the
// registry as the sasaran asks (KK number with a member's NIK, household number, NIK) and reported; a
// program sheet that cannot be used blocks every line; a re-import changes nothing; a workbook without the
// sheets is refused on `file`. The sample file from OpenSID itself is read too when ../shared is present.
import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, issuesOf, uploadAndCheck, uploadRequest } from '../../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import {
  enrolmentsOf,
  HOUSEHOLD_ONE,
  householdsSharingNumber,
  seedRegistry,
  type Registry,
} from '../test-support/registry.ts';

const VILLAGE = '35.10.01.2001';
const IMPORTER = 'assistance-opensid';
const SAMPLE = new URL(
  '../../../../../../../../shared/samples/opensid/format_impor_program_bantuan.xlsx',
  import.meta.url,
);
let t: TestApp;
let operator: TestUser;
let r: Registry;

type Cell = string | number | Date | null;

async function programFile(program: Cell[], participants: Cell[][], sheets = ['Program', 'Peserta']) {
  const workbook = new ExcelJS.Workbook();
  const labels = ['ID Program', 'Nama Program', 'Sasaran Program', 'Keterangan', 'Asal Dana'];
  const sheet = workbook.addWorksheet(sheets[0]);
  [...labels, 'Rentang Waktu (Awal)', 'Rentang Waktu (Akhir)'].forEach((label, i) =>
    sheet.addRow([label, program[i] ?? null]),
  );
  sheet.addRow(['###']);
  sheet.addRow(['Catatan:']);
  sheet.addRow(['2. Sasaran : 1 = Penduduk, 2 = Keluarga, 3 = Rumah Tangga, 4 = Kelompok']);
  const peserta = workbook.addWorksheet(sheets[1]);
  peserta.addRow(['Peserta', 'No. Peserta', 'NIK', 'Nama', 'Tempat Lahir', 'Tanggal Lahir', 'Alamat']);
  for (const row of participants) peserta.addRow(row);
  peserta.addRow(['###']);
  peserta.addRow(['Catatan:']);
  peserta.addRow(['1. Sesuaikan kolom peserta (A) berdasarkan sasaran']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function check(content: Buffer) {
  const job = await uploadAndCheck(operator, VILLAGE, IMPORTER, 'program.xlsx', content);
  expect(job.status, JSON.stringify(job)).toBe('ready');
  const issues = await issuesOf(operator, VILLAGE, job.id);
  const errors = Object.fromEntries(issues.filter((i) => i.level === 'error').map((i) => [i.lineNo, i.code]));
  return { job, issues, errors };
}

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  r = await seedRegistry(t, operator, VILLAGE);
  await householdsSharingNumber(t, VILLAGE, 'DUP-1');
});
afterAll(() => t.close());

describe('POST /api/villages/:code/imports/assistance-opensid', () => {
  const pangan = (): Cell[] => [
    '17',
    'Bantuan Pangan Desa',
    2,
    'Beras 10 kg',
    'Dana Desa',
    '2026-01-01',
    '2026-12-31',
  ];

  it('makes the village program the file names and enrols the participants that match', async () => {
    const file = await programFile(pangan(), [
      [r.kkOne, 'BPD-01', r.one[1]!, 'SITI AMINAH', 'BANYUWANGI', '1984-07-02', 'RT 002 RW 001'], // 2: matched
      [r.kkTwo, 'BPD-02', r.one[0]!, 'SLAMET', null, null, null], // 3: the NIK is not on that KK
      ['3510010101209999', 'BPD-03', r.two[0]!, null, null, null, null], // 4: no such active KK
      [r.kkTwo, 'BPD-04', r.two[0]!, null, null, '31/02/1980', null], // 5: not a date
    ]);
    const { job, errors } = await check(file);
    expect(errors).toEqual({ 3: 'ASSIST_WRONG_UNIT', 4: 'ASSIST_NOT_FOUND', 5: 'DATE_INVALID' });
    expect(job.actionCounts).toEqual({ enrol: 1 });
    const { job: saved } = await commitAndWait(operator, VILLAGE, job.id, 'valid_only');
    expect(saved?.result).toEqual({ enrolled: 1, updated: 0 });
    const program = await t.database.db
      .selectFrom('assistance_program')
      .selectAll()
      .where('opensid_id', '=', '17')
      .executeTakeFirstOrThrow();
    expect(program).toMatchObject({
      name: 'Bantuan Pangan Desa',
      code: 'BANTUAN-PANGAN-DES-3510012001',
      level: 'village',
      owner_area_code: VILLAGE,
      fund_source: 'dana_desa',
      target_unit: 'family',
      description: 'Beras 10 kg',
    });
    expect(await enrolmentsOf(t, VILLAGE)).toEqual([
      expect.objectContaining({
        code: program.code,
        unit_type: 'family',
        card_number: 'BPD-01',
        status: 'active',
      }),
    ]);

    // The same file again: the program is found by its OpenSID id, the participant is enrolled already.
    const again = await check(file);
    expect(again.job.actionCounts).toEqual({});
    expect(
      await t.database.db
        .selectFrom('assistance_program')
        .select('id')
        .where('name', '=', 'Bantuan Pangan Desa')
        .execute(),
    ).toHaveLength(1);
  });

  it('finds a recorded program by its name and matches households by their number', async () => {
    const { job, errors } = await check(
      await programFile(
        ['', 'RTLH', 3, null, 'Kab/Kota', null, null],
        [
          [HOUSEHOLD_ONE, 'R-1', r.one[0]!, null, null, null, null], // 2: matched (a member of the household)
          ['DUP-1', 'R-2', r.two[0]!, null, null, null, null], // 3: two households carry the number
          [HOUSEHOLD_ONE, 'R-3', r.one[1]!, null, null, null, null], // 4: line 2's household again
        ],
      ),
    );
    expect(errors).toEqual({ 3: 'ASSIST_AMBIGUOUS', 4: 'ASSIST_DUPLICATE' });
    expect(job.actionCounts).toEqual({ enrol: 1 });
  });

  it('blocks every line when the program sheet cannot be used', async () => {
    const wrongUnit = await check(
      await programFile(
        ['', 'PKH', 1, null, 'Pusat', null, null],
        [[r.one[0]!, '1', r.one[0]!, null, null, null, null]],
      ),
    );
    expect(wrongUnit.errors).toEqual({ 2: 'ASSIST_PROGRAM_SHEET_INVALID' });
    expect(wrongUnit.issues[0]!.message.id).toContain('bersasaran');
    const badSasaran = await check(
      await programFile(
        ['', 'Apa Saja', 9, null, 'Pusat', 'kemarin', null],
        [[r.one[0]!, '1', r.one[0]!, null, null, null, null]],
      ),
    );
    expect(badSasaran.errors).toEqual({ 2: 'ASSIST_PROGRAM_SHEET_INVALID' });
    expect(badSasaran.issues[0]!.message.en).toMatch(/Sasaran Program.*Rentang Waktu \(Awal\)/);
  });

  it('refuses on `file` a workbook without the Program sheet, and CSV', async () => {
    const noProgram = await operator.request(
      uploadRequest(
        VILLAGE,
        IMPORTER,
        'p.xlsx',
        await programFile(pangan(), [[r.kkOne, '1', r.one[0]!, null, null, null, null]], ['Lain', 'Peserta']),
      ),
    );
    expect(noProgram.statusCode).toBe(400);
    expect(noProgram.json().errors[0]).toMatchObject({
      field: 'file',
      message: expect.stringContaining('"Program"'),
    });
    const csv = await operator.request(uploadRequest(VILLAGE, IMPORTER, 'p.csv', 'peserta,nik\n1,2\n'));
    expect(csv.statusCode).toBe(400);
    expect(csv.json().errors[0]).toMatchObject({ field: 'file' });
  });

  it.skipIf(!existsSync(SAMPLE))(
    "reads OpenSID's own sample file (skipped when ../shared is absent)",
    async () => {
      const { job, errors } = await check(readFileSync(SAMPLE));
      // The sample's participants live in Lombok, not in this village.
      expect(job.totalRows).toBe(2);
      expect(errors, JSON.stringify(await issuesOf(operator, VILLAGE, job.id))).toEqual({
        2: 'ASSIST_NOT_FOUND',
        3: 'ASSIST_NOT_FOUND',
      });
    },
  );
});
