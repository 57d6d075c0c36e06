// Households from OpenSID's RTM file: a good file is checked without writing, then applied in one
// transaction (households numbered as in the file, heads set, whole family cards moved, statistics current,
// audited) and a second run changes nothing; every bad row is reported by line and nothing is written;
// CSV with labels and semicolons reads the same; other villages and read-only roles are kept out.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../test-support/families.ts';

const VILLAGE = '35.10.01.2001';
let t: TestApp;
let operator: TestUser;
let district: TestUser;
let otherOperator: TestUser;
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

function upload(user: TestUser, content: Buffer | string, options: { commit?: boolean; name?: string } = {}) {
  const form = new FormData();
  if (options.commit) form.append('commit', 'true');
  const bytes = typeof content === 'string' ? content : new Uint8Array(content);
  form.append('file', new Blob([bytes]), options.name ?? 'rtm.xlsx');
  return user.request({ method: 'POST', url: `/api/villages/${VILLAGE}/households/import`, payload: form });
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
  district = await t.createUser('district_staff', '35.10.01');
  otherOperator = await t.createUser('village_operator', '35.10.02.2001');
  const a = await registerFamily(operator, VILLAGE);
  const b = await registerFamily(operator, VILLAGE);
  familyOne = a.familyId;
  familyTwo = b.familyId;
  one = await niksOf(a.residentIds);
  two = await niksOf(b.residentIds);
});
afterAll(() => t.close());

describe('POST /api/villages/:code/households/import', () => {
  const good = (): Row[] => [
    [one[0]!, 'RT-01', 1],
    [one[1]!, 'RT-01', 2],
    [one[2]!, 'RT-01', 2],
    [two[0]!, 'RT-02', 1],
  ];

  it('checks a good file without writing anything', async () => {
    const res = await upload(operator, await rtmXlsx(good()));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      committed: false,
      rows: 4,
      households: { create: 2, update: 0, unchanged: 0 },
      familiesMoved: 2,
    });
    // Family two has three members but only its head is listed: the whole card moves, with a warning.
    expect(res.json().issues).toEqual([
      expect.objectContaining({ lineNo: 5, level: 'warning', code: 'RTM_WHOLE_FAMILY_MOVES', field: 'nik' }),
    ]);
    expect(await householdCount()).toBe(0);
  });

  it('applies it in one go, and a second run changes nothing', async () => {
    const res = await upload(operator, await rtmXlsx(good()), { commit: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ committed: true, households: { create: 2 }, familiesMoved: 2 });
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
    expect(audit).toEqual([expect.objectContaining({ details: expect.objectContaining({ rows: 4 }) })]);

    const again = await upload(operator, await rtmXlsx(good()), { commit: true });
    expect(again.json()).toMatchObject({
      committed: true,
      households: { create: 0, update: 0, unchanged: 2 },
      familiesMoved: 0,
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
      ['12345', 'RT-11', 2], // line 9: not 16 digits
    ];
    const res = await upload(operator, await rtmXlsx(rows), { commit: true });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('IMPORT_HAS_ERRORS');
    const found = res.json().report.issues.map((i: { lineNo: number; code: string }) => [i.lineNo, i.code]);
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
    for (const issue of res.json().report.issues) expect(issue.message).toMatch(/\w/);
    const unknown = res.json().report.issues.find((i: { lineNo: number }) => i.lineNo === 2);
    expect(unknown.nikMasked).toBe('3510••••••••9999');
    expect(JSON.stringify(res.json())).not.toMatch(/\d{16}/);
    expect(await householdCount()).toBe(before);
  });

  it('reports a second head on its own line', async () => {
    const res = await upload(
      operator,
      await rtmXlsx([
        [one[0]!, 'RT-01', 1],
        [two[0]!, 'RT-01', 1],
      ]),
    );
    const errors = res.json().issues.filter((i: { level: string }) => i.level === 'error');
    expect(errors).toEqual([expect.objectContaining({ lineNo: 3, code: 'RTM_MANY_HEADS' })]);
  });

  it('reads CSV with semicolons and labels the same way', async () => {
    const csv = [
      'NIK;NOMOR RUMAH TANGGA;STATUS HUBUNGAN DALAM RUMAH TANGGA',
      `${two[0]};RT-01;ANGGOTA`,
      `${one[0]};RT-01;KEPALA KELUARGA`,
    ].join('\r\n');
    const res = await upload(operator, csv, { name: 'rtm.csv' });
    expect(res.statusCode, res.body).toBe(200);
    // Family two joins household RT-01, whose head stays the same.
    expect(res.json()).toMatchObject({ households: { update: 1 }, familiesMoved: 1 });
    expect(res.json().issues.filter((i: { level: string }) => i.level === 'error')).toEqual([]);
  });

  it('reads a number without its zeros or in another case as the household that has it', async () => {
    const count = await householdCount();
    const res = await upload(
      operator,
      await rtmXlsx([
        [one[0]!, 'rt-01', 1],
        [one[1]!, 'RT-01', 2],
        [one[2]!, ' RT-01', 2],
        [two[0]!, 'rt-02', 1],
      ]),
      { commit: true },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ households: { create: 0 } });
    expect(res.json().issues.filter((i: { level: string }) => i.level === 'error')).toEqual([]);
    expect(await householdCount()).toBe(count);
  });

  it('refuses a file that is not the RTM template, naming what is wrong', async () => {
    const wrongSheet = await upload(operator, await rtmXlsx(good(), 'Data Penduduk'));
    expect(wrongSheet.statusCode).toBe(400);
    expect(wrongSheet.json().errors[0]).toMatchObject({
      field: 'file',
      message: expect.stringContaining('"RTM"'),
    });
    const noRows = await upload(operator, await rtmXlsx([]));
    expect(noRows.statusCode).toBe(400);
    const text = await upload(operator, 'hello', { name: 'rtm.txt' });
    expect(text.statusCode).toBe(400);
  });

  it('keeps other villages and read-only roles out', async () => {
    const file = await rtmXlsx(good());
    expect((await upload(otherOperator, file)).statusCode).toBe(404);
    expect((await upload(district, file)).statusCode).toBe(403);
  });
});
