// Households from OpenSID's RTM file: a good file is checked without writing, then applied in one
// transaction (households numbered as in the file, heads set, whole family cards moved, statistics current,
// audited) and a second run changes nothing; every bad row is reported by line and nothing is written;
// CSV with labels and semicolons reads the same. Who may import where: the scope harness (imports.scope-cases.ts).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, issuesOf, uploadAndCheck, uploadRequest } from '../../../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../../test/test-app.ts';
import { registerFamily } from '../../../test-support/families.ts';

const VILLAGE = '35.10.01.2001';
let t: TestApp;
let operator: TestUser;
/** NIKs of two families: [head, wife, child]. */
let one: string[];
let two: string[];
let familyOne: string;
let familyTwo: string;

type Row = [string | number, string | number, string | number];

async function rtmXlsx(rows: Row[], sheetName = 'RTM') {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(['NIK', 'NOMOR RUMAH TANGGA', 'STATUS HUBUNGAN DALAM RUMAH TANGGA']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const upload = (user: TestUser, content: Buffer | string, name = 'rtm.xlsx') =>
  user.request(uploadRequest(VILLAGE, 'households', name, content));

/** Uploads and waits for the check: the job and its issues by line. */
async function check(content: Buffer | string, name = 'rtm.xlsx') {
  const job = await uploadAndCheck(operator, VILLAGE, 'households', name, content);
  expect(job.status, JSON.stringify(job)).toBe('ready');
  return { job, issues: await issuesOf(operator, VILLAGE, job.id) };
}

/** Checks and saves: the finished job (committed) or the refusal of the commit. */
async function apply(content: Buffer | string) {
  const { job } = await check(content);
  return commitAndWait(operator, VILLAGE, job.id);
}

async function niksOf(residentIds: string[]) {
  const rows = await t.database.db
    .selectFrom('resident')
    .select(['id', 'nik'])
    .where('id', 'in', residentIds)
    .execute();
  return residentIds.map((id) => rows.find((r) => r.id === id)!.nik);
}

const householdCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('household')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  const a = await registerFamily(operator, VILLAGE);
  const b = await registerFamily(operator, VILLAGE);
  familyOne = a.familyId;
  familyTwo = b.familyId;
  one = await niksOf(a.residentIds);
  two = await niksOf(b.residentIds);
});
afterAll(() => t.close());

