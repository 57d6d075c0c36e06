// Household writes: a village operator registers a household with its families, pin and Regsosek housing
// codes, changes it field by field, moves families between roofs and deletes an empty one; bad input is
// refused whole, by field; a household of another village is answered as a missing one; every write is
// audited. Who may do what where is proven by the scope harness (households.scope-cases.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import { insideShape, villageShapes, type VillageShape } from '../../../../geo/village-shapes.ts';
import { allCodeLists } from '../../registry/code-lists.ts';
import { registerFamily } from '../../test-support/families.ts';

const VILLAGE = '35.10.01.2001';
const OTHER_VILLAGE = '35.10.02.2001';
let t: TestApp;
let operator: TestUser;
let otherOperator: TestUser;
let district: TestUser;
let familyA: string;
let familyB: string;
let foreignFamily: string;

/** A point inside the village, found on a grid over its bounding box. */
function pointInside(shape: VillageShape) {
  const [minLng, minLat, maxLng, maxLat] = shape.bbox;
  for (let i = 1; i < 40; i++) {
    for (let j = 1; j < 40; j++) {
      const lng = minLng + ((maxLng - minLng) * i) / 40;
      const lat = minLat + ((maxLat - minLat) * j) / 40;
      if (insideShape(shape, lng, lat)) return { latitude: lat, longitude: lng };
    }
  }
  throw new Error(`no point found inside ${shape.code}`);
}

const firstCode = (list: string) => allCodeLists()[list]![0]!.code;
const url = (path = '') => `/api/villages/${VILLAGE}/households${path}`;

async function householdCount() {
  const row = await t.database.db
    .selectFrom('household')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function statsHouseholds() {
  const res = await operator.request({ method: 'GET', url: `/api/population/stats?region=${VILLAGE}` });
  return res.json<{ totals: { households: number } }>().totals.households;
}

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  otherOperator = await t.createUser('village_operator', OTHER_VILLAGE);
  district = await t.createUser('district_staff', '35.10.01');
  familyA = (await registerFamily(operator, VILLAGE)).familyId;
  familyB = (await registerFamily(operator, VILLAGE)).familyId;
  foreignFamily = (await registerFamily(otherOperator, OTHER_VILLAGE)).familyId;
});
afterAll(() => t.close());

describe('POST /api/villages/:code/households', () => {
  it('registers a household with its family, pin and housing codes, counted and audited', async () => {
    const pin = pointInside(villageShapes().get(VILLAGE)!);
    const res = await operator.request({
      method: 'POST',
      url: url(),
      payload: {
        householdNo: 'RT-017',
        dusun: 'Krajan',
        rw: '1',
        rt: '02',
        address: 'Jl. Mawar 5',
        ...pin,
        housing: { floor_area_m2: 36, floor_material: firstCode('floor_material'), cooking_fuel: null },
        familyIds: [familyA],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      householdNo: 'RT-017',
      rw: '001',
      rt: '002',
      latitude: pin.latitude,
      longitude: pin.longitude,
      housing: expect.objectContaining({ floor_area_m2: 36, floor_material: firstCode('floor_material') }),
      families: [expect.objectContaining({ id: familyA, headName: 'Slamet Riyadi', memberCount: 3 })],
    });
    const card = await operator.request({
      method: 'GET',
      url: `/api/villages/${VILLAGE}/families/${familyA}`,
    });
    expect(card.json().householdId).toBe(created.id);
    expect(await statsHouseholds()).toBe(1);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'population.household_create')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_id: created.id, region_code: VILLAGE, actor_id: operator.id });
  });

  it('refuses bad input whole, naming every field, and writes nothing', async () => {
    const before = await householdCount();
    const elsewhere = pointInside(villageShapes().get(OTHER_VILLAGE)!);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ latitude: -8.5 }, ['longitude']],
      [elsewhere, ['latitude']],
      [
        { housing: { floor_area_m2: 0, wall_material: 999 } },
        ['housing.floor_area_m2', 'housing.wall_material'],
      ],
      [{ familyIds: [foreignFamily] }, ['familyIds']],
    ];
    for (const [payload, fields] of cases) {
      const res = await operator.request({ method: 'POST', url: url(), payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(
        res
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
      ).toEqual(fields);
      expect(res.json().errors[0].message).toMatch(/[a-z]/);
    }
    const unknownColumn = await operator.request({
      method: 'POST',
      url: url(),
      payload: { housing: { swimming_pool: 1 } },
    });
    expect(unknownColumn.statusCode).toBe(400);
    const outsideIndonesia = await operator.request({
      method: 'POST',
      url: url(),
      payload: { latitude: 40, longitude: 110 },
    });
    expect(outsideIndonesia.statusCode).toBe(400);
    expect(await householdCount()).toBe(before);
  });

  it('gives a number to one household of the village only, however it is padded or cased', async () => {
    const post = (user: TestUser, village: string, householdNo: string) =>
      user.request({ method: 'POST', url: `/api/villages/${village}/households`, payload: { householdNo } });
    const first = await post(operator, VILLAGE, '00042');
    expect(first.statusCode, first.body).toBe(201);
    const count = await householdCount();
    for (const taken of ['42', '00042', ' 042']) {
      const res = await post(operator, VILLAGE, taken);
      expect(res.statusCode, taken).toBe(400);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ field: 'householdNo', message: expect.stringContaining('00042') }),
      ]);
    }
    expect(await householdCount()).toBe(count);
    const lettered = await post(operator, VILLAGE, 'rt-9');
    expect(lettered.statusCode, lettered.body).toBe(201);
    expect((await post(operator, VILLAGE, 'RT-9')).statusCode).toBe(400);
    // Another village numbers its own households.
    expect((await post(otherOperator, OTHER_VILLAGE, '42')).statusCode).toBe(201);

    // Renumbering onto a taken number is refused; keeping one's own number is no clash.
    const id = first.json<{ id: string }>().id;
    const patch = (householdNo: string) =>
      operator.request({ method: 'PATCH', url: url(`/${id}`), payload: { householdNo } });
    expect((await patch('RT-9')).statusCode).toBe(400);
    expect((await patch('00042')).statusCode).toBe(200);
    expect((await patch('43')).statusCode).toBe(200);
  });
});

