// Housing facts from the Regsosek workbook's "3.keterangan perumahan" sheet: a good file is checked without
// writing, then applied in one transaction (each card's household updated, a household made for a card in
// none, a follow-up the new answers skip cleared, statistics current, audited) and a second run changes
// nothing; every bad row is reported by line and question and nothing is written; two cards of one house
// must agree; CSV with labels reads the same. Who may import where: the scope harness (imports.scope-cases.ts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FLOOR_MATERIAL, REGSOSEK_HOUSING_VARIABLES } from '@smart-kampung/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, issuesOf, uploadAndCheck, uploadRequest } from '../../../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../../test/test-app.ts';
import { registerFamily } from '../../../test-support/families.ts';

const VILLAGE = '35.10.01.2001';
const SAMPLE = path.resolve(
  import.meta.dirname,
  '../../../../../../../shared/samples/opensid/format_impor_dtks_regsosek2022k.xlsx',
);
let t: TestApp;
let operator: TestUser;
const kk: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };
const familyId: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };
const headOf: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };
let shared: string;
let alone: string;

type Answers = Record<string, string | number>;

/** The workbook as OpenSID ships it: two title rows, then the header (question numbers partly as numbers). */
async function regsosekXlsx(rows: [string | number, Answers][], sheetName = '3.keterangan perumahan') {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('1.keterangan tempat').addRow(['no kartu keluarga']);
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(['', 'III. KETERANGAN PERUMAHAN']);
  sheet.addRow(['', '', '', '', '', '', '', '', '', '', '307b. Jika 307.a berkode 1']);
  const variables = REGSOSEK_HOUSING_VARIABLES.map((v) => v.variable);
  sheet.addRow(['no kartu keluarga', ...variables.map((v) => (/^\d+$/.test(v) ? Number(v) : v))]);
  for (const [number, answers] of rows) sheet.addRow([number, ...variables.map((v) => answers[v] ?? null)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const upload = (user: TestUser, content: Buffer | string, name = 'dtks.xlsx') =>
  user.request(uploadRequest(VILLAGE, 'housing', name, content));

/** Uploads and waits for the check: the job and its issues by line. */
async function check(content: Buffer | string, name = 'dtks.xlsx') {
  const job = await uploadAndCheck(operator, VILLAGE, 'housing', name, content);
  expect(job.status, JSON.stringify(job)).toBe('ready');
  return { job, issues: await issuesOf(operator, VILLAGE, job.id) };
}

/** Checks and saves: the checked job's issues, and the commit's answer and finished job. */
async function apply(content: Buffer | string, name = 'dtks.xlsx') {
  const checked = await check(content, name);
  return { ...checked, ...(await commitAndWait(operator, VILLAGE, checked.job.id)) };
}

const household = (id: string) =>
  t.database.db.selectFrom('household').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const householdOfFamily = async (id: string) =>
  (
    await t.database.db
      .selectFrom('family')
      .select('household_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).household_id;
const householdCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('household')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('village_code', '=', VILLAGE)
        .executeTakeFirstOrThrow()
    ).n,
  );
const statHouseholds = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('population_stat')
        .select('total')
        .where('village_code', '=', VILLAGE)
        .where('dimension', '=', 'totals')
        .where('key', '=', 'households')
        .executeTakeFirst()
    )?.total ?? 0,
  );

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  for (const key of ['a', 'b', 'c', 'd'] as const) {
    const family = await registerFamily(operator, VILLAGE);
    familyId[key] = family.familyId;
    headOf[key] = family.residentIds[0]!;
    kk[key] = (
      await t.database.db
        .selectFrom('family')
        .select('kk_number')
        .where('id', '=', family.familyId)
        .executeTakeFirstOrThrow()
    ).kk_number;
  }
  const post = async (payload: Record<string, unknown>) => {
    const res = await operator.request({
      method: 'POST',
      url: `/api/villages/${VILLAGE}/households`,
      payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  // Cards a and b share a house whose owner holds a certificate; d lives alone; c is in no household yet.
  shared = await post({
    householdNo: 'H-01',
    familyIds: [familyId.a, familyId.b],
    housing: { house_ownership: 1, land_title: 1, floor_material: 2 },
  });
  alone = await post({ householdNo: 'H-02', familyIds: [familyId.d], housing: { floor_area_m2: 40 } });
});
afterAll(() => t.close());

describe('POST /api/villages/:code/households/housing-import', () => {
  // a: the house is now rented (so its land title no longer applies), floor by label; b agrees on the floor;
  // c: a card in no household, many answers; d: nothing new.
  const good = (): [string, Answers][] => [
    [kk.a, { '301a': 2, '303': FLOOR_MATERIAL[0]!.id, '306a': 4, '306b': 2 }],
    [kk.b, { '303': FLOOR_MATERIAL[0]!.code }],
    [kk.c, { '301a': 1, '301b': 1, '302': 36, '307a': 1, '307b1': 2, '307b2': 1, '309a': 1, '309b': 1 }],
    [kk.d, { '302': 40 }],
  ];

  it('checks a good file without writing anything', async () => {
    const before = await household(shared);
    const count = await householdCount();
    const { job, issues } = await check(await regsosekXlsx(good()));
    expect(job).toMatchObject({ totalRows: 4, actionCounts: { create: 1, update: 1, unchanged: 1 } });
    expect(issues).toEqual([
      expect.objectContaining({
        lineNo: 4,
        level: 'warning',
        code: 'REGSOSEK_FOLLOW_UP_CLEARED',
        field: '301b',
      }),
      expect.objectContaining({ lineNo: 6, level: 'warning', code: 'REGSOSEK_HOUSEHOLD_CREATED' }),
    ]);
    expect(issues[0]!.identifierMasked).toBe((await t.masks()).civil(kk.a));
    expect(await household(shared)).toEqual(before);
    expect(await householdCount()).toBe(count);
    expect(await householdOfFamily(familyId.c)).toBeNull();
  });

  it('applies it in one go, and a second run changes nothing', async () => {
    const count = await householdCount();
    const stat = await statHouseholds();
    const { job } = await apply(await regsosekXlsx(good()));
    expect(job).toMatchObject({ status: 'committed', result: { create: 1, update: 1, unchanged: 1 } });

    expect(await household(shared)).toMatchObject({
      house_ownership: 2,
      land_title: null,
      floor_material: FLOOR_MATERIAL[0]!.code,
      drinking_water_source: 4,
      water_waste_distance: 2,
    });
    const made = await householdOfFamily(familyId.c);
    expect(made).not.toBeNull();
    expect(await household(made!)).toMatchObject({
      household_no: null,
      dusun: 'Krajan',
      rw: '001',
      rt: '002',
      head_resident_id: headOf.c,
      house_ownership: 1,
      land_title: 1,
      floor_area_m2: 36,
      lighting_source: 1,
      electricity_power: 2,
      electricity_power_2: 1,
      toilet_facility: 1,
      toilet_type: 1,
    });
    expect(await household(alone)).toMatchObject({ floor_area_m2: 40 });
    expect(await householdCount()).toBe(count + 1);
    expect(await statHouseholds()).toBe(stat + 1);

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'population.housing_import')
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({
          create: 1,
          changed: expect.arrayContaining([
            {
              householdId: shared,
              created: false,
              columns: expect.arrayContaining(['house_ownership', 'land_title']),
            },
          ]),
        }),
      }),
    ]);

    const again = await apply(await regsosekXlsx(good()));
    expect(again.job).toMatchObject({ status: 'committed', result: { create: 0, update: 0, unchanged: 3 } });
    expect(again.issues).toEqual([]);
    expect(await householdCount()).toBe(count + 1);
  });

  it('reports every bad row by line and question, refuses to apply, and writes nothing', async () => {
    const before = await household(alone);
    const count = await householdCount();
    const file = await regsosekXlsx([
      ['3510019999999999', { '303': 1 }],
      ['35100112', { '303': 1 }],
      [kk.d, { '303': 99, '302': 1000, '307a': 'lampu minyak' }],
      [kk.a, { '303': 1 }],
      [kk.b, { '303': 2 }],
      [kk.c, { '301a': 3, '301b': 1 }],
      [kk.c, { '302': 20 }],
    ]);
    const { response, issues } = await apply(file);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('IMPORT_HAS_ERRORS');
    const found = issues.map((i) => [i.lineNo, i.field, i.code]);
    expect(found).toEqual([
      [4, 'no kartu keluarga', 'REGSOSEK_KK_UNKNOWN'],
      [5, 'no kartu keluarga', 'KK_FORMAT'],
      [6, '302', 'FLOOR_AREA_RANGE'],
      [6, '303', 'CODE_UNKNOWN'],
      [6, '307a', 'CODE_UNKNOWN'],
      [8, '303', 'REGSOSEK_HOUSEHOLD_DISAGREES'],
      [9, '301b', 'HOUSING_FOLLOW_UP_SKIPPED'],
      [10, 'no kartu keluarga', 'REGSOSEK_KK_DUPLICATE'],
    ]);
    expect(await household(alone)).toEqual(before);
    expect(await householdCount()).toBe(count);
  });

  it('reads CSV with semicolons, a header on line 1 and labels the same way', async () => {
    const csv = ['no kartu keluarga;302;303', `${kk.d};45;${FLOOR_MATERIAL[1]!.id.toUpperCase()}`].join(
      '\r\n',
    );
    const { job, issues } = await apply(csv, 'perumahan.csv');
    expect(job).toMatchObject({ status: 'committed', result: { update: 1 } });
    expect(issues).toEqual([]);
    expect(await household(alone)).toMatchObject({
      floor_area_m2: 45,
      floor_material: FLOOR_MATERIAL[1]!.code,
    });
  });

  it('refuses a file that is not the housing sheet, naming what is wrong', async () => {
    const renamed = await check(await regsosekXlsx([[kk.d, { '302': 40 }]], 'Perumahan'));
    expect(renamed.job).toMatchObject({ sheetName: 'Perumahan', errorRows: 0 });
    const wrong = new ExcelJS.Workbook();
    wrong.addWorksheet('Catatan').addRow(['nomor', 'catatan']);
    wrong.getWorksheet('Catatan')!.addRow([1, 'x']);
    const wrongSheet = await upload(operator, Buffer.from(await wrong.xlsx.writeBuffer()));
    expect(wrongSheet.statusCode).toBe(400);
    expect(wrongSheet.json().errors[0].message).toContain('no kartu keluarga');
    const noQuestions = await upload(operator, `no kartu keluarga;catatan\r\n${kk.d};-`, 'x.csv');
    expect(noQuestions.statusCode).toBe(400);
    expect(noQuestions.json().errors[0].message_en).toContain('301a to 310');
  });

  it("reads OpenSID's own workbook when ../shared is present", async (context) => {
    if (!existsSync(SAMPLE)) {
      context.skip(`skipped: ${SAMPLE} is absent (a clone without ../shared)`);
      return;
    }
    const { job, issues } = await check(readFileSync(SAMPLE), 'format_impor_dtks_regsosek2022k.xlsx');
    // Its one example card is not registered here: read, then reported, never guessed.
    expect(job).toMatchObject({ totalRows: 1, errorRows: 1, actionCounts: {} });
    expect(issues).toEqual([
      expect.objectContaining({
        lineNo: 4,
        code: 'REGSOSEK_KK_UNKNOWN',
        identifierMasked: expect.stringMatching(/^1234•{8}[A-Z]{4}$/),
      }),
    ]);
  });
});