describe('POST /api/villages/:code/imports/households', () => {
  const good = (): Row[] => [
    [one[0]!, 'RT-01', 1],
    [one[1]!, 'RT-01', 2],
    [one[2]!, 'RT-01', 2],
    [two[0]!, 'RT-02', 1],
  ];

  it('checks a good file without writing anything', async () => {
    const { job, issues } = await check(await rtmXlsx(good()));
    expect(job).toMatchObject({ totalRows: 4, errorRows: 0, actionCounts: { create: 2 } });
    // Family two has three members but only its head is listed: the whole card moves, with a warning.
    expect(issues).toEqual([
      expect.objectContaining({ lineNo: 5, level: 'warning', code: 'RTM_WHOLE_FAMILY_MOVES', field: 'nik' }),
    ]);
    expect(await householdCount()).toBe(0);
  });

  it('applies it in one go, and a second run changes nothing', async () => {
    const { job } = await apply(await rtmXlsx(good()));
    expect(job).toMatchObject({ status: 'committed', result: { create: 2, familiesMoved: 2 } });
    const households = await t.database.db
      .selectFrom('household')
      .innerJoin('resident', (join) =>
        join
          .onRef('resident.village_code', '=', 'household.village_code')
          .onRef('resident.id', '=', 'household.head_resident_id'),
      )
      .select(['household.id', 'household.household_no', 'household.dusun', 'resident.nik'])
      .orderBy('household.household_no')
      .execute();
    expect(households.map((h) => [h.household_no, h.nik, h.dusun])).toEqual([
      ['RT-01', one[0], 'Krajan'],
      ['RT-02', two[0], 'Krajan'],
    ]);
    const families = await t.database.db
      .selectFrom('family')
      .select(['id', 'household_id'])
      .where('id', 'in', [familyOne, familyTwo])
      .execute();
    expect(new Set(families.map((f) => f.household_id))).toEqual(new Set(households.map((h) => h.id)));
    const stats = await operator.request({ method: 'GET', url: `/api/population/stats?region=${VILLAGE}` });
    expect(stats.json().totals.households).toBe(2);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'population.household_import')
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({ create: 2, familiesMoved: 2, fileName: 'rtm.xlsx' }),
      }),
    ]);

    const again = await apply(await rtmXlsx(good()));
    expect(again.job).toMatchObject({
      status: 'committed',
      result: { create: 0, update: 0, unchanged: 2, familiesMoved: 0 },
    });
    expect(await householdCount()).toBe(2);
  });

  it('reports every bad row by line, refuses to apply, and writes nothing', async () => {
    const before = await householdCount();
    const rows: Row[] = [
      ['3510999999999999', 'RT-09', 1], // line 2: not a resident here
      [one[0]!, 'RT-09', 3], // line 3: status 3 is no code
      [one[1]!, '', 2], // line 4: no number
      [one[1]!, 'RT-09', 2], // line 5: fine (line 4 had no number, so this is the first time)
      [one[1]!, 'RT-09', 2], // line 6: same NIK again
      [two[0]!, 'RT-10', 2], // line 7: RT-10 has no head
      [two[1]!, 'RT-11', 1], // line 8: same family as line 7, another household
      ['351001120580', 'RT-11', 2], // line 9: 12 digits, a NIK that lost its serial
    ];
    const { job, issues } = await check(await rtmXlsx(rows));
    const refused = await commitAndWait(operator, VILLAGE, job.id);
    expect(refused.response.statusCode).toBe(409);
    expect(refused.response.json().code).toBe('IMPORT_HAS_ERRORS');
    const partial = await commitAndWait(operator, VILLAGE, job.id, 'valid_only');
    expect(partial.response.json().code).toBe('IMPORT_PARTIAL_NOT_ALLOWED');
    const found = issues.map((i) => [i.lineNo, i.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        [2, 'RTM_NIK_UNKNOWN'],
        [3, 'CODE_UNKNOWN'],
        [4, 'REQUIRED_MISSING'],
        [5, 'RTM_NO_HEAD'],
        [6, 'RTM_NIK_DUPLICATE'],
        [7, 'RTM_NO_HEAD'],
        [8, 'RTM_FAMILY_SPLIT'],
        [9, 'NIK_FORMAT'],
      ]),
    );
    for (const issue of issues) expect(issue.message.id).toMatch(/\w/);
    const unknown = issues.find((i) => i.lineNo === 2)!;
    expect(unknown.identifierMasked).toBe((await t.masks()).civil('3510999999999999'));
    // A NIK of the wrong length is shown as invalid, never masked as if it were one.
    expect(issues.find((i) => i.lineNo === 9)!.identifierMasked).toBe('⚠ 12 digit');
    expect(JSON.stringify(issues)).not.toMatch(/\d{16}/);
    expect(await householdCount()).toBe(before);
  });

  it('reports a second head on its own line', async () => {
    const { issues } = await check(
      await rtmXlsx([
        [one[0]!, 'RT-01', 1],
        [two[0]!, 'RT-01', 1],
      ]),
    );
    const errors = issues.filter((i) => i.level === 'error');
    expect(errors).toEqual([expect.objectContaining({ lineNo: 3, code: 'RTM_MANY_HEADS' })]);
  });

  it('reads CSV with semicolons and labels the same way', async () => {
    const csv = [
      'NIK;NOMOR RUMAH TANGGA;STATUS HUBUNGAN DALAM RUMAH TANGGA',
      `${two[0]};RT-01;ANGGOTA`,
      `${one[0]};RT-01;KEPALA KELUARGA`,
    ].join('\r\n');
    const { job, issues } = await check(csv, 'rtm.csv');
    // Family two joins household RT-01, whose head stays the same.
    expect(job).toMatchObject({ errorRows: 0, actionCounts: { update: 1 } });
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
  });

  it('reads a number without its zeros or in another case as the household that has it', async () => {
    const count = await householdCount();
    const { job } = await apply(
      await rtmXlsx([
        [one[0]!, 'rt-01', 1],
        [one[1]!, 'RT-01', 2],
        [one[2]!, ' RT-01', 2],
        [two[0]!, 'rt-02', 1],
      ]),
    );
    expect(job).toMatchObject({ status: 'committed', result: { create: 0 } });
    expect(await householdCount()).toBe(count);
  });

  it('reads the RTM columns from whatever sheet holds them, and says which', async () => {
    const { job } = await check(await rtmXlsx(good(), 'Sheet1'));
    expect(job).toMatchObject({ sheetName: 'Sheet1', errorRows: 0 });
    expect(job.notes[0]!.id).toContain('"Sheet1"');
  });

  it('refuses a file that is not the RTM template, naming what is wrong', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Data Penduduk').addRow(['nik', 'nama']);
    workbook.getWorksheet('Data Penduduk')!.addRow([one[0]!, 'X']);
    const wrongSheet = await upload(operator, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(wrongSheet.statusCode).toBe(400);
    expect(wrongSheet.json().errors[0]).toMatchObject({
      field: 'file',
      message: expect.stringContaining('nomor rumah tangga'),
    });
    const noRows = await upload(operator, await rtmXlsx([]));
    expect(noRows.statusCode).toBe(400);
    const text = await upload(operator, 'hello', 'rtm.txt');
    expect(text.statusCode).toBe(400);
  });
});
