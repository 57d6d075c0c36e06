// Event dates: never after today, never before the birth of the person the event concerns. Each event type
// is refused with a 400 naming the field, in Indonesian and English, and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { today } from '../registry/nik-check.ts';
import { kkFor, nikFor, registerFamily } from '../test-support/families.ts';

let t: TestApp;
let op: TestUser;
const village = '35.10.01.2001';
const tomorrow = new Date(Date.parse(today()) + 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await buildTestApp();
  op = await t.createUser('village_operator', village);
});
afterAll(() => t.close());

const post = (url: string, payload: object) => op.request({ method: 'POST', url, payload });
const residentRow = (id: string) =>
  t.database.db.selectFrom('resident').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** The whole answer: 400, one error on the named field, its code, and both languages. */
function expectDateRefused(
  res: { statusCode: number; json(): unknown },
  field: string,
  code: string,
  mentions: string,
) {
  expect(res.statusCode).toBe(400);
  const body = res.json() as { code: string; errors: Record<string, string>[] };
  expect(body.code).toBe('VALIDATION_FAILED');
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]).toMatchObject({ field, in: 'body', code });
  expect(body.errors[0]!.message).toContain(mentions);
  expect(body.errors[0]!.message).toMatch(/Tanggal/);
  expect(body.errors[0]!.message_en).toContain(mentions);
  expect(body.errors[0]!.message_en).toMatch(/date/);
}

const family = [
  { fullName: 'Hadi Santoso', sex: 1 as const, birthDate: '1975-04-04', relationship: 1 },
  { fullName: 'Nur Hidayah', sex: 2 as const, birthDate: '1979-09-09', relationship: 3 },
  { fullName: 'Rizky Pratama', sex: 1 as const, birthDate: '2012-02-12', relationship: 4 },
];

describe('death', () => {
  it('refuses 9999-12-31 and tomorrow, and a date before the birth; the resident stays present', async () => {
    const { residentIds } = await registerFamily(op, village, family);
    const url = `/api/villages/${village}/residents/${residentIds[2]}/death`;
    expectDateRefused(await post(url, { date: '9999-12-31' }), 'date', 'EVENT_DATE_IN_FUTURE', '9999-12-31');
    expectDateRefused(await post(url, { date: tomorrow }), 'date', 'EVENT_DATE_IN_FUTURE', tomorrow);
    expectDateRefused(
      await post(url, { date: '2012-02-11' }),
      'date',
      'EVENT_DATE_BEFORE_BIRTH',
      'Rizky Pratama (2012-02-12)',
    );
    expect((await residentRow(residentIds[2]!)).status_code).toBe(1);
    expect((await post(url, { date: today() })).statusCode).toBe(200);
  });
});

describe('move out', () => {
  it('refuses a future date, and one before the birth of any member leaving with the family', async () => {
    const { residentIds } = await registerFamily(op, village, family);
    const url = `/api/villages/${village}/residents/${residentIds[0]}/move-out`;
    const base = { destination: 'Surabaya', wholeFamily: true };
    expectDateRefused(await post(url, { ...base, date: tomorrow }), 'date', 'EVENT_DATE_IN_FUTURE', tomorrow);
    // The head was born in 1975, but his son leaving with him was not yet born in 2000.
    expectDateRefused(
      await post(url, { ...base, date: '2000-01-01' }),
      'date',
      'EVENT_DATE_BEFORE_BIRTH',
      'Rizky Pratama',
    );
    expect((await residentRow(residentIds[2]!)).status_code).toBe(1);
  });
});

