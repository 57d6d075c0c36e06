// A village's households on the poverty map: the pinned ones as points coloured by decile, and the by-name list
// beside the map (head's name, NIK and KK masked, address, decile, programs), both filtered by program and by
// decile range or as "eligible but not receiving" a program (its exclusion list), the list paged, poorest first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import {
  enrol,
  insertRankingRun,
  insertScore,
  makeHousehold,
  pinsInside,
  type MadeHousehold,
} from './test-support/map-rows.ts';
import { withEligibility } from '../targeting/test-support/programs.ts';

const VILLAGE = '35.10.01.2001';
const ELSEWHERE = '35.10.02.2001';

let t: TestApp;
let agency: TestUser;
let outsider: TestUser;
let h: MadeHousehold[];
let heads: { nik: string; kk: string }[];

interface Point {
  id: string;
  decile: number | null;
  programs: string[];
  incomplete: boolean;
  latitude: number;
  longitude: number;
}
interface ListItem {
  id: string;
  decile: number | null;
  programs: string[];
  headName: string | null;
  headNik: string | null;
  headKkNumber: string | null;
  rt: string | null;
  hasLocation: boolean;
  incomplete: boolean;
}

const get = (user: TestUser, path: string, query = '') =>
  user.request({ method: 'GET', url: `/api/villages/${VILLAGE}/assistance/map/${path}${query}` });

async function points(query = '') {
  const res = await get(agency, 'points', query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ villageCode: string; points: Point[] }>().points;
}

async function list(query = '') {
  const res = await get(agency, 'households', query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ total: number; limit: number; offset: number; items: ListItem[] }>();
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

beforeAll(async () => {
  t = await buildTestApp();
  const db = t.database.db;
  agency = await t.createUser('agency_staff', '35.10', { agency: 'social_affairs' });
  outsider = await t.createUser('village_operator', ELSEWHERE);
  const operator = await t.createUser('village_operator', VILLAGE);
  const pins = pinsInside(VILLAGE, 3);
  h = [
    await makeHousehold(operator, VILLAGE, { pin: pins[0]!, rt: '3' }),
    await makeHousehold(operator, VILLAGE, { pin: pins[1]!, rt: '1' }),
    await makeHousehold(operator, VILLAGE, { pin: pins[2]!, rt: '2' }),
    await makeHousehold(operator, VILLAGE, { rt: '1' }),
  ];
  // Deciles 7, 2, 4 and none; h[0] and h[1] with complete scores.
  await insertScore(db, VILLAGE, h[0]!.id, true);
  await insertScore(db, VILLAGE, h[1]!.id, true);
  await insertRankingRun(db, [
    { village: VILLAGE, householdId: h[0]!.id, decile: 7 },
    { village: VILLAGE, householdId: h[1]!.id, decile: 2 },
    { village: VILLAGE, householdId: h[2]!.id, decile: 4 },
  ]);
  await enrol(db, VILLAGE, 'PKH', { family: h[1]!.familyId });
  await enrol(db, VILLAGE, 'PIP', { resident: h[1]!.residentIds[2]! });
  await enrol(db, VILLAGE, 'PIP', { resident: h[3]!.residentIds[2]! });
  await enrol(db, VILLAGE, 'PKH', { family: h[2]!.familyId }, 'exited');
  heads = await Promise.all(
    h.map(async (household) => {
      const row = await db
        .selectFrom('resident as r')
        .innerJoin('family as f', (j) =>
          j.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
        )
        .select(['r.nik', 'f.kk_number'])
        .where('r.id', '=', household.residentIds[0]!)
        .executeTakeFirstOrThrow();
      return { nik: row.nik, kk: row.kk_number };
    }),
  );
});
afterAll(() => t.close());

describe('GET /api/villages/:code/assistance/map/points', () => {
  it('gives the pinned households with their decile, programs and incomplete flag, nothing that names them', async () => {
    const all = await points();
    expect(ids(all).sort()).toEqual(ids(h.slice(0, 3)).sort());
    const second = all.find((p) => p.id === h[1]!.id)!;
    expect(second).toMatchObject({ decile: 2, programs: ['PIP', 'PKH'], incomplete: false });
    expect(all.find((p) => p.id === h[2]!.id)).toMatchObject({ decile: 4, programs: [], incomplete: true });
    expect(Object.keys(second).sort()).toEqual(
      ['decile', 'householdNo', 'id', 'incomplete', 'latitude', 'longitude', 'programs'].sort(),
    );
  });

  it('filters by program and by decile range', async () => {
    expect(ids(await points('?program=PKH'))).toEqual([h[1]!.id]);
    expect(ids(await points('?decileMin=3&decileMax=7')).sort()).toEqual([h[0]!.id, h[2]!.id].sort());
    expect(ids(await points('?decileMax=4&program=PIP'))).toEqual([h[1]!.id]);
    expect(await points('?program=RTLH')).toEqual([]);
  });

  it('refuses a reversed decile range, a malformed program and a district in place of a village', async () => {
    const reversed = await get(agency, 'points', '?decileMin=5&decileMax=2');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0]).toMatchObject({
      field: 'decileMin',
      message_en: 'The lowest decile may not be above the highest',
    });
    expect((await get(agency, 'points', '?program=pkh;drop')).statusCode).toBe(400);
    const district = await agency.request({
      method: 'GET',
      url: '/api/villages/35.10.01/assistance/map/points',
    });
    expect(district.statusCode).toBe(400);
  });

  it('answers 404 to a village user of another village', async () => {
    expect((await get(outsider, 'points')).statusCode).toBe(404);
    expect((await get(outsider, 'households')).statusCode).toBe(404);
  });
});

