// Sections IV and V of the Regsosek workbook: members are found by NIK within the row's family card (the card
// number stands on the first member's row and carries down), families by card; every bad line is reported
// by question with a catalogued code and only the valid lines are saved when the operator asks; 501's
// programs become active enrolments of the unit their program targets (family, household, head), dated
// from the month and year last received, with their history's first line; a second run changes nothing.
// Who may import where: the scope harness (imports.scope-cases.ts).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, issuesOf, uploadAndCheck } from '../../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import { registerFamily } from '../../../population/test-support/families.ts';

const VILLAGE = '35.10.01.2001';
let t: TestApp;
let operator: TestUser;
const fam = {
  a: { id: '', kk: '', nik: [] as string[], ids: [] as string[] },
  b: { id: '', kk: '', nik: [] as string[], ids: [] as string[] },
};
let householdA = '';

type Cells = Record<string, string | number>;
const BLOCK_1 = [
  '404',
  '410',
  '411',
  '412',
  '413',
  '414',
  '415',
  '416a',
  '416b',
  '417',
  '417 Tulis',
  '418',
  '419',
];
const BLOCK_2 = [
  '420a',
  '420b',
  '421',
  '421 Tulis',
  '422',
  '423',
  '424',
  '425',
  '426',
  '427',
  ...'abcdefghij'.split('').map((l) => `428${l}`),
  '429',
  '430',
];
const BLOCK_3 = ['431a', '431b', '431c', '431d', '431e', '431f'];

