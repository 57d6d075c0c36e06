// Enrolments: who may enrol, propose and decide; one open enrolment per unit and program (the check, and the
// unique index behind it); the history and audit of every change; the masked lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../population/registry/nik-check.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { AppError } from '../../../http/problem.ts';
import { registerFamily } from '../../population/test-support/families.ts';
import { createVillageProgram, enrolled, enrolUnit, programIdByCode } from '../test-support/assistance.ts';
import { uniqueAs } from '../unique-violation.ts';
import { insertEnrolment } from './queries.ts';

let t: TestApp;
let dinsos: TestUser;
let op: TestUser;
let otherOp: TestUser;
let district: TestUser;
let inspector: TestUser;
const village = '35.10.01.2001';
const otherVillage = '35.10.02.2001';

beforeAll(async () => {
  t = await buildTestApp();
  dinsos = await t.createUser('agency_staff', '35.10', { agency: 'social_affairs' });
  inspector = await t.createUser('agency_staff', '35.10', { agency: 'inspectorate' });
  op = await t.createUser('village_operator', village);
  otherOp = await t.createUser('village_operator', otherVillage);
  district = await t.createUser('district_staff', '35.10.01');
});
afterAll(() => t.close());

const statusUrl = (id: string) => `/api/villages/${village}/assistance/enrolments/${id}/status`;
const change = (user: TestUser, id: string, payload: object) =>
  user.request({ method: 'POST', url: statusUrl(id), payload });
const read = (user: TestUser, id: string, at = village) =>
  user.request({ method: 'GET', url: `/api/villages/${at}/assistance/enrolments/${id}` });

describe('POST /api/villages/:code/assistance/enrolments', () => {
  it("enrols a family in the village's own program at once, with its first history row and an audit entry", async () => {
    const program = await createVillageProgram(op, village);
    const { familyId } = await registerFamily(op, village);
    const res = await enrolUnit(op, village, {
      programId: program,
      unitType: 'family',
      unitId: familyId,
      status: 'active',
      cardNumber: 'BLT-001',
    });
    expect(res.statusCode, res.body).toBe(201);
    const enrolment = res.json<{ id: string; history: unknown[] }>();
    expect(enrolment).toMatchObject({ status: 'active', source: 'village_decision', cardNumber: 'BLT-001' });
    expect(enrolment.history).toMatchObject([{ seq: 1, fromStatus: null, toStatus: 'active' }]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', enrolment.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['assistance.enrolment.create']);
  });

  it("refuses a unit that is not the program's target unit with a clear 400", async () => {
    const sembako = await programIdByCode(t, 'SEMBAKO');
    const { residentIds } = await registerFamily(op, village);
    const res = await enrolUnit(op, village, {
      programId: sembako,
      unitType: 'resident',
      unitId: residentIds[0]!,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ expectedUnitType: 'family', errors: [{ field: 'unitType' }] });
  });

  it('refuses a second open enrolment of the unit in the program with a 409 naming the first', async () => {
    const sembako = await programIdByCode(t, 'SEMBAKO');
    const { familyId } = await registerFamily(op, village);
    const first = await enrolled(op, village, { programId: sembako, unitType: 'family', unitId: familyId });
    const again = await enrolUnit(dinsos, village, {
      programId: sembako,
      unitType: 'family',
      unitId: familyId,
      status: 'active',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ENROLMENT_ALREADY_OPEN', enrolmentId: first });
  });

  it('answers the same 409 when only the unique index sees the duplicate (two requests at once)', async () => {
    const sembako = await programIdByCode(t, 'SEMBAKO');
    const { familyId } = await registerFamily(op, village);
    await enrolled(op, village, { programId: sembako, unitType: 'family', unitId: familyId });
    const duplicate = uniqueAs('ENROLMENT_ALREADY_OPEN', () =>
      t.database.db.transaction().execute((trx) =>
        insertEnrolment(trx, {
          village_code: village,
          id: crypto.randomUUID(),
          program_id: sembako,
          unit_type: 'family',
          unitId: familyId,
          status: 'proposed',
          card_number: null,
          start_date: null,
          source: 'village_decision',
          source_reference: null,
          status_reason: null,
          actorId: null,
        }),
      ),
    );
    await expect(duplicate).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === 'ENROLMENT_ALREADY_OPEN',
    );
  });

  it('lets village staff only propose for a regency-run program; Dinas Sosial enrols directly', async () => {
    const pkh = await programIdByCode(t, 'PKH');
    const proposal = await registerFamily(op, village);
    const proposed = await enrolUnit(op, village, {
      programId: pkh,
      unitType: 'family',
      unitId: proposal.familyId,
    });
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json()).toMatchObject({ status: 'proposed', source: 'village_decision' });
    const direct = await registerFamily(op, village);
    const body = { programId: pkh, unitType: 'family', unitId: direct.familyId, status: 'active' };
    expect((await enrolUnit(op, village, body)).statusCode).toBe(403);
    expect((await enrolUnit(inspector, village, body)).statusCode).toBe(403);
    expect((await enrolUnit(district, village, body)).statusCode).toBe(403);
    const decided = await enrolUnit(dinsos, village, body);
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json()).toMatchObject({ status: 'active', source: 'agency_decision' });
  });

  it("answers 404 in another village, and 400 for another village's own program or an unknown unit", async () => {
    const program = await createVillageProgram(op, village);
    const { familyId } = await registerFamily(op, village);
    const body = { programId: program, unitType: 'family', unitId: familyId };
    expect((await enrolUnit(otherOp, village, body)).statusCode).toBe(404);
    const elsewhere = await registerFamily(otherOp, otherVillage);
    const foreign = await enrolUnit(otherOp, otherVillage, { ...body, unitId: elsewhere.familyId });
    expect(foreign.statusCode).toBe(400);
    const unknown = await enrolUnit(op, village, { ...body, unitId: elsewhere.familyId });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ errors: [{ field: 'unitId' }] });
  });

  it("refuses a unit receiving a program this one excludes, and enrolling past the area's quota", async () => {
    const [first, second] = [
      await createVillageProgram(op, village),
      await createVillageProgram(op, village),
    ];
    await op.request({
      method: 'PUT',
      url: `/api/assistance/programs/${first}/exclusions`,
      payload: { programIds: [second] },
    });
    const { familyId } = await registerFamily(op, village);
    await enrolled(op, village, { programId: first, unitType: 'family', unitId: familyId, status: 'active' });
    const excluded = await enrolUnit(op, village, {
      programId: second,
      unitType: 'family',
      unitId: familyId,
    });
    expect(excluded.statusCode).toBe(409);
    expect(excluded.json()).toMatchObject({ code: 'ENROLMENT_EXCLUSIVE', programs: [{}] });

    const pip = await programIdByCode(t, 'PBI-JK');
    await dinsos.request({
      method: 'PUT',
      url: `/api/assistance/programs/${pip}/quotas`,
      payload: { quotas: [{ areaCode: village, quota: 1 }] },
    });
    const [a, b] = [await registerFamily(op, village), await registerFamily(op, village)];
    await enrolled(dinsos, village, {
      programId: pip,
      unitType: 'resident',
      unitId: a.residentIds[0]!,
      status: 'active',
    });
    const full = await enrolUnit(dinsos, village, {
      programId: pip,
      unitType: 'resident',
      unitId: b.residentIds[0]!,
      status: 'active',
    });
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: 'ENROLMENT_QUOTA_FULL', areaCode: village, quota: 1 });
  });
});