describe('GET /api/villages/:code/assistance/map/households', () => {
  it('lists every household poorest first, the unranked last, with the head masked', async () => {
    const page = await list();
    expect(page.total).toBe(4);
    expect(ids(page.items)).toEqual([h[1]!.id, h[2]!.id, h[0]!.id, h[3]!.id]);
    const masks = await t.masks();
    const first = page.items[0]!;
    expect(first).toMatchObject({
      decile: 2,
      programs: ['PIP', 'PKH'],
      headName: 'Slamet Riyadi',
      headNik: masks.civil(heads[1]!.nik),
      headKkNumber: masks.civil(heads[1]!.kk),
      rt: '001',
      hasLocation: true,
    });
    expect(first.headNik).not.toContain(heads[1]!.nik.slice(4, 12));
    expect(page.items[3]).toMatchObject({
      decile: null,
      hasLocation: false,
      incomplete: true,
      programs: ['PIP'],
    });
  });

  it('filters like the points, the unpinned included, and pages', async () => {
    expect(ids((await list('?program=PIP')).items)).toEqual([h[1]!.id, h[3]!.id]);
    expect(ids((await list('?decileMin=4')).items)).toEqual([h[2]!.id, h[0]!.id]);
    const second = await list('?limit=2&offset=2');
    expect(second).toMatchObject({ total: 4, limit: 2, offset: 2 });
    expect(ids(second.items)).toEqual([h[0]!.id, h[3]!.id]);
  });
});

describe('the "eligible but not receiving" filter', () => {
  it("gives the households holding a unit of the program's exclusion list, as points and in the list", async () => {
    // PKH for families in desil 1–4: h[1]'s family is enrolled, h[2]'s left the program, h[0] is desil 7, h[3]
    // is unranked (its verdict waits for the decile, so it is on no exclusion list).
    await withEligibility(t.database.db, 'PKH', { maxDecile: 4, conditions: [], combine: 'all' });
    expect(ids(await points('?eligibleNotReceiving=PKH'))).toEqual([h[2]!.id]);
    const page = await list('?eligibleNotReceiving=PKH');
    expect(page.total).toBe(1);
    expect(ids(page.items)).toEqual([h[2]!.id]);
    // With the other filters: receiving nothing from PKH and in PIP is nobody here.
    expect((await list('?eligibleNotReceiving=PKH&program=PIP')).total).toBe(0);
  });

  it('follows the saved eligibility: a wider threshold brings the better-off household in', async () => {
    await withEligibility(t.database.db, 'PKH', { maxDecile: 8, conditions: [], combine: 'all' });
    expect(ids((await list('?eligibleNotReceiving=PKH')).items)).toEqual([h[2]!.id, h[0]!.id]);
  });

  it('refuses a program with no eligibility, a group program and an unknown code, in both languages', async () => {
    const none = await get(agency, 'households', '?eligibleNotReceiving=RTLH');
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0]).toMatchObject({
      field: 'eligibleNotReceiving',
      in: 'querystring',
      message: 'Program ini belum punya syarat kelayakan, jadi belum ada rumah tangga yang layak',
      message_en: 'This program has no eligibility yet, so no household is eligible',
    });
    const unknown = await get(agency, 'points', '?eligibleNotReceiving=TIDAK-ADA');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({
      field: 'eligibleNotReceiving',
      message_en: 'No program has this code',
    });
    await t.database.db
      .updateTable('assistance_program')
      .set({ target_unit: 'group' })
      .where('code', '=', 'PERMAKANAN-LANSIA')
      .execute();
    const group = await get(agency, 'points', '?eligibleNotReceiving=PERMAKANAN-LANSIA');
    expect(group.statusCode).toBe(400);
    expect(group.json().errors[0].message_en).toMatch(/group program reaches no household/);
    expect((await get(agency, 'points', '?eligibleNotReceiving=pkh;drop')).statusCode).toBe(400);
  });

  it('answers 404 to a village user of another village before reading any program', async () => {
    expect((await get(outsider, 'households', '?eligibleNotReceiving=TIDAK-ADA')).statusCode).toBe(404);
  });
});