describe('move in', () => {
  const member = (birthDate: string, relationship = 1) => ({
    nik: nikFor(birthDate, 1),
    fullName: 'Agus Salim',
    sex: 1,
    birthDate,
    relationship,
  });
  const url = `/api/villages/${village}/events/move-in`;
  const moveIn = (date: string, members: object[]) =>
    post(url, { date, origin: 'Jember', family: { kkNumber: kkFor() }, members });

  it('refuses a future move-in date', async () => {
    expectDateRefused(
      await moveIn('9999-12-31', [member('1990-01-01')]),
      'date',
      'EVENT_DATE_IN_FUTURE',
      '9999-12-31',
    );
  });

  it('refuses a member born after the move-in date, and one born in the future', async () => {
    expectDateRefused(
      await moveIn('2020-05-05', [member('1990-01-01'), member('2021-01-01', 4)]),
      'date',
      'EVENT_DATE_BEFORE_BIRTH',
      '2021-01-01',
    );
    expectDateRefused(
      await moveIn(today(), [member('1990-01-01'), member(tomorrow, 4)]),
      'members.1.birthDate',
      'BIRTH_DATE_IN_FUTURE',
      tomorrow,
    );
    const count = await t.database.db
      .selectFrom('resident')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('full_name', '=', 'Agus Salim')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});

describe('birth', () => {
  it('refuses a birth date after today', async () => {
    const { familyId } = await registerFamily(op, village, family);
    const res = await post(`/api/villages/${village}/events/birth`, {
      familyId,
      // The date is refused before the NIK is compared with it.
      nik: nikFor('2024-01-01', 2),
      fullName: 'Bayi Nanti',
      sex: 2,
      birthDate: '2099-01-01',
    });
    expectDateRefused(res, 'birthDate', 'BIRTH_DATE_IN_FUTURE', '2099-01-01');
  });
});

describe('family split and merge', () => {
  it('refuses a future date and a date before the birth of a member who moves', async () => {
    const { familyId, residentIds } = await registerFamily(op, village, family);
    const split = (date: string) =>
      post(`/api/villages/${village}/events/family-split`, {
        date,
        fromFamilyId: familyId,
        newKkNumber: kkFor(),
        memberIds: [residentIds[1], residentIds[2]],
        newHeadId: residentIds[1],
      });
    expectDateRefused(await split(tomorrow), 'date', 'EVENT_DATE_IN_FUTURE', tomorrow);
    expectDateRefused(await split('2010-01-01'), 'date', 'EVENT_DATE_BEFORE_BIRTH', 'Rizky Pratama');
    const done = await split('2025-06-01');
    expect(done.statusCode).toBe(201);

    const merge = (date: string) =>
      post(`/api/villages/${village}/events/family-merge`, {
        date,
        fromFamilyId: done.json().familyId,
        intoFamilyId: familyId,
        relationships: [{ residentId: residentIds[1], relationship: 3 }],
      });
    expectDateRefused(await merge('9999-12-31'), 'date', 'EVENT_DATE_IN_FUTURE', '9999-12-31');
    expectDateRefused(await merge('2011-01-01'), 'date', 'EVENT_DATE_BEFORE_BIRTH', 'Rizky Pratama');
    expect((await residentRow(residentIds[2]!)).family_id).toBe(done.json().familyId);
  });
});

describe('correction', () => {
  it('refuses a corrected birth date after today, or after the recorded death', async () => {
    const { residentIds } = await registerFamily(op, village, family);
    const id = residentIds[1]!;
    const correct = (birthDate: string) =>
      post(`/api/villages/${village}/residents/${id}/correct`, {
        reason: 'salah ketik tanggal lahir',
        changes: { birthDate },
      });
    expectDateRefused(await correct(tomorrow), 'changes.birthDate', 'BIRTH_DATE_IN_FUTURE', tomorrow);
    expect(
      (await post(`/api/villages/${village}/residents/${id}/death`, { date: '2024-03-03' })).statusCode,
    ).toBe(200);
    expectDateRefused(
      await correct('2024-04-04'),
      'changes.birthDate',
      'EVENT_DATE_BEFORE_BIRTH',
      '2024-03-03',
    );
    expect((await residentRow(id)).birth_date).toBe('1979-09-09');
  });
});
