// The regency at a glance: every village of a region side by side, with its figures and what it still has to
// fill in, kept current by the writes themselves and read from the precomputed rows. Who may read which
// region is proven by the scope harness (stats.scope-cases.ts); here, what the figures say.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { insideShape, villageShapes } from '../../../geo/village-shapes.ts';
import { refreshAllStaleStats } from '../registry/stats-refresh-queries.ts';
import { registerFamily } from '../test-support/families.ts';

const VILLAGE = '35.10.01.2001';
const NEIGHBOUR = '35.10.01.2002';
const ELSEWHERE = '35.10.02.2001';

let t: TestApp;
let operator: TestUser;
let district: TestUser;
let agency: TestUser;

interface VillageRow {
  code: string;
  name: string;
  districtCode: string;
  residents: number;
  families: number;
  households: number;
  flagged: number;
  householdsUnpinned: number;
  householdsHousingIncomplete: number;
  changedAt: string | null;
}

async function villagesOf(user: TestUser, region?: string) {
  const query = region ? `?region=${region}` : '';
  const res = await user.request({ method: 'GET', url: `/api/population/stats/villages${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ region: string; villages: VillageRow[] }>();
}

async function rowOf(code: string) {
  const { villages } = await villagesOf(agency, '35.10');
  return villages.find((v) => v.code === code)!;
}

/** A point inside the village, found on a grid over its bounding box. */
function pinInside(code: string) {
  const shape = villageShapes().get(code)!;
  const [minLng, minLat, maxLng, maxLat] = shape.bbox;
  for (let i = 1; i < 40; i++) {
    for (let j = 1; j < 40; j++) {
      const longitude = minLng + ((maxLng - minLng) * i) / 40;
      const latitude = minLat + ((maxLat - minLat) * j) / 40;
      if (insideShape(shape, longitude, latitude)) return { latitude, longitude };
    }
  }
  throw new Error(`no point inside ${code}`);
}

const villageCountBelow = async (prefix: string) =>
  Number(
    (
      await t.database.db
        .selectFrom('region')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('level', '=', 'village')
        .where('code', 'like', `${prefix}.%`)
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  district = await t.createUser('district_staff', '35.10.01');
  agency = await t.createUser('agency_staff', '35.10', { agency: 'planning' });
  const elsewhereOperator = await t.createUser('village_operator', ELSEWHERE);
  await registerFamily(operator, VILLAGE);
  await registerFamily(operator, VILLAGE, [
    { fullName: 'Ahmad', sex: 1, birthDate: '1940-02-29', relationship: 1 },
  ]);
  await registerFamily(elsewhereOperator, ELSEWHERE, [
    { fullName: 'Sri', sex: 2, birthDate: '1999-12-31', relationship: 1 },
  ]);
});
afterAll(() => t.close());

describe('GET /api/population/stats/villages', () => {
  it('lists every village of the regency in code order, those without data at zero and never changed', async () => {
    const { region, villages } = await villagesOf(agency);
    expect(region).toBe('35.10');
    expect(villages).toHaveLength(await villageCountBelow('35.10'));
    expect(villages.map((v) => v.code)).toEqual(villages.map((v) => v.code).sort());
    expect(villages.find((v) => v.code === VILLAGE)).toMatchObject({
      districtCode: '35.10.01',
      residents: 4,
      families: 2,
      households: 0,
      flagged: 0,
    });
    expect(villages.find((v) => v.code === NEIGHBOUR)).toMatchObject({
      residents: 0,
      families: 0,
      households: 0,
      householdsUnpinned: 0,
      changedAt: null,
    });
  });

  it("shows a district's villages only, to district staff and when the regency narrows to it", async () => {
    const own = await villagesOf(district);
    expect(own.region).toBe('35.10.01');
    expect(own.villages).toHaveLength(await villageCountBelow('35.10.01'));
    expect(own.villages.every((v) => v.code.startsWith('35.10.01.'))).toBe(true);
    expect(own.villages.some((v) => v.code === ELSEWHERE)).toBe(false);
    expect((await villagesOf(agency, '35.10.01')).villages).toEqual(own.villages);
  });

  it('gives a village user their own village alone', async () => {
    const { villages } = await villagesOf(operator);
    expect(villages.map((v) => v.code)).toEqual([VILLAGE]);
  });

  it('counts records awaiting verification until they are verified', async () => {
    const { residentIds } = await registerFamily(operator, VILLAGE);
    const id = residentIds[0]!;
    const corrected = await operator.request({
      method: 'POST',
      url: `/api/villages/${VILLAGE}/residents/${id}/correct`,
      payload: { reason: 'akta kelahiran menunjukkan tanggal lain', changes: { birthDate: '1980-03-15' } },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect((await rowOf(VILLAGE)).flagged).toBe(1);
    const verified = await operator.request({
      method: 'POST',
      url: `/api/villages/${VILLAGE}/residents/${id}/verify`,
      payload: { reason: 'dicek dengan KTP asli' },
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect((await rowOf(VILLAGE)).flagged).toBe(0);
  });

  it('counts households without a pin or with housing facts unanswered, as the household list does', async () => {
    const created = await operator.request({
      method: 'POST',
      url: `/api/villages/${VILLAGE}/households`,
      payload: { householdNo: 'G-1', familyIds: [(await registerFamily(operator, VILLAGE)).familyId] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const before = await rowOf(VILLAGE);
    expect(before).toMatchObject({ households: 1, householdsUnpinned: 1, householdsHousingIncomplete: 1 });

    const pinned = await operator.request({
      method: 'PATCH',
      url: `/api/villages/${VILLAGE}/households/${created.json<{ id: string }>().id}`,
      payload: pinInside(VILLAGE),
    });
    expect(pinned.statusCode, pinned.body).toBe(200);
    expect(await rowOf(VILLAGE)).toMatchObject({ householdsUnpinned: 0, householdsHousingIncomplete: 1 });

    const list = await operator.request({
      method: 'GET',
      url: '/api/population/households?incomplete=housing',
    });
    expect(list.json<{ total: number }>().total).toBe(1);
  });

  it('moves the last change with every write, and not with the daily re-ageing', async () => {
    const before = (await rowOf(VILLAGE)).changedAt!;
    expect(Date.parse(before)).toBeGreaterThan(Date.now() - 3600_000);
    await registerFamily(operator, VILLAGE);
    const after = (await rowOf(VILLAGE)).changedAt!;
    expect(Date.parse(after)).toBeGreaterThan(Date.parse(before));

    await t.database.db
      .updateTable('population_stat')
      .set({ refreshed_at: new Date(Date.now() - 36 * 3600_000) })
      .execute();
    expect(await refreshAllStaleStats(t.database.db)).toBeGreaterThan(0);
    expect((await rowOf(VILLAGE)).changedAt).toBe(after);
    expect((await rowOf(VILLAGE)).residents).toBe(13);
  });

  it('refuses a region outside the reader’s area as if it did not exist', async () => {
    const res = await district.request({
      method: 'GET',
      url: '/api/population/stats/villages?region=35.10.02',
    });
    expect(res.statusCode).toBe(404);
  });
});