describe('PATCH /api/villages/:code/households/:id', () => {
  it('changes only the fields sent, clears with null, and audits before and after', async () => {
    const created = (
      await operator.request({
        method: 'POST',
        url: url(),
        payload: { householdNo: 'A1', address: 'Jl. Lama 1', housing: { floor_area_m2: 20 } },
      })
    ).json();
    const res = await operator.request({
      method: 'PATCH',
      url: url(`/${created.id}`),
      payload: {
        address: 'Jl. Baru 2',
        housing: { floor_area_m2: null, roof_material: firstCode('roof_material') },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      householdNo: 'A1',
      address: 'Jl. Baru 2',
      housing: expect.objectContaining({ floor_area_m2: null, roof_material: firstCode('roof_material') }),
    });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'population.household_update')
      .where('entity_id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({
      before: { address: 'Jl. Lama 1', floor_area_m2: 20, roof_material: null },
      after: { address: 'Jl. Baru 2', floor_area_m2: null, roof_material: firstCode('roof_material') },
    });
  });

  it('tells clients which follow-ups the form skips, as the check applies them', async () => {
    const res = await operator.request({ method: 'GET', url: '/api/population/code-lists' });
    expect(res.json().housingFollowUps).toContainEqual({
      field: 'land_title',
      parent: 'house_ownership',
      askedAfter: [1],
    });
  });

  it('refuses a follow-up the Regsosek form skips, judged on the merged record', async () => {
    const created = (
      await operator.request({ method: 'POST', url: url(), payload: { housing: { house_ownership: 2 } } })
    ).json();
    const res = await operator.request({
      method: 'PATCH',
      url: url(`/${created.id}`),
      payload: { housing: { land_title: firstCode('land_title') } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['housing.land_title']);
    const owned = await operator.request({
      method: 'PATCH',
      url: url(`/${created.id}`),
      payload: { housing: { house_ownership: 1, land_title: firstCode('land_title') } },
    });
    expect(owned.statusCode, owned.body).toBe(200);
  });

  it('checks the record as it would be: a latitude alone next to no longitude is refused', async () => {
    const created = (await operator.request({ method: 'POST', url: url(), payload: {} })).json();
    const res = await operator.request({
      method: 'PATCH',
      url: url(`/${created.id}`),
      payload: { latitude: -8.6 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('longitude');
  });

  it('answers 404 for an unknown household and for another village', async () => {
    const missing = await operator.request({
      method: 'PATCH',
      url: url('/00000000-0000-4000-8000-000000000000'),
      payload: { address: 'x' },
    });
    expect(missing.statusCode).toBe(404);
    const created = (await operator.request({ method: 'POST', url: url(), payload: {} })).json();
    const outsider = await otherOperator.request({
      method: 'PATCH',
      url: url(`/${created.id}`),
      payload: { address: 'x' },
    });
    expect(outsider.statusCode).toBe(404);
  });
});

describe('PUT /api/villages/:code/families/:id/household', () => {
  const move = (user: TestUser, familyId: string, householdId: string | null) =>
    user.request({
      method: 'PUT',
      url: `/api/villages/${VILLAGE}/families/${familyId}/household`,
      payload: { householdId },
    });

  it('moves a family under another roof and out of any, keeping the household count current', async () => {
    const first = (
      await operator.request({ method: 'POST', url: url(), payload: { familyIds: [familyB] } })
    ).json();
    const second = (await operator.request({ method: 'POST', url: url(), payload: {} })).json();
    const counted = await statsHouseholds();
    const res = await move(operator, familyB, second.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ familyId: familyB, householdId: second.id });
    const after = await operator.request({ method: 'GET', url: url(`/${second.id}`) });
    expect(after.json().families.map((f: { id: string }) => f.id)).toEqual([familyB]);
    const emptied = await operator.request({ method: 'GET', url: url(`/${first.id}`) });
    expect(emptied.json().families).toEqual([]);
    // The emptied household no longer counts; the one the family moved into now does.
    expect(await statsHouseholds()).toBe(counted);
    expect((await move(operator, familyB, null)).json()).toEqual({ familyId: familyB, householdId: null });
    expect(await statsHouseholds()).toBe(counted - 1);
  });

  it('takes a replaced (inactive) KK out of a household but never places one', async () => {
    const { familyId } = await registerFamily(operator, VILLAGE);
    const home = (
      await operator.request({ method: 'POST', url: url(), payload: { familyIds: [familyId] } })
    ).json();
    // As a KK merge leaves the card it replaced (events tests cover the merge itself).
    await t.database.db.updateTable('family').set({ active: false }).where('id', '=', familyId).execute();
    expect((await move(operator, familyId, home.id)).statusCode).toBe(404);
    expect((await move(operator, familyId, null)).json()).toEqual({ familyId, householdId: null });
    expect((await move(operator, familyId, home.id)).statusCode).toBe(404);
  });

  it('answers 404 for an unknown household or family and for read-only roles 403', async () => {
    expect((await move(operator, familyB, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await move(operator, foreignFamily, null)).statusCode).toBe(404);
    expect((await move(district, familyB, null)).statusCode).toBe(403);
  });
});

describe('DELETE /api/villages/:code/households/:id', () => {
  const remove = (user: TestUser, id: string) => user.request({ method: 'DELETE', url: url(`/${id}`) });
  const auditOf = (id: string) =>
    t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'population.household_delete')
      .where('entity_id', '=', id)
      .execute();

  it('deletes an empty household, keeps the count of occupied ones, and audits its fields', async () => {
    const { familyId } = await registerFamily(operator, VILLAGE);
    const created = (
      await operator.request({
        method: 'POST',
        url: url(),
        payload: { householdNo: 'SALAH-1', address: 'Jl. Keliru 1', familyIds: [familyId] },
      })
    ).json();
    // Registered under the wrong roof: the family moves out first, which already uncounts the household.
    const moved = await operator.request({
      method: 'PUT',
      url: `/api/villages/${VILLAGE}/families/${familyId}/household`,
      payload: { householdId: null },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const counted = await statsHouseholds();
    const rows = await householdCount();

    const res = await remove(operator, created.id);
    expect(res.statusCode, res.body).toBe(204);
    expect(res.body).toBe('');
    expect((await operator.request({ method: 'GET', url: url(`/${created.id}`) })).statusCode).toBe(404);
    expect(await householdCount()).toBe(rows - 1);
    expect(await statsHouseholds()).toBe(counted);
    const audit = await auditOf(created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ region_code: VILLAGE, actor_id: operator.id, entity_type: 'household' });
    expect(audit[0]!.details).toMatchObject({
      before: { id: created.id, household_no: 'SALAH-1', address: 'Jl. Keliru 1', head_resident_id: null },
    });
    // Deleted once: a second try finds nothing.
    expect((await remove(operator, created.id)).statusCode).toBe(404);
  });

  it('refuses a household that still holds a family, even a replaced card, and changes nothing', async () => {
    const active = await registerFamily(operator, VILLAGE);
    const replaced = await registerFamily(operator, VILLAGE);
    const withActive = (
      await operator.request({ method: 'POST', url: url(), payload: { familyIds: [active.familyId] } })
    ).json();
    const withReplaced = (
      await operator.request({ method: 'POST', url: url(), payload: { familyIds: [replaced.familyId] } })
    ).json();
    // As a KK merge leaves the card it replaced under its old roof.
    await t.database.db
      .updateTable('family')
      .set({ active: false })
      .where('id', '=', replaced.familyId)
      .execute();
    const rows = await householdCount();
    const counted = await statsHouseholds();

    for (const household of [withActive, withReplaced]) {
      const res = await remove(operator, household.id);
      expect(res.statusCode, res.body).toBe(409);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({
        code: 'HOUSEHOLD_HAS_FAMILIES',
        families: 1,
        message_id: expect.stringMatching(/keluarga/i),
        message_en: expect.stringMatching(/move every family out first/i),
      });
      const still = await operator.request({ method: 'GET', url: url(`/${household.id}`) });
      expect(still.statusCode).toBe(200);
      expect(still.json().families).toHaveLength(1);
      expect(await auditOf(household.id)).toEqual([]);
    }
    expect(await householdCount()).toBe(rows);
    expect(await statsHouseholds()).toBe(counted);
  });

  it("answers 404 for an unknown household and for another village's, which stays", async () => {
    expect((await remove(operator, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const created = (await operator.request({ method: 'POST', url: url(), payload: {} })).json();
    // Through the other village's own URL, and through this village's URL by a stranger.
    const viaOwnVillage = await otherOperator.request({
      method: 'DELETE',
      url: `/api/villages/${OTHER_VILLAGE}/households/${created.id}`,
    });
    expect(viaOwnVillage.statusCode).toBe(404);
    expect((await remove(otherOperator, created.id)).statusCode).toBe(404);
    expect((await operator.request({ method: 'GET', url: url(`/${created.id}`) })).statusCode).toBe(200);
  });
});

describe('the head of a household', () => {
  it('is one of its present residents, shown by name, and leaves with their family', async () => {
    const family = await registerFamily(operator, VILLAGE);
    const stranger = await registerFamily(operator, VILLAGE);
    const created = await operator.request({
      method: 'POST',
      url: url(),
      payload: { familyIds: [family.familyId], headResidentId: family.residentIds[0] },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      headResidentId: family.residentIds[0],
      headName: 'Slamet Riyadi',
    });
    const id = created.json().id;

    const outsider = await operator.request({
      method: 'PATCH',
      url: url(`/${id}`),
      payload: { headResidentId: stranger.residentIds[0] },
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().errors[0].field).toBe('headResidentId');

    const wife = await operator.request({
      method: 'PATCH',
      url: url(`/${id}`),
      payload: { headResidentId: family.residentIds[1] },
    });
    expect(wife.json()).toMatchObject({ headResidentId: family.residentIds[1], headName: 'Siti Aminah' });

    const moved = await operator.request({
      method: 'PUT',
      url: `/api/villages/${VILLAGE}/families/${family.familyId}/household`,
      payload: { householdId: null },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const left = await operator.request({ method: 'GET', url: url(`/${id}`) });
    expect(left.json()).toMatchObject({ headResidentId: null, headName: null, families: [] });
  });
});

describe('a head who leaves', () => {
  it('is no longer head once they die', async () => {
    const family = await registerFamily(operator, VILLAGE);
    const created = (
      await operator.request({
        method: 'POST',
        url: url(),
        payload: { familyIds: [family.familyId], headResidentId: family.residentIds[0] },
      })
    ).json();
    const death = await operator.request({
      method: 'POST',
      url: `/api/villages/${VILLAGE}/residents/${family.residentIds[0]}/death`,
      payload: { date: '2026-11-01', place: 'Rumah', cause: 'Sakit' },
    });
    expect(death.statusCode, death.body).toBeLessThan(300);
    const stored = await t.database.db
      .selectFrom('household')
      .select('head_resident_id')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored.head_resident_id).toBeNull();
  });
});