describe('POST /api/villages/:code/assistance/enrolments/:id/status', () => {
  it('follows proposed → verified → active → suspended → exited, each a history row', async () => {
    const pkh = await programIdByCode(t, 'PKH');
    const { familyId } = await registerFamily(op, village);
    const id = await enrolled(op, village, { programId: pkh, unitType: 'family', unitId: familyId });
    expect((await read(op, id)).json()).toMatchObject({ allowedStatuses: ['exited'] });
    expect((await change(op, id, { to: 'verified' })).statusCode).toBe(403);
    for (const to of ['verified', 'active', 'suspended'])
      expect((await change(dinsos, id, { to, reason: 'musdes' })).statusCode).toBe(200);
    // Activation starts the enrolment today; it ends the same day, never before it started.
    const exitDate = today();
    const exited = await change(dinsos, id, {
      to: 'exited',
      exitReason: 'graduated_prospered',
      date: exitDate,
    });
    expect(exited.statusCode, exited.body).toBe(200);
    const enrolment = exited.json<{ history: { seq: number; toStatus: string; source: string }[] }>();
    expect(enrolment).toMatchObject({
      status: 'exited',
      exitReason: 'graduated_prospered',
      endDate: exitDate,
    });
    expect(enrolment.history.map((h) => [h.seq, h.toStatus])).toEqual([
      [1, 'proposed'],
      [2, 'verified'],
      [3, 'active'],
      [4, 'suspended'],
      [5, 'exited'],
    ]);
    expect(enrolment.history[4]!.source).toBe('agency_decision');
  });

  it('lets the village withdraw its proposal, and refuses what the statuses do not allow', async () => {
    const pkh = await programIdByCode(t, 'PKH');
    const { familyId } = await registerFamily(op, village);
    const id = await enrolled(op, village, { programId: pkh, unitType: 'family', unitId: familyId });
    const noReason = await change(op, id, { to: 'exited' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ errors: [{ field: 'exitReason' }] });
    expect((await change(op, id, { to: 'exited', exitReason: 'duplicate' })).statusCode).toBe(200);
    const back = await change(dinsos, id, { to: 'active' });
    expect(back.statusCode).toBe(409);
    expect(back.json()).toMatchObject({ code: 'ENROLMENT_TRANSITION' });
  });

  it('answers 404 for an enrolment behind another village’s code', async () => {
    const program = await createVillageProgram(op, village);
    const { familyId } = await registerFamily(op, village);
    const id = await enrolled(op, village, { programId: program, unitType: 'family', unitId: familyId });
    expect((await read(otherOp, id, otherVillage)).statusCode).toBe(404);
    expect((await read(district, id)).statusCode).toBe(200);
  });
});

