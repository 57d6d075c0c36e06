import { buildNik } from '@smart-kampung/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { kkFor, nikFor, registerFamily } from '../test-support/families.ts';

let t: TestApp;
let op: TestUser;
let otherOp: TestUser;
const village = '35.10.01.2001';

beforeAll(async () => {
  t = await buildTestApp();
  op = await t.createUser('village_operator', village);
  otherOp = await t.createUser('village_operator', '35.10.02.2001');
});
afterAll(() => t.close());

const get = (user: TestUser, url: string) => user.request({ method: 'GET', url });
const post = (user: TestUser, url: string, payload: unknown) =>
  user.request({ method: 'POST', url, payload: payload as object });
const stats = async () => (await get(op, `/api/population/stats?region=${village}`)).json();
const residentRow = (id: string) =>
  t.database.db.selectFrom('resident').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('move in', () => {
  it('registers a new family card and counts it', async () => {
    const before = await stats();
    const { residentIds } = await registerFamily(op, village);
    expect(residentIds).toHaveLength(3);
    const after = await stats();
    expect(after.totals.residents - before.totals.residents).toBe(3);
    expect(after.totals.families - before.totals.families).toBe(1);
  });

  it('refuses a family without a head, and writes nothing', async () => {
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('resident')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const res = await post(op, `/api/villages/${village}/events/move-in`, {
      date: '2026-02-01',
      origin: 'Jember',
      family: { kkNumber: kkFor() },
      members: [
        {
          nik: nikFor('1990-01-01', 1),
          fullName: 'Tanpa Kepala',
          sex: 1,
          birthDate: '1990-01-01',
          relationship: 4,
        },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ code: 'FAMILY_NO_HEAD' });
    expect(await count()).toBe(before);
  });

  it('points at the bad NIK of one member with the field path and an Indonesian message', async () => {
    const res = await post(op, `/api/villages/${village}/events/move-in`, {
      date: '2026-02-01',
      origin: 'Jember',
      family: { kkNumber: kkFor() },
      members: [
        {
          nik: '3510013213900001',
          fullName: 'Tanggal Salah',
          sex: 1,
          birthDate: '1990-13-32'.replace('13-32', '01-01'),
          relationship: 1,
        },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(
      expect.objectContaining({ field: 'members.0.nik', code: 'NIK_DATE_INVALID' }),
    );
  });

  it('refuses a NIK registered in another village without saying where', async () => {
    const nik = nikFor('1970-05-05', 1);
    const first = await post(otherOp, '/api/villages/35.10.02.2001/events/move-in', {
      date: '2026-02-01',
      origin: 'Jember',
      family: { kkNumber: kkFor('35.10.02') },
      members: [{ nik, fullName: 'Pak Dobel', sex: 1, birthDate: '1970-05-05', relationship: 1 }],
    });
    expect(first.statusCode).toBe(201);
    const again = await post(op, `/api/villages/${village}/events/move-in`, {
      date: '2026-02-01',
      origin: 'Jember',
      family: { kkNumber: kkFor() },
      members: [{ nik, fullName: 'Pak Dobel', sex: 1, birthDate: '1970-05-05', relationship: 1 }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('NIK_ALREADY_REGISTERED');
    expect(again.json().errors).toEqual([
      expect.objectContaining({ field: 'members.0.nik', code: 'NIK_DUPLICATE' }),
    ]);
    expect(again.body).not.toContain('35.10.02');
  });

  it('lets a pre-split district prefix in, flagged for verification, and verification clears the flag', async () => {
    // 91.02.01 was Wamena (Jayawijaya, Papua) until the 2022 split moved it to 95.01: a migrant's NIK
    // issued there still starts 910201, a prefix the current code list no longer has.
    const nik = `910201${'150590'}0007`;
    const res = await post(op, `/api/villages/${village}/events/move-in`, {
      date: '2026-02-01',
      origin: 'Kota lama',
      family: { kkNumber: kkFor() },
      members: [{ nik, fullName: 'Warga Pindahan', sex: 1, birthDate: '1990-05-15', relationship: 1 }],
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().residentIds[0];
    expect((await residentRow(id)).verification_flags).toEqual(['NIK_DISTRICT_UNKNOWN']);
    const flagged = await get(op, '/api/population/residents?flagged=true');
    expect(flagged.json().items.map((r: { id: string }) => r.id)).toContain(id);
    expect(
      (await post(op, `/api/villages/${village}/residents/${id}/verify`, { reason: 'dicek dengan KTP asli' }))
        .statusCode,
    ).toBe(200);
    expect((await residentRow(id)).verification_flags).toEqual([]);
  });
});

describe('birth and death', () => {
  it('adds a baby to the family and records a death, keeping both in the history', async () => {
    const { familyId, residentIds } = await registerFamily(op, village);
    const baby = await post(op, `/api/villages/${village}/events/birth`, {
      familyId,
      nik: nikFor('2026-10-01', 2),
      fullName: 'Bayi Putri',
      sex: 2,
      birthDate: '2026-10-01',
      motherName: 'Siti Aminah',
    });
    expect(baby.statusCode).toBe(201);
    expect((await residentRow(baby.json().residentId)).relationship).toBe(4);

    const before = await stats();
    const death = await post(op, `/api/villages/${village}/residents/${residentIds[1]}/death`, {
      date: '2026-11-01',
      place: 'Rumah',
    });
    expect(death.statusCode).toBe(200);
    expect((await stats()).totals.residents).toBe(before.totals.residents - 1);
    const again = await post(op, `/api/villages/${village}/residents/${residentIds[1]}/death`, {
      date: '2026-11-02',
    });
    expect(again.json().code).toBe('RESIDENT_NOT_PRESENT');
    const events = await t.database.db
      .selectFrom('resident_event')
      .select(['event_type', 'before', 'after', 'actor_id'])
      .where('resident_id', '=', residentIds[1]!)
      .orderBy('recorded_at')
      .execute();
    expect(events.map((e) => e.event_type)).toEqual(['move_in', 'death']);
    expect(events[1]).toMatchObject({
      before: { status_code: 1 },
      after: { status_code: 2 },
      actor_id: op.id,
    });
  });

  it('refuses a second head of family at birth', async () => {
    const { familyId } = await registerFamily(op, village);
    const res = await post(op, `/api/villages/${village}/events/birth`, {
      familyId,
      nik: nikFor('2026-09-01', 1),
      fullName: 'Bayi',
      sex: 1,
      birthDate: '2026-09-01',
      relationship: 1,
    });
    expect(res.json().errors[0].code).toBe('FAMILY_MULTIPLE_HEADS');
  });
});

describe('move out', () => {
  it('does not let the head leave alone while others stay, but moves a whole family', async () => {
    const { familyId, residentIds } = await registerFamily(op, village);
    const alone = await post(op, `/api/villages/${village}/residents/${residentIds[0]}/move-out`, {
      date: '2026-11-10',
      destination: 'Surabaya',
    });
    expect(alone.json().code).toBe('FAMILY_HEAD_LEAVING');
    const child = await post(op, `/api/villages/${village}/residents/${residentIds[2]}/move-out`, {
      date: '2026-11-10',
      destination: 'Malang',
    });
    expect(child.json()).toEqual({ moved: 1 });
    const family = await post(op, `/api/villages/${village}/residents/${residentIds[0]}/move-out`, {
      date: '2026-11-11',
      destination: 'Bali',
      wholeFamily: true,
    });
    expect(family.json()).toEqual({ moved: 2 });
    const row = await t.database.db
      .selectFrom('family')
      .select('active')
      .where('id', '=', familyId)
      .executeTakeFirstOrThrow();
    expect(row.active).toBe(false);
  });
});

describe('family split and merge', () => {
  it('splits a married child into a new KK and merges it back', async () => {
    const { familyId, residentIds } = await registerFamily(op, village, [
      { fullName: 'Bapak Sepuh', sex: 1, birthDate: '1950-01-01', relationship: 1 },
      { fullName: 'Anak Sulung', sex: 1, birthDate: '1985-01-01', relationship: 4 },
      { fullName: 'Menantu', sex: 2, birthDate: '1987-01-01', relationship: 5 },
    ]);
    const split = await post(op, `/api/villages/${village}/events/family-split`, {
      date: '2026-11-01',
      fromFamilyId: familyId,
      newKkNumber: kkFor(),
      memberIds: [residentIds[1], residentIds[2]],
      newHeadId: residentIds[1],
    });
    expect(split.statusCode).toBe(201);
    const newFamily = split.json().familyId;
    const card = (await get(op, `/api/villages/${village}/families/${newFamily}`)).json();
    expect(
      card.members.map((m: { fullName: string; relationship: number }) => [m.fullName, m.relationship]),
    ).toEqual([
      ['Anak Sulung', 1],
      ['Menantu', 5],
    ]);

    const merge = await post(op, `/api/villages/${village}/events/family-merge`, {
      date: '2026-11-02',
      fromFamilyId: newFamily,
      intoFamilyId: familyId,
      relationships: [{ residentId: residentIds[1], relationship: 4 }],
    });
    expect(merge.statusCode).toBe(200);
    const merged = (await get(op, `/api/villages/${village}/families/${familyId}`)).json();
    expect(merged.members).toHaveLength(3);
    const gone = await t.database.db
      .selectFrom('family')
      .select('active')
      .where('id', '=', newFamily)
      .executeTakeFirstOrThrow();
    expect(gone.active).toBe(false);
  });
});

describe('correction and void', () => {
  it('corrects a birth date with a reason; a NIK that then disagrees is flagged, not refused', async () => {
    const { residentIds } = await registerFamily(op, village);
    const id = residentIds[0]!;
    const res = await post(op, `/api/villages/${village}/residents/${id}/correct`, {
      reason: 'akta kelahiran menunjukkan tanggal lain',
      changes: { birthDate: '1980-03-15' },
    });
    expect(res.statusCode).toBe(200);
    const row = await residentRow(id);
    expect(row.birth_date).toBe('1980-03-15');
    expect(row.verification_flags).toEqual(['NIK_BIRTHDATE_MISMATCH']);
    const event = await t.database.db
      .selectFrom('resident_event')
      .select(['before', 'after', 'details'])
      .where('resident_id', '=', id)
      .where('event_type', '=', 'correction')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      before: { birth_date: '1980-03-14' },
      after: { birth_date: '1980-03-15' },
      details: { reason: 'akta kelahiran menunjukkan tanggal lain' },
    });
  });

  it('moves the NIK claim when the NIK itself is corrected', async () => {
    const { residentIds } = await registerFamily(op, village);
    const newNik = buildNik({
      districtCode: '35.10.01',
      birthDate: '1984-07-02',
      sex: 'female',
      serial: 9001,
    });
    const res = await post(op, `/api/villages/${village}/residents/${residentIds[1]}/correct`, {
      reason: 'salah ketik NIK',
      changes: { nik: newNik },
    });
    expect(res.statusCode).toBe(200);
    const claim = await t.database.db
      .selectFrom('resident_nik')
      .select('resident_id')
      .where('nik', '=', newNik)
      .executeTakeFirstOrThrow();
    expect(claim.resident_id).toBe(residentIds[1]);
  });

  it('voids a mistaken record but keeps it', async () => {
    const { residentIds } = await registerFamily(op, village);
    const res = await post(op, `/api/villages/${village}/residents/${residentIds[2]}/void`, {
      reason: 'data ganda',
    });
    expect(res.statusCode).toBe(200);
    const detail = (await get(op, `/api/villages/${village}/residents/${residentIds[2]}`)).json();
    expect(detail).toMatchObject({ status: 'voided', voidedReason: 'data ganda' });
  });
});
