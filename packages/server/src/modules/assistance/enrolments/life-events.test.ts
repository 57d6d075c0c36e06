// Enrolments follow the registry: a death or a move out ends them in the event's transaction, a family card
// split asks which card keeps the family's enrolments, and a household with enrolments is never deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { today } from '../../population/registry/nik-check.ts';
import { kkFor, registerFamily } from '../../population/test-support/families.ts';
import { createVillageProgram, enrolled, programIdByCode } from '../test-support/assistance.ts';

let t: TestApp;
let op: TestUser;
const village = '35.10.01.2001';

beforeAll(async () => {
  t = await buildTestApp();
  op = await t.createUser('village_operator', village);
});
afterAll(() => t.close());

const post = (url: string, payload: object) => op.request({ method: 'POST', url, payload });
const enrolment = (id: string) =>
  op
    .request({ method: 'GET', url: `/api/villages/${village}/assistance/enrolments/${id}` })
    .then((r) => r.json());
const familyOf = async (id: string) =>
  (
    await t.database.db
      .selectFrom('assistance_enrolment')
      .select('family_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).family_id;

describe('a death', () => {
  it("ends the person's open enrolments as died, and the program's list shows them exited", async () => {
    const pbi = await programIdByCode(t, 'PBI-JK');
    const { residentIds } = await registerFamily(op, village);
    const id = await enrolled(op, village, { programId: pbi, unitType: 'resident', unitId: residentIds[1]! });
    const death = await post(`/api/villages/${village}/residents/${residentIds[1]!}/death`, {
      date: today(),
      place: 'Rumah',
    });
    expect(death.statusCode, death.body).toBe(200);
    expect(await enrolment(id)).toMatchObject({
      status: 'exited',
      exitReason: 'died',
      endDate: today(),
      history: [
        { toStatus: 'proposed' },
        { toStatus: 'exited', source: 'life_event', reason: 'population.death' },
      ],
    });
    const list = await op.request({
      method: 'GET',
      url: `/api/assistance/programs/${pbi}/recipients?region=${village}&status=exited`,
    });
    expect(list.json<{ items: { id: string; exitReason: string }[] }>().items).toContainEqual(
      expect.objectContaining({ id, exitReason: 'died' }),
    );
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'assistance.enrolment.exit')
      .execute();
    expect(audit.some((a) => JSON.stringify(a.details).includes(id))).toBe(true);
  });

  it('leaves the family’s enrolment while others of the family are present', async () => {
    const sembako = await programIdByCode(t, 'SEMBAKO');
    const { familyId, residentIds } = await registerFamily(op, village);
    const id = await enrolled(op, village, { programId: sembako, unitType: 'family', unitId: familyId });
    await post(`/api/villages/${village}/residents/${residentIds[2]!}/death`, { date: today() });
    expect(await enrolment(id)).toMatchObject({ status: 'proposed' });
  });
});

describe('a move out of the village', () => {
  it("ends the whole family's enrolments as moved", async () => {
    const sembako = await programIdByCode(t, 'SEMBAKO');
    const pbi = await programIdByCode(t, 'PBI-JK');
    const { familyId, residentIds } = await registerFamily(op, village);
    const family = await enrolled(op, village, { programId: sembako, unitType: 'family', unitId: familyId });
    const person = await enrolled(op, village, {
      programId: pbi,
      unitType: 'resident',
      unitId: residentIds[2]!,
    });
    const res = await post(`/api/villages/${village}/residents/${residentIds[0]!}/move-out`, {
      date: today(),
      destination: 'Surabaya',
      wholeFamily: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await enrolment(family)).toMatchObject({ status: 'exited', exitReason: 'moved' });
    expect(await enrolment(person)).toMatchObject({ status: 'exited', exitReason: 'moved' });
  });
});

describe('a family card split', () => {
  const split = async (extra: object = {}) => {
    const program = await createVillageProgram(op, village);
    const { familyId, residentIds } = await registerFamily(op, village);
    const id = await enrolled(op, village, {
      programId: program,
      unitType: 'family',
      unitId: familyId,
      status: 'active',
    });
    const newKk = kkFor('35.10.01');
    const res = await post(`/api/villages/${village}/events/family-split`, {
      date: today(),
      fromFamilyId: familyId,
      newKkNumber: newKk,
      memberIds: [residentIds[2]!],
      newHeadId: residentIds[2]!,
      ...extra,
    });
    return { res, id, familyId, newKk };
  };

  it('asks which card keeps the family’s enrolments, naming the programs, and writes nothing', async () => {
    const { res, id, familyId, newKk } = await split();
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'FAMILY_SPLIT_ENROLMENTS', programs: [{ enrolmentId: id }] });
    const made = await t.database.db
      .selectFrom('family')
      .select('id')
      .where('kk_number', '=', newKk)
      .execute();
    expect(made).toEqual([]);
    expect(await familyOf(id)).toBe(familyId);
  });

  it('moves them to the new card when the village says so, with a history row', async () => {
    const { res, id } = await split({ enrolmentsGoTo: 'new' });
    expect(res.statusCode, res.body).toBe(201);
    expect(await familyOf(id)).toBe(res.json<{ familyId: string }>().familyId);
    const history = (await enrolment(id)).history as { reason: string; toStatus: string }[];
    expect(history.at(-1)).toMatchObject({ toStatus: 'active', reason: 'population.family_split' });
  });

  it('keeps them with the original card when the village says so', async () => {
    const { res, id, familyId } = await split({ enrolmentsGoTo: 'original' });
    expect(res.statusCode, res.body).toBe(201);
    expect(await familyOf(id)).toBe(familyId);
  });
});

describe('deleting a household', () => {
  const newHousehold = async () => {
    const res = await post(`/api/villages/${village}/households`, {
      householdNo: `RT-${Math.floor(Math.random() * 1e9)}`,
      address: 'Jl. Kenanga 3',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const del = (id: string) =>
    op.request({ method: 'DELETE', url: `/api/villages/${village}/households/${id}` });

  it('refuses one that was enrolled, keeping the enrolment’s history', async () => {
    const program = await createVillageProgram(op, village, 'household');
    const household = await newHousehold();
    await enrolled(op, village, { programId: program, unitType: 'household', unitId: household });
    const res = await del(household);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'HOUSEHOLD_HAS_ENROLMENTS', enrolments: 1 });
  });

  it('deletes an empty one with its welfare scores', async () => {
    const household = await newHousehold();
    await t.database.db
      .insertInto('welfare_model')
      .values({ id: 'uji-hapus@1', kind: 'score', name: 'Uji', definition: '{}' })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await t.database.db
      .insertInto('household_welfare_score')
      .values({
        village_code: village,
        household_id: household,
        model_id: 'uji-hapus@1',
        score: 10,
        complete: true,
        reasons: '[]',
      })
      .execute();
    expect((await del(household)).statusCode).toBe(204);
    const left = await t.database.db
      .selectFrom('household_welfare_score')
      .select('household_id')
      .where('household_id', '=', household)
      .execute();
    expect(left).toEqual([]);
  });
});