describe('PATCH /api/villages/:code/assistance/enrolments/:id', () => {
  it('changes the card number, keeping the status, with a history row', async () => {
    const program = await createVillageProgram(op, village);
    const { familyId } = await registerFamily(op, village);
    const id = await enrolled(op, village, {
      programId: program,
      unitType: 'family',
      unitId: familyId,
      status: 'active',
    });
    const url = `/api/villages/${village}/assistance/enrolments/${id}`;
    const res = await op.request({
      method: 'PATCH',
      url,
      payload: { cardNumber: 'KKS-9', startDate: '2026-01-01' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ cardNumber: 'KKS-9', startDate: '2026-01-01', status: 'active' });
    expect(res.json<{ history: unknown[] }>().history).toHaveLength(2);
    const bad = await op.request({ method: 'PATCH', url, payload: { endDate: '2025-12-31' } });
    expect(bad.statusCode).toBe(400);
    expect((await district.request({ method: 'PATCH', url, payload: { cardNumber: 'X' } })).statusCode).toBe(
      403,
    );
  });
});

describe('lists', () => {
  it("lists a program's recipients in an area with masked identifiers, by status", async () => {
    const program = await createVillageProgram(op, village);
    const family = await registerFamily(op, village);
    await enrolled(op, village, {
      programId: program,
      unitType: 'family',
      unitId: family.familyId,
      status: 'active',
    });
    const kk = await t.database.db
      .selectFrom('family')
      .select('kk_number')
      .where('id', '=', family.familyId)
      .executeTakeFirstOrThrow();
    const url = `/api/assistance/programs/${program}/recipients`;
    const page = (await district.request({ method: 'GET', url })).json<{ total: number; items: object[] }>();
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      name: 'Slamet Riyadi',
      identifierMasked: (await t.masks()).civil(kk.kk_number),
      status: 'active',
      dusun: 'Krajan',
    });
    expect(JSON.stringify(page)).not.toContain(kk.kk_number);
    const exited = (await district.request({ method: 'GET', url: `${url}?status=exited` })).json<{
      total: number;
    }>();
    expect(exited.total).toBe(0);
    expect((await otherOp.request({ method: 'GET', url: `${url}?region=${village}` })).statusCode).toBe(404);
  });

  it("shows a household's programs: its families' and its members'", async () => {
    const family = await registerFamily(op, village);
    const household = await op.request({
      method: 'POST',
      url: `/api/villages/${village}/households`,
      payload: { householdNo: `RT-${Date.now()}`, address: 'Jl. Kenanga 3' },
    });
    const householdId = household.json<{ id: string }>().id;
    await op.request({
      method: 'PUT',
      url: `/api/villages/${village}/families/${family.familyId}/household`,
      payload: { householdId },
    });
    const sembako = await programIdByCode(t, 'SEMBAKO');
    const pbi = await programIdByCode(t, 'PBI-JK');
    await enrolled(op, village, { programId: sembako, unitType: 'family', unitId: family.familyId });
    await enrolled(op, village, { programId: pbi, unitType: 'resident', unitId: family.residentIds[1]! });
    const list = await op.request({
      method: 'GET',
      url: `/api/villages/${village}/assistance/units/household/${householdId}`,
    });
    expect(list.statusCode, list.body).toBe(200);
    expect(
      list
        .json<{ programCode: string }[]>()
        .map((e) => e.programCode)
        .sort(),
    ).toEqual(['PBI-JK', 'SEMBAKO']);
    const resident = await op.request({
      method: 'GET',
      url: `/api/villages/${village}/assistance/units/resident/${family.residentIds[0]!}`,
    });
    expect(resident.json<{ programCode: string }[]>().map((e) => e.programCode)).toEqual(['SEMBAKO']);
  });
});
