// Programs: everyone who reads an area sees them; Dinas Sosial decides the regency's, a village's staff its
// own; every bad input is a 400 naming its field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../../population/test-support/families.ts';
import {
  createVillageProgram,
  enrolled,
  freshCode,
  programIdByCode,
  villageProgramBody,
} from '../test-support/assistance.ts';

let t: TestApp;
let dinsos: TestUser;
let inspector: TestUser;
let admin: TestUser;
let op: TestUser;
let otherOp: TestUser;
let district: TestUser;
const village = '35.10.01.2001';
const otherVillage = '35.10.02.2001';

beforeAll(async () => {
  t = await buildTestApp();
  dinsos = await t.createUser('agency_staff', '35.10', { agency: 'social_affairs' });
  inspector = await t.createUser('agency_staff', '35.10', { agency: 'inspectorate' });
  admin = await t.createUser('regency_admin', '35.10');
  op = await t.createUser('village_operator', village);
  otherOp = await t.createUser('village_operator', otherVillage);
  district = await t.createUser('district_staff', '35.10.01');
});
afterAll(() => t.close());

const regencyProgram = (extra: Record<string, unknown> = {}) => ({
  code: freshCode('PERMAKANAN'),
  level: 'regency',
  name: 'Permakanan lansia tunggal',
  fundSource: 'kabkota',
  targetUnit: 'resident',
  benefitKind: 'in_kind',
  cycle: 'monthly',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  ...extra,
});
const create = (user: TestUser, body: unknown) =>
  user.request({ method: 'POST', url: '/api/assistance/programs', payload: body as object });
const firstField = (res: { json: () => unknown }) =>
  (res.json() as { errors: { field: string }[] }).errors[0]!.field;

describe('GET /api/assistance/programs', () => {
  it("shows the catalogue to village staff, with the open enrolments of the caller's area", async () => {
    const sembako = await programIdByCode(t, 'SEMBAKO');
    const { familyId } = await registerFamily(op, village);
    await enrolled(op, village, { programId: sembako, unitType: 'family', unitId: familyId });
    const mine = (await op.request({ method: 'GET', url: '/api/assistance/programs' })).json<
      { code: string; openEnrolments: number }[]
    >();
    expect(mine.find((p) => p.code === 'SEMBAKO')!.openEnrolments).toBe(1);
    const theirs = (await otherOp.request({ method: 'GET', url: '/api/assistance/programs' })).json<
      { code: string; openEnrolments: number }[]
    >();
    expect(theirs.find((p) => p.code === 'SEMBAKO')!.openEnrolments).toBe(0);
  });

  it("shows a village's own program within its area only, and filters by level", async () => {
    const id = await createVillageProgram(op, village);
    const ids = async (user: TestUser, query = '') =>
      (await user.request({ method: 'GET', url: `/api/assistance/programs${query}` }))
        .json<{ id: string }[]>()
        .map((p) => p.id);
    expect(await ids(district)).toContain(id);
    expect(await ids(otherOp)).not.toContain(id);
    expect(await ids(dinsos, '?level=national')).not.toContain(id);
    expect(await ids(dinsos, '?level=village')).toContain(id);
  });

  it('answers 404 for an area outside the caller’s', async () => {
    const res = await op.request({ method: 'GET', url: `/api/assistance/programs?region=${otherVillage}` });
    expect(res.statusCode).toBe(404);
  });
});

describe('GET /api/assistance/programs/:id', () => {
  it("hides a village's own program from another village (404)", async () => {
    const id = await createVillageProgram(op, village);
    expect((await op.request({ method: 'GET', url: `/api/assistance/programs/${id}` })).statusCode).toBe(200);
    expect((await otherOp.request({ method: 'GET', url: `/api/assistance/programs/${id}` })).statusCode).toBe(
      404,
    );
  });

  it('tells the caller what they may do with it', async () => {
    const pkh = await programIdByCode(t, 'PKH');
    const asOp = (await op.request({ method: 'GET', url: `/api/assistance/programs/${pkh}` })).json();
    expect(asOp).toMatchObject({ canManage: false, canEnrol: false, canPropose: true });
    const asDinsos = (await dinsos.request({ method: 'GET', url: `/api/assistance/programs/${pkh}` })).json();
    expect(asDinsos).toMatchObject({ canManage: true, canEnrol: true, canPropose: false });
  });
});

