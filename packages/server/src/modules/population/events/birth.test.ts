import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { nikFor, registerFamily } from '../test-support/families.ts';

let t: TestApp;
let op: TestUser;
const village = '35.10.01.2001';
const birthUrl = `/api/villages/${village}/events/birth`;

beforeAll(async () => {
  t = await buildTestApp();
  op = await t.createUser('village_operator', village);
});
afterAll(() => t.close());

const post = (url: string, payload: object) => op.request({ method: 'POST', url, payload });
const residentRow = (id: string) =>
  t.database.db.selectFrom('resident').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const birthRow = (id: string) =>
  t.database.db.selectFrom('resident_birth').selectAll().where('resident_id', '=', id).executeTakeFirst();

async function baby(extra: object = {}) {
  const { familyId } = await registerFamily(op, village);
  return {
    familyId,
    fullName: 'Ayu Lestari',
    sex: 2,
    birthDate: '2026-11-28',
    motherName: 'Siti Aminah',
    relationship: 4,
    ...extra,
  };
}

describe('POST /api/villages/:code/events/birth without a NIK', () => {
  it("registers the baby under the village's next temporary number, flagged awaiting NIK", async () => {
    const first = await post(birthUrl, await baby());
    expect(first.statusCode, first.body).toBe(201);
    const second = await post(birthUrl, await baby({ fullName: 'Bagus Saputra', sex: 1 }));
    expect(second.json()).toMatchObject({ temporaryNik: true });
    expect(second.json().warnings.map((w: { code: string }) => w.code)).toEqual(['NIK_TEMPORARY']);

    const [a, b] = [await residentRow(first.json().residentId), await residentRow(second.json().residentId)];
    expect(a.nik).toMatch(/^0351001200100\d{3}$/);
    expect(Number(b.nik.slice(11))).toBe(Number(a.nik.slice(11)) + 1);
    expect(a.verification_flags).toEqual(['NIK_TEMPORARY']);
    expect((await birthRow(a.id))?.temporary_nik).toBe(a.nik);
    // The confirmation shows it as a temporary number: its 0 and its serial, no village code.
    expect(first.json().nikMasked).toBe(`0${'•'.repeat(10)}${a.nik.slice(11)}`);
  });

  it('stores the name in capitals and starts from what a newborn has', async () => {
    const res = await post(birthUrl, await baby({ fullName: 'Dewi  Sekar ayu' }));
    const row = await residentRow(res.json().residentId);
    expect(row.full_name).toBe('DEWI  SEKAR AYU');
    expect(row.mother_name).toBe('SITI AMINAH');
    expect(row).toMatchObject({ occupation: 1, education_kk: 1, education_current: 1, marital_status: 1 });
  });

  it('records what the birth certificate letter needs', async () => {
    const birth = {
      birthTime: '07:45',
      placeType: 2,
      birthType: 1,
      birthOrder: 3,
      attendant: 2,
      weightGrams: 3150,
      lengthCm: 49.5,
    };
    const res = await post(birthUrl, await baby({ birth }));
    expect(res.statusCode, res.body).toBe(201);
    expect(await birthRow(res.json().residentId)).toMatchObject({
      birth_time: '07:45:00',
      place_type: 2,
      birth_type: 1,
      birth_order: 3,
      attendant: 2,
      weight_grams: 3150,
      length_mm: 495,
    });
  });

  it('refuses an impossible weight and a temporary number typed as the NIK, writing nothing', async () => {
    const heavy = await post(birthUrl, await baby({ birth: { weightGrams: 30_000 } }));
    expect(heavy.statusCode).toBe(400);
    expect(heavy.json().errors[0]).toMatchObject({ field: 'birth.weightGrams' });
    const typed = await post(birthUrl, await baby({ nik: '0351001200199998' }));
    expect(typed.statusCode).toBe(400);
    expect(typed.json().errors[0]).toMatchObject({ field: 'nik', code: 'NIK_TEMPORARY_TYPED' });
    const written = await t.database.db
      .selectFrom('resident')
      .select('id')
      .where('nik', '=', '0351001200199998')
      .execute();
    expect(written).toEqual([]);
  });
});

describe('NIK warnings before saving and on the confirmation', () => {
  it('shows a NIK whose birth date differs before saving (nothing written) and again after', async () => {
    const body = await baby({ nik: nikFor('2026-11-20', 2) });
    const before = await t.database.db.selectFrom('resident').select('id').execute();
    const check = await post(`${birthUrl}/check`, body);
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({
      temporaryNik: false,
      warnings: [{ field: 'nik', code: 'NIK_BIRTHDATE_MISMATCH' }],
    });
    expect(await t.database.db.selectFrom('resident').select('id').execute()).toHaveLength(before.length);

    const saved = await post(birthUrl, body);
    expect(saved.json().warnings).toEqual(check.json().warnings);
    expect((await residentRow(saved.json().residentId)).verification_flags).toEqual([
      'NIK_BIRTHDATE_MISMATCH',
    ]);
  });

  it('refuses in the check what saving would refuse (a NIK already registered)', async () => {
    const { residentIds } = await registerFamily(op, village);
    const taken = (await residentRow(residentIds[0]!)).nik;
    const check = await post(`${birthUrl}/check`, await baby({ nik: taken }));
    expect(check.statusCode).toBe(409);
    expect(check.json().errors[0]).toMatchObject({ field: 'nik', code: 'NIK_DUPLICATE' });
  });
});

describe('POST /api/villages/:code/residents/:id/nik', () => {
  it('replaces the temporary number with the issued NIK as its own event; the number is never reissued', async () => {
    const born = await post(birthUrl, await baby({ sex: 1, birthDate: '2026-11-29' }));
    const id = born.json().residentId as string;
    const temporary = (await residentRow(id)).nik;
    const nik = nikFor('2026-11-29', 1);

    const res = await post(`/api/villages/${village}/residents/${id}/nik`, { nik });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().warnings).toEqual([]);
    const row = await residentRow(id);
    expect(row.nik).toBe(nik);
    expect(row.verification_flags).toEqual([]);
    const events = await t.database.db
      .selectFrom('resident_event')
      .select('event_type')
      .where('resident_id', '=', id)
      .orderBy('recorded_at')
      .execute();
    expect(events.map((e) => e.event_type)).toEqual(['birth', 'nik_assigned']);
    const claim = await t.database.db
      .selectFrom('resident_nik')
      .selectAll()
      .where('nik', 'in', [nik, temporary])
      .execute();
    expect(claim).toEqual([{ nik, village_code: village, resident_id: id }]);

    // The village's highest temporary number was given up: the next birth still counts on past it.
    const next = await post(birthUrl, await baby());
    const nextNik = (await residentRow(next.json().residentId)).nik;
    expect(nextNik > temporary).toBe(true);
  });

  it('refuses a resident who already has a NIK (409) and keeps the temporary flag on "verified"', async () => {
    const { residentIds } = await registerFamily(op, village);
    const res = await post(`/api/villages/${village}/residents/${residentIds[0]}/nik`, {
      nik: nikFor('2026-11-29', 1),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('NIK_NOT_TEMPORARY');

    const born = await post(birthUrl, await baby());
    const id = born.json().residentId as string;
    const verified = await post(`/api/villages/${village}/residents/${id}/verify`, {
      reason: 'sudah dicek di lapangan',
    });
    expect(verified.statusCode).toBe(200);
    expect((await residentRow(id)).verification_flags).toEqual(['NIK_TEMPORARY']);
  });
});
