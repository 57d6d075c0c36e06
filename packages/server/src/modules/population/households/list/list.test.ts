// The household list: a village's households by number, with head, families, members and what is missing;
// filters by number or head's name, address and missing data; paging; district staff see their district,
// other villages' operators get 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import { insideShape, villageShapes } from '../../../../geo/village-shapes.ts';
import { allCodeLists } from '../../registry/code-lists.ts';
import { registerFamily } from '../../test-support/families.ts';
import { EXPECTED_HOUSING_COLUMNS } from '@smart-kampung/domain';

const VILLAGE = '35.10.01.2001';
let t: TestApp;
let operator: TestUser;
let district: TestUser;
let otherOperator: TestUser;

interface Item {
  householdNo: string;
  headName: string | null;
  familyCount: number;
  memberCount: number;
  hasLocation: boolean;
  housingAnswered: number;
  housingTotal: number;
}

function somePointInside() {
  const shape = villageShapes().get(VILLAGE)!;
  const [minLng, minLat, maxLng, maxLat] = shape.bbox;
  for (let i = 1; i < 40; i++)
    for (let j = 1; j < 40; j++) {
      const longitude = minLng + ((maxLng - minLng) * i) / 40;
      const latitude = minLat + ((maxLat - minLat) * j) / 40;
      if (insideShape(shape, longitude, latitude)) return { latitude, longitude };
    }
  throw new Error('no point');
}

/**
 * Every expected housing fact answered with the first code of its list (floor area 30 m²), follow-ups asked;
 * no second or third meter, which a complete household need not have.
 */
function completeHousing() {
  const lists = allCodeLists();
  const housing: Record<string, number> = {};
  for (const column of EXPECTED_HOUSING_COLUMNS)
    housing[column] = column === 'floor_area_m2' ? 30 : lists[column]![0]!.code;
  return { ...housing, house_ownership: 1, drinking_water_source: 4, lighting_source: 1, toilet_facility: 1 };
}

const list = async (user: TestUser, query = '') => {
  const res = await user.request({ method: 'GET', url: `/api/population/households?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ total: number; items: Item[] }>();
};

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  district = await t.createUser('district_staff', '35.10.01');
  otherOperator = await t.createUser('village_operator', '35.10.02.2001');
  const complete = await registerFamily(operator, VILLAGE);
  const second = await registerFamily(operator, VILLAGE, [
    { fullName: 'Budi Santoso', sex: 1, birthDate: '1975-01-05', relationship: 1 },
  ]);
  const post = (payload: Record<string, unknown>) =>
    operator.request({ method: 'POST', url: `/api/villages/${VILLAGE}/households`, payload });
  const created = await post({
    householdNo: 'A-001',
    rw: '1',
    rt: '2',
    dusun: 'Krajan',
    ...somePointInside(),
    housing: completeHousing(),
    familyIds: [complete.familyId],
    headResidentId: complete.residentIds[0],
  });
  expect(created.statusCode, created.body).toBe(201);
  await post({ householdNo: 'A-002', dusun: 'Krajan', rw: '1', rt: '3', familyIds: [second.familyId] });
  await post({ householdNo: 'B-001', dusun: 'Sumberejo', rw: '2', rt: '1' });
  await post({ householdNo: '00012', dusun: 'Sumberejo', rw: '2', rt: '1' });
  // Rented, piped water, lit without PLN, no toilet: the follow-ups are skipped, and the facts are complete.
  const skipped = await post({
    householdNo: 'C-001',
    housing: {
      ...completeHousing(),
      house_ownership: 2,
      land_title: null,
      drinking_water_source: 3,
      water_waste_distance: null,
      lighting_source: 2,
      electricity_power: null,
      electricity_power_2: null,
      electricity_power_3: null,
      toilet_facility: 5,
      toilet_type: null,
    },
  });
  expect(skipped.statusCode, skipped.body).toBe(201);
});
afterAll(() => t.close());

describe('GET /api/population/households', () => {
  it("lists the village's households by number with head, families, members and what is missing", async () => {
    const { total, items } = await list(operator);
    expect(total).toBe(5);
    expect(items.map((i) => i.householdNo)).toEqual(['00012', 'A-001', 'A-002', 'B-001', 'C-001']);
    expect(items[4]).toMatchObject({ housingAnswered: EXPECTED_HOUSING_COLUMNS.length });
    expect(items[1]).toMatchObject({
      headName: 'Slamet Riyadi',
      familyCount: 1,
      memberCount: 3,
      hasLocation: true,
      housingAnswered: EXPECTED_HOUSING_COLUMNS.length,
      housingTotal: EXPECTED_HOUSING_COLUMNS.length,
    });
    expect(items[2]).toMatchObject({ headName: null, familyCount: 1, memberCount: 1, hasLocation: false });
    expect(items[3]).toMatchObject({ familyCount: 0, memberCount: 0, housingAnswered: 0 });
  });

  it('filters by what is missing, by address and by number (with or without its zeros) or head name', async () => {
    const numbers = async (query: string) => (await list(operator, query)).items.map((i) => i.householdNo);
    expect(await numbers('incomplete=location')).toEqual(['00012', 'A-002', 'B-001', 'C-001']);
    expect(await numbers('incomplete=head')).toEqual(['00012', 'A-002', 'B-001', 'C-001']);
    expect(await numbers('incomplete=housing')).toEqual(['00012', 'A-002', 'B-001']);
    expect(await numbers('q=12')).toEqual(['00012']);
    expect(await numbers('q=0001')).toEqual(['00012']);
    expect(await numbers('dusun=krajan&rt=3')).toEqual(['A-002']);
    expect(await numbers('q=b-0')).toEqual(['B-001']);
    expect(await numbers('q=slamet')).toEqual(['A-001']);
    expect(await numbers('q=budi')).toEqual([]);
  });

  it('pages, keeping the total', async () => {
    const page = await list(operator, 'limit=3&offset=3');
    expect(page.total).toBe(5);
    expect(page.items.map((i) => i.householdNo)).toEqual(['B-001', 'C-001']);
  });

  it('shows district staff their district and keeps other villages out', async () => {
    expect((await list(district, 'region=35.10.01')).total).toBe(5);
    const res = await otherOperator.request({
      method: 'GET',
      url: `/api/population/households?region=${VILLAGE}`,
    });
    expect(res.statusCode).toBe(404);
    expect((await list(otherOperator)).total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/population/households' })).statusCode).toBe(401);
  });
});