describe('POST /api/assistance/programs', () => {
  it('lets Dinas Sosial create a regency program, audited', async () => {
    const body = regencyProgram();
    const res = await create(dinsos, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      code: body.code,
      level: 'regency',
      ownerAreaCode: '35.10',
      cycles: [],
    });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', res.json<{ id: string }>().id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['assistance.program.create']);
  });

  it('refuses other agencies, the regency admin and village staff (403)', async () => {
    for (const user of [inspector, admin, op])
      expect((await create(user, regencyProgram())).statusCode).toBe(403);
  });

  it('refuses a code taken by another program with a 409 naming the field', async () => {
    const res = await create(dinsos, regencyProgram({ code: 'PKH' }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'PROGRAM_CODE_TAKEN' });
    expect(firstField(res)).toBe('code');
  });

  it.each([
    ['code', { code: 'pkh baru!' }],
    ['benefitAmount', { benefitKind: 'in_kind', benefitAmount: 100_000 }],
    ['periodEnd', { periodStart: '2026-06-01', periodEnd: '2026-01-31' }],
    ['name', { name: '   ' }],
    ['benefitAmount', { benefitKind: 'cash', benefitAmount: 1.5 }],
    ['level', { level: 'village' }],
  ])('refuses a bad %s with a message for that field', async (field, change) => {
    const res = await create(dinsos, regencyProgram(change));
    expect(res.statusCode, res.body).toBe(400);
    expect(firstField(res)).toBe(field);
  });
});

describe('POST /api/villages/:code/assistance/programs', () => {
  it("lets the village's staff create their own program", async () => {
    const res = await op.request({
      method: 'POST',
      url: `/api/villages/${village}/assistance/programs`,
      payload: villageProgramBody(),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      level: 'village',
      ownerAreaCode: village,
      canManage: true,
      canEnrol: true,
    });
  });

  it('refuses district staff (403) and another village’s staff (404)', async () => {
    const url = `/api/villages/${village}/assistance/programs`;
    expect((await district.request({ method: 'POST', url, payload: villageProgramBody() })).statusCode).toBe(
      403,
    );
    expect((await otherOp.request({ method: 'POST', url, payload: villageProgramBody() })).statusCode).toBe(
      404,
    );
  });
});