/** Sheet 4 as OpenSID ships it: two title rows, then three blocks side by side, each starting with 401–403. */
async function membersXlsx(rows: { kk?: string; nik: string; cells: Cells }[]) {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('3.keterangan perumahan').addRow(['no kartu keluarga', '301a']);
  const sheet = workbook.addWorksheet('4.ket sos-ek anggota');
  sheet.addRow(['', 'IV. KETERANGAN SOSIAL EKONOMI ANGGOTA KELUARGA']);
  sheet.addRow(['', 'A. KETERANGAN DEMOGRAFI']);
  const block = (questions: string[]) => ['401', '402 Nama', '403 NIK', ...questions];
  sheet.addRow(['no kartu keluarga', ...block(BLOCK_1), ...block(BLOCK_2), ...block(BLOCK_3)]);
  rows.forEach((row, i) => {
    const answers = (questions: string[]) => [
      i + 1,
      'NAMA',
      row.nik,
      ...questions.map((q) => row.cells[q.toLowerCase()] ?? null),
    ];
    sheet.addRow([row.kk ?? null, ...answers(BLOCK_1), ...answers(BLOCK_2), ...answers(BLOCK_3)]);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const FAMILY_HEADERS = [
  ...'abcdefg'.split('').flatMap((l) => [`501${l}`, `501${l} Bulan`, `501${l} Tahun`]),
  ...'abcdefghijklmn'.split('').map((l) => `502${l}`),
  '503a',
  '503b',
  ...'abcde'.split('').map((l) => `504${l}`),
  '505',
  '506',
];

/** Sheet 5: three title rows, the header on line 4. */
async function familiesXlsx(rows: { kk: string; cells: Cells }[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('5.keikutsertaan program dll');
  sheet.addRow(['', 'V. KEIKUTSERTAAN PROGRAM, KEPEMILIKAN ASET, DAN LAYANAN']);
  sheet.addRow(['', '501. Dalam satu tahun terakhir, apakah keluarga menerima program berikut?']);
  sheet.addRow(['', 'Program Bantuan Sosial Sembako/ BPNT']);
  sheet.addRow(['no kartu keluarga', ...FAMILY_HEADERS.map((h) => (/^\d+$/.test(h) ? Number(h) : h))]);
  for (const row of rows)
    sheet.addRow([row.kk, ...FAMILY_HEADERS.map((h) => row.cells[h.toLowerCase()] ?? null)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function check(importer: string, content: Buffer) {
  const job = await uploadAndCheck(operator, VILLAGE, importer, 'dtks.xlsx', content);
  expect(job.status, JSON.stringify(job)).toBe('ready');
  return { job, issues: await issuesOf(operator, VILLAGE, job.id) };
}

const db = () => t.database.db;

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  for (const key of ['a', 'b'] as const) {
    const family = await registerFamily(operator, VILLAGE);
    fam[key].id = family.familyId;
    fam[key].ids = family.residentIds;
    fam[key].kk = (
      await db()
        .selectFrom('family')
        .select('kk_number')
        .where('id', '=', family.familyId)
        .executeTakeFirstOrThrow()
    ).kk_number;
    for (const id of family.residentIds)
      fam[key].nik.push(
        (await db().selectFrom('resident').select('nik').where('id', '=', id).executeTakeFirstOrThrow()).nik,
      );
  }
  const res = await operator.request({
    method: 'POST',
    url: `/api/villages/${VILLAGE}/households`,
    payload: { householdNo: 'H-01', familyIds: [fam.a.id] },
  });
  expect(res.statusCode, res.body).toBe(201);
  householdA = res.json<{ id: string }>().id;
});
afterAll(() => t.close());

describe('the members sheet (section IV)', () => {
  const good = (): { kk?: string; nik: string; cells: Cells }[] => [
    // Slamet (head, 1980): worked last week, owns a business, PBI health insurance.
    {
      kk: fam.a.kk,
      nik: fam.a.nik[0]!,
      cells: {
        '404': 1,
        '412': 3,
        '413': 3,
        '414': 8,
        '415': 3,
        '416a': 1,
        '416b': 40,
        '417': 1,
        '417 tulis': 'petani padi',
        '418': 1,
        '420a': 1,
        '420b': 1,
        '425': 1,
        '426': 0,
        '428c': 2,
        '430': 2,
        '431a': 1,
        '431f': 0,
      },
    },
    // Siti (wife, 1984): the card carries down; pregnant.
    {
      nik: fam.a.nik[1]!,
      cells: { '404': 1, '410': 1, '412': 3, '413': 8, '416a': 2, '431a': 1 },
    },
  ];

  it('records every valid member, puts 410 on the registry, and a second run changes nothing', async () => {
    const file = await membersXlsx([
      ...good(),
      // Dwi (daughter, 2010, never married): pregnancy is not asked of her.
      { nik: fam.a.nik[2]!, cells: { '404': 1, '410': 2 } },
      // A member of family b under a's card.
      { nik: fam.b.nik[0]!, cells: { '404': 1 } },
      // A NIK nobody in the village has.
      { nik: '3510019999990001', cells: { '404': 1 } },
      // b's card: a code outside 413's list, hours without work, a sum no codes make.
      { kk: fam.b.kk, nik: fam.b.nik[1]!, cells: { '412': 3, '413': 30 } },
      { nik: fam.b.nik[2]!, cells: { '416a': 2, '416b': 8, '431a': 16 } },
    ]);
    const { job, issues } = await check('regsosek-members', file);
    expect(issues.map((i) => [i.lineNo, i.code, i.field])).toEqual([
      [6, 'WELFARE_FOLLOW_UP_SKIPPED', '410'],
      [7, 'WELFARE_NIK_OTHER_FAMILY', '403 nik'],
      [8, 'WELFARE_NIK_UNKNOWN', '403 nik'],
      [9, 'CODE_UNKNOWN', '413'],
      [10, 'WELFARE_ANSWER_INVALID', '431a'],
      [10, 'WELFARE_FOLLOW_UP_SKIPPED', '416b'],
    ]);
    expect(issues.find((i) => i.lineNo === 6)!.message.en).toMatch(/women aged 10–54/);
    const { job: saved } = await commitAndWait(operator, VILLAGE, job.id, 'valid_only');
    expect(saved?.status, JSON.stringify(saved)).toBe('committed');
    expect(saved?.result).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const slamet = await db()
      .selectFrom('resident_welfare')
      .selectAll()
      .where('resident_id', '=', fam.a.ids[0]!)
      .executeTakeFirstOrThrow();
    expect(slamet).toMatchObject({
      work_hours: 40,
      work_sector_text: 'petani padi',
      owns_business: 1,
      business_turnover: 1,
      health_insurance: 1,
      source: 'file',
    });
    expect(slamet.difficulty).toEqual([null, null, 2, null, null, null, null, null, null, null]);
    const siti = await db()
      .selectFrom('resident')
      .select('pregnant')
      .where('id', '=', fam.a.ids[1]!)
      .executeTakeFirstOrThrow();
    expect(siti.pregnant).toBe(1);
    expect(
      await db()
        .selectFrom('resident_welfare')
        .select('resident_id')
        .where('resident_id', 'in', [fam.b.ids[1]!, fam.b.ids[2]!])
        .execute(),
    ).toEqual([]);

    const again = await check('regsosek-members', await membersXlsx(good()));
    expect(again.issues).toEqual([]);
    const { job: second } = await commitAndWait(operator, VILLAGE, again.job.id);
    expect(second?.result).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const after = await db()
      .selectFrom('resident_welfare')
      .select('updated_at')
      .where('resident_id', '=', fam.a.ids[0]!)
      .executeTakeFirstOrThrow();
    expect(after.updated_at).toEqual(slamet.updated_at);
  });

  it('refuses a first line without a card number', async () => {
    const { issues } = await check(
      'regsosek-members',
      await membersXlsx([{ nik: fam.a.nik[0]!, cells: { '404': 1 } }]),
    );
    expect(issues.map((i) => [i.code, i.field])).toEqual([['REQUIRED_MISSING', 'no kartu keluarga']]);
  });
});

describe('the programs and assets sheet (section V)', () => {
  const file = () =>
    familiesXlsx([
      // a: Sembako since March 2024, the electricity subsidy (its household), fertiliser (its head), assets.
      {
        kk: fam.a.kk,
        cells: {
          '501a': 1,
          '501a bulan': 3,
          '501a tahun': 2024,
          '501b': 2,
          '501d': 1,
          '501f': 1,
          '502a': 2,
          '502i': 1,
          '502n': 1,
          '504e': 3,
          '505': 3,
          '506': 4,
        },
      },
      // b: in no household yet, so the household program makes no enrolment.
      { kk: fam.b.kk, cells: { '501d': 1, '502a': 1 } },
    ]);

  it('records the facts and enrols each unit the program targets, once', async () => {
    const bad = await familiesXlsx([
      { kk: '3510019999990001', cells: { '502a': 1 } },
      { kk: fam.a.kk, cells: { '501b': 1, '501b bulan': 13, '501b tahun': 2024, '504a': 'banyak' } },
    ]);
    const refused = await check('regsosek-families', bad);
    expect(refused.issues.map((i) => [i.lineNo, i.code, i.field])).toEqual([
      [5, 'REGSOSEK_KK_UNKNOWN', 'no kartu keluarga'],
      [6, 'WELFARE_ANSWER_INVALID', '504a'],
      [6, 'PROGRAM_PERIOD_INVALID', '501b bulan'],
    ]);

    const { job, issues } = await check('regsosek-families', await file());
    expect(issues.map((i) => [i.lineNo, i.level, i.code, i.field])).toEqual([
      [6, 'warning', 'PROGRAM_UNIT_MISSING', '501d'],
    ]);
    const { job: saved } = await commitAndWait(operator, VILLAGE, job.id);
    expect(saved?.result).toMatchObject({ created: 2, enrolments: 3 });
    const facts = await db()
      .selectFrom('family_welfare')
      .selectAll()
      .where('family_id', '=', fam.a.id)
      .executeTakeFirstOrThrow();
    expect(facts).toMatchObject({
      has_gas_cylinder: false,
      has_motorcycle: true,
      has_car: null,
      goats: 3,
      internet_access: 3,
      bank_account: 4,
      source: 'file',
    });
    const enrolments = await db()
      .selectFrom('assistance_enrolment as e')
      .innerJoin('assistance_program as p', 'p.id', 'e.program_id')
      .select([
        'p.code',
        'e.unit_type',
        'e.family_id',
        'e.household_id',
        'e.resident_id',
        'e.status',
        'e.start_date',
        'e.source',
        'e.id',
      ])
      .where('e.village_code', '=', VILLAGE)
      .orderBy('p.code')
      .execute();
    expect(enrolments.map(({ id: _id, ...e }) => e)).toEqual([
      {
        code: 'PUPUK-BERSUBSIDI',
        unit_type: 'resident',
        family_id: null,
        household_id: null,
        resident_id: fam.a.ids[0],
        status: 'active',
        start_date: null,
        source: 'file',
      },
      {
        code: 'SEMBAKO',
        unit_type: 'family',
        family_id: fam.a.id,
        household_id: null,
        resident_id: null,
        status: 'active',
        start_date: '2024-03-01',
        source: 'file',
      },
      {
        code: 'SUBSIDI-LISTRIK',
        unit_type: 'household',
        family_id: null,
        household_id: householdA,
        resident_id: null,
        status: 'active',
        start_date: null,
        source: 'file',
      },
    ]);
    const history = await db()
      .selectFrom('assistance_enrolment_change')
      .select(['seq', 'to_status', 'source'])
      .where(
        'enrolment_id',
        'in',
        enrolments.map((e) => e.id),
      )
      .execute();
    expect(history).toEqual(Array(3).fill({ seq: 1, to_status: 'active', source: 'file' }));
    const audit = await db()
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'assistance.regsosek_families_import')
      .executeTakeFirstOrThrow();
    expect((audit.details as { enrolments: unknown[] }).enrolments).toHaveLength(3);

    const again = await check('regsosek-families', await file());
    const { job: second } = await commitAndWait(operator, VILLAGE, again.job.id);
    expect(second?.result).toMatchObject({ created: 0, updated: 0, unchanged: 2, enrolments: 0 });
    const count = await db()
      .selectFrom('assistance_enrolment')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
  });
});