describe('PATCH /api/assistance/programs/:id', () => {
  it('lets Dinas Sosial change a regency-run program, and no one else', async () => {
    const sembako = await programIdByCode(t, 'SEMBAKO');
    const url = `/api/assistance/programs/${sembako}`;
    expect((await op.request({ method: 'PATCH', url, payload: { benefitAmount: 1 } })).statusCode).toBe(403);
    expect((await admin.request({ method: 'PATCH', url, payload: { benefitAmount: 1 } })).statusCode).toBe(
      403,
    );
    const res = await dinsos.request({ method: 'PATCH', url, payload: { benefitAmount: 225_000 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ benefitAmount: 225_000 });
  });

  it('refuses an amount for an in-kind program and a period that ends before it starts', async () => {
    const id = await createVillageProgram(op, village, 'family', {
      benefitKind: 'in_kind',
      benefitAmount: null,
    });
    const url = `/api/assistance/programs/${id}`;
    const amount = await op.request({ method: 'PATCH', url, payload: { benefitAmount: 50_000 } });
    expect(amount.statusCode).toBe(400);
    expect(firstField(amount)).toBe('benefitAmount');
    await op.request({ method: 'PATCH', url, payload: { periodStart: '2026-05-01' } });
    const period = await op.request({ method: 'PATCH', url, payload: { periodEnd: '2026-04-30' } });
    expect(period.statusCode).toBe(400);
    expect(firstField(period)).toBe('periodEnd');
  });

  it('keeps the target unit once someone is enrolled, and an ended program takes nobody new', async () => {
    const id = await createVillageProgram(op, village);
    const { familyId } = await registerFamily(op, village);
    await enrolled(op, village, { programId: id, unitType: 'family', unitId: familyId });
    const url = `/api/assistance/programs/${id}`;
    const unit = await op.request({ method: 'PATCH', url, payload: { targetUnit: 'household' } });
    expect(unit.statusCode).toBe(400);
    expect(firstField(unit)).toBe('targetUnit');
    expect((await op.request({ method: 'PATCH', url, payload: { active: false } })).json()).toMatchObject({
      active: false,
    });
    const other = await registerFamily(op, village);
    const refused = await op.request({
      method: 'POST',
      url: `/api/villages/${village}/assistance/enrolments`,
      payload: { programId: id, unitType: 'family', unitId: other.familyId, status: 'active' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'PROGRAM_INACTIVE' });
  });
});

describe('POST /api/assistance/programs/:id/cycles', () => {
  it("adds a year's months once; a second call adds nothing", async () => {
    const id = await createVillageProgram(op, village);
    const url = `/api/assistance/programs/${id}/cycles`;
    const first = await op.request({ method: 'POST', url, payload: { year: 2026 } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<{ cycles: { label: string }[] }>().cycles.map((c) => c.label)).toHaveLength(12);
    const again = await op.request({ method: 'POST', url, payload: { year: 2026 } });
    expect(again.json<{ cycles: unknown[] }>().cycles).toHaveLength(12);
  });

  it('numbers the rounds of a one-off program', async () => {
    const id = await createVillageProgram(op, village, 'family', { cycle: 'one_off' });
    const url = `/api/assistance/programs/${id}/cycles`;
    await op.request({ method: 'POST', url, payload: { year: 2026 } });
    const res = await op.request({ method: 'POST', url, payload: { year: 2026 } });
    expect(res.json<{ cycles: { label: string }[] }>().cycles.map((c) => c.label)).toEqual([
      '2026-R1',
      '2026-R2',
    ]);
  });

  it('refuses a year out of range on the field', async () => {
    const id = await createVillageProgram(op, village);
    const res = await op.request({
      method: 'POST',
      url: `/api/assistance/programs/${id}/cycles`,
      payload: { year: 1990 },
    });
    expect(res.statusCode).toBe(400);
    expect(firstField(res)).toBe('year');
  });
});

describe('PUT /api/assistance/programs/:id/quotas and /exclusions', () => {
  it('sets quotas for districts and villages of the regency, refusing an area outside it', async () => {
    const pkh = await programIdByCode(t, 'PKH');
    const url = `/api/assistance/programs/${pkh}/quotas`;
    const ok = await dinsos.request({
      method: 'PUT',
      url,
      payload: {
        quotas: [
          { areaCode: '35.10.01', quota: 300 },
          { areaCode: village, quota: 40 },
        ],
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<{ quotas: unknown[] }>().quotas).toHaveLength(2);
    const outside = await dinsos.request({
      method: 'PUT',
      url,
      payload: { quotas: [{ areaCode: '35.09.01', quota: 3 }] },
    });
    expect(outside.statusCode).toBe(400);
    expect(firstField(outside)).toBe('quotas.0.areaCode');
    expect((await op.request({ method: 'PUT', url, payload: { quotas: [] } })).statusCode).toBe(403);
  });

  it('pairs programs that may not be received together, seen from both sides', async () => {
    const [bansos, blt] = [await programIdByCode(t, 'BANSOS-PEMDA'), await programIdByCode(t, 'BLT-DD')];
    const res = await dinsos.request({
      method: 'PUT',
      url: `/api/assistance/programs/${bansos}/exclusions`,
      payload: { programIds: [blt] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const other = (await op.request({ method: 'GET', url: `/api/assistance/programs/${blt}` })).json<{
      exclusiveWith: { code: string }[];
    }>();
    expect(other.exclusiveWith.map((p) => p.code)).toEqual(['BANSOS-PEMDA']);
    const self = await dinsos.request({
      method: 'PUT',
      url: `/api/assistance/programs/${bansos}/exclusions`,
      payload: { programIds: [bansos] },
    });
    expect(self.statusCode).toBe(400);
    expect(firstField(self)).toBe('programIds.0');
  });
});
