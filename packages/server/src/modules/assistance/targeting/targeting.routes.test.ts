// Targeting through the API on the sample world (test-support/sample-world.ts) under PKH's eligibility:
// desil 4 or below and any of a pregnant member, a child 0–6, a school-age child, a member aged 70+.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { TargetingRefresher } from './stored/refresher.ts';
import { PKH_ELIGIBILITY, programIdOf, villageProgram, withEligibility } from './test-support/programs.ts';
import { sampleWorld, VILLAGE_A, VILLAGE_B } from './test-support/sample-world.ts';
import { insertWorld, type World, type WorldIds } from './test-support/world.ts';

// The sample world, plus what duplicates are made of: a member of an enrolled family enrolled again on her own,
// a person listed in a second enrolled family (same NIK, another village's KK), and a dead recipient.
const SHARED_NIK = '3510010101700001';
const world: World = {
  households: sampleWorld.households.map((h) =>
    h.key === 'h-rich'
      ? {
          ...h,
          families: h.families.map((f) => ({
            ...f,
            members: f.members.map((m) => (m.key === 'r1' ? { ...m, nik: SHARED_NIK } : m)),
          })),
        }
      : h,
  ),
  looseFamilies: [
    ...(sampleWorld.looseFamilies ?? []),
    { key: 'fl3', village: VILLAGE_A, members: [{ key: 'twin', birthDate: '1970-01-01', nik: SHARED_NIK }] },
  ],
  enrolments: [
    ...(sampleWorld.enrolments ?? []),
    { program: 'PKH', unit: 'fl3' },
    { program: 'SEMBAKO', unit: 'a1' },
    { program: 'PIP', unit: 'g1' },
  ],
};

let t: TestApp;
let ids: WorldIds;
let pkh: string;
let agency: TestUser;
let regencyAdmin: TestUser;
let districtTwo: TestUser;
let operatorA: TestUser;
let operatorB: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  ids = await insertWorld(t.database.db, world);
  pkh = await withEligibility(t.database.db, 'PKH', PKH_ELIGIBILITY);
  const [sembako, pkhId] = [await programIdOf(t.database.db, 'SEMBAKO'), pkh].sort();
  await t.database.db
    .insertInto('assistance_program_exclusion')
    .values({ program_id: sembako!, other_program_id: pkhId! })
    .execute();
  agency = await t.createUser('agency_staff', '35.10', { agency: 'social_affairs' });
  regencyAdmin = await t.createUser('regency_admin', '35.10');
  districtTwo = await t.createUser('district_staff', '35.10.02');
  operatorA = await t.createUser('village_operator', VILLAGE_A);
  operatorB = await t.createUser('village_operator', VILLAGE_B);
});
afterAll(() => t.close());

interface Counts {
  units: number;
  eligible: number;
  enrolled: number;
  excluded: number;
  included: number;
  incomplete: number;
}
interface Item {
  unitId: string;
  decile: number | null;
  eligible: boolean | null;
  name: string | null;
  identifierMasked: string | null;
  conditions: { id: string; holds: boolean | null }[];
  missing: string[];
}
const keysOf = (items: Item[]) => items.map((item) => ids.key.get(item.unitId));

async function get<T>(user: TestUser, url: string, status = 200) {
  const res = await user.request({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

interface Freshness {
  current: boolean;
  pendingVillages: number;
  countedAt: string | null;
}

/** The stored counts once the refresher the first read woke has counted every village. */
async function keptCounts<T>(user: TestUser, url: string) {
  await get(user, url);
  await TargetingRefresher.of(t.database.db)!.idle();
  const body = await get<T & { freshness: Freshness }>(user, url);
  expect(body.freshness).toEqual({ current: true, pendingVillages: 0, countedAt: null });
  return body;
}

const auditCount = async () =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(t.database.db)).rows[0]!.n;

describe('GET /api/assistance/programs/:programId/targeting', () => {
  it('says the stored counts are not counted yet before the refresher ran, and wakes it', async () => {
    const first = await get<{ freshness: Freshness; areas: { code: string; current: boolean }[] }>(
      agency,
      `/api/assistance/programs/${pkh}/targeting?region=35.10.02`,
    );
    expect(first.freshness).toMatchObject({ current: false, countedAt: null });
    expect(first.freshness.pendingVillages).toBeGreaterThan(0);
    expect(first.areas.every((a) => !a.current)).toBe(true);
    await TargetingRefresher.of(t.database.db)!.idle();
    const counted = await get<{ freshness: Freshness }>(
      agency,
      `/api/assistance/programs/${pkh}/targeting?region=35.10.02`,
    );
    expect(counted.freshness.current).toBe(true);
  });

  it('counts eligible, enrolled, excluded, included and incomplete families per district of the regency', async () => {
    const body = await keptCounts<{ totals: Counts; areas: ({ code: string } & Counts)[] }>(
      agency,
      `/api/assistance/programs/${pkh}/targeting`,
    );
    expect(body.totals).toMatchObject({
      units: 12,
      eligible: 4,
      enrolled: 4,
      excluded: 3,
      included: 3,
      incomplete: 2,
    });
    expect(body.areas).toHaveLength(25);
    expect(body.areas.find((a) => a.code === '35.10.01')).toMatchObject({
      units: 11,
      excluded: 2,
      included: 3,
      incomplete: 2,
    });
    expect(body.areas.find((a) => a.code === '35.10.02')).toMatchObject({
      units: 1,
      excluded: 1,
      included: 0,
    });
  });

  it('counts per village for a district, and a village alone', async () => {
    const district = await keptCounts<{ areas: ({ code: string } & Counts)[] }>(
      agency,
      `/api/assistance/programs/${pkh}/targeting?region=35.10.01`,
    );
    expect(district.areas.find((a) => a.code === VILLAGE_B)).toMatchObject({
      units: 2,
      included: 1,
      incomplete: 1,
    });
    const village = await get<{ areas: { code: string }[] }>(
      operatorA,
      `/api/assistance/programs/${pkh}/targeting`,
    );
    expect(village.areas.map((a) => a.code)).toEqual([VILLAGE_A]);
  });

  it('answers 409 for a program whose eligibility is not set, and 404 for an area outside the caller', async () => {
    const rtlh = await programIdOf(t.database.db, 'RTLH');
    const res = await agency.request({ method: 'GET', url: `/api/assistance/programs/${rtlh}/targeting` });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ code: string }>().code).toBe('ELIGIBILITY_NOT_SET');
    await get(operatorB, `/api/assistance/programs/${pkh}/targeting?region=${VILLAGE_A}`, 404);
  });
});

describe('GET /api/assistance/programs/:programId/targeting/:list', () => {
  it('lists the excluded poorest first, with the reasons and a masked KK number', async () => {
    const page = await get<{ items: Item[]; total: number }>(
      agency,
      `/api/assistance/programs/${pkh}/targeting/excluded`,
    );
    expect(page.total).toBe(3);
    expect(keysOf(page.items)).toEqual(['fe', 'fm', 'fc']);
    const alone = page.items[0]!;
    expect(alone).toMatchObject({ decile: 1, eligible: true, name: 'WARGA E1', missing: [] });
    expect(alone.conditions).toEqual([
      { id: 'pregnant_member', holds: false },
      { id: 'young_child', holds: false },
      { id: 'school_age_child', holds: false },
      { id: 'elderly_member', holds: true },
    ]);
    expect(alone.identifierMasked).toMatch(/^3510•{8}[A-Z]{4}$/);
  });

  it('lists the included, the incomplete (waiting for a decile), and pages', async () => {
    const included = await get<{ items: Item[] }>(
      agency,
      `/api/assistance/programs/${pkh}/targeting/included`,
    );
    expect(keysOf(included.items).sort()).toEqual(['fg', 'fl3', 'fr']);
    const incomplete = await get<{ items: Item[] }>(
      agency,
      `/api/assistance/programs/${pkh}/targeting/incomplete`,
    );
    expect(keysOf(incomplete.items).sort()).toEqual(['fl', 'fl2']);
    for (const item of incomplete.items) expect(item.missing).toEqual(['decile']);
    const second = await get<{ items: Item[]; total: number }>(
      agency,
      `/api/assistance/programs/${pkh}/targeting/excluded?limit=2&offset=2`,
    );
    expect([keysOf(second.items), second.total]).toEqual([['fc'], 3]);
    const past = await get<{ items: Item[]; total: number }>(
      agency,
      `/api/assistance/programs/${pkh}/targeting/excluded?offset=10`,
    );
    expect([past.items.length, past.total]).toEqual([0, 3]);
  });

  it('shows a district only its own villages', async () => {
    const page = await get<{ items: Item[] }>(
      districtTwo,
      `/api/assistance/programs/${pkh}/targeting/excluded`,
    );
    expect(keysOf(page.items)).toEqual(['fm']);
  });
});

describe('POST /api/assistance/programs/:programId/targeting/what-if', () => {
  const whatIf = (user: TestUser, eligibility: unknown, programId = pkh) =>
    user.request({
      method: 'POST',
      url: `/api/assistance/programs/${programId}/targeting/what-if`,
      payload: { eligibility },
    });

  it('answers the counts and lists of a draft, and saves nothing', async () => {
    const audits = await auditCount();
    const res = await whatIf(districtTwo, {
      maxDecile: 5,
      combine: 'all',
      conditions: [{ id: 'lost_livelihood' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const district = res.json<{ totals: Counts; lists: { incomplete: { items: Item[] } } }>();
    expect(district.totals).toMatchObject({ units: 1, eligible: 0, incomplete: 1 });
    const regency = (
      await whatIf(agency, { maxDecile: 5, combine: 'all', conditions: [{ id: 'lost_livelihood' }] })
    ).json<{
      totals: Counts;
      lists: { included: { items: Item[] }; excluded: { items: Item[] } };
    }>();
    expect(regency.totals).toMatchObject({ eligible: 1, excluded: 0 });
    expect(keysOf(regency.lists.included.items).sort()).toEqual(['fr']);
    expect(res.json<{ freshness: Freshness }>().freshness.current).toBe(true);
    const saved = await keptCounts<{ totals: Counts }>(agency, `/api/assistance/programs/${pkh}/targeting`);
    expect(saved.totals.excluded).toBe(3);
    expect(await auditCount()).toBe(audits);
  });

  it('refuses a wrong draft field by field, in both languages', async () => {
    const res = await whatIf(agency, {
      maxDecile: 11,
      conditions: [{ id: 'not_receiving', params: { program: 'PKH' } }, { id: 'flying' }],
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ errors: { field: string; message: string; message_en: string }[] }>().errors;
    expect(fields.map((e) => e.field)).toEqual(['eligibility.maxDecile', 'eligibility.conditions.1.id']);
    for (const e of fields) expect(e.message && e.message_en && e.message !== e.message_en).toBeTruthy();
    const itself = await whatIf(agency, {
      conditions: [
        { id: 'not_receiving', params: { program: 'PKH' } },
        { id: 'not_receiving', params: { program: 'NOPE' } },
      ],
    });
    expect(itself.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'eligibility.conditions.0.params.program',
      'eligibility.conditions.1.params.program',
    ]);
    expect((await whatIf(agency, { conditions: [] })).statusCode).toBe(400);
  });
});

describe('PUT /api/assistance/programs/:programId/eligibility', () => {
  const put = (user: TestUser, programId: string, payload: object) =>
    user.request({ method: 'PUT', url: `/api/assistance/programs/${programId}/eligibility`, payload });

  it('lets the social-affairs agency set a national program, audited, and the lists follow', async () => {
    const rtlh = await programIdOf(t.database.db, 'RTLH');
    const audits = await auditCount();
    const res = await put(agency, rtlh, { maxDecile: 3, conditions: [{ id: 'female_head' }] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ program: { eligibility: unknown } }>().program.eligibility).toEqual({
      maxDecile: 3,
      combine: 'all',
      conditions: [{ id: 'female_head' }],
    });
    expect(await auditCount()).toBe(audits + 1);
    const { rows } = await sql<{
      action: string;
      details: { after: unknown };
    }>`SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1`.execute(t.database.db);
    expect(rows[0]!.action).toBe('assistance.eligibility.update');
    const excluded = await get<{ items: Item[] }>(
      agency,
      `/api/assistance/programs/${rtlh}/targeting/excluded`,
    );
    expect(keysOf(excluded.items)).toEqual(['h-elder-alone', 'h-poor', 'h-moved-family']);
  });

  it('refuses the regency admin (403), a village (404) and an empty eligibility (400), writing nothing', async () => {
    const before = await t.database.db
      .selectFrom('assistance_program')
      .select('eligibility')
      .where('id', '=', pkh)
      .executeTakeFirstOrThrow();
    const audits = await auditCount();
    expect((await put(regencyAdmin, pkh, { maxDecile: 2 })).statusCode).toBe(403);
    expect((await put(operatorA, pkh, { maxDecile: 2 })).statusCode).toBe(404);
    const empty = await put(agency, pkh, { maxDecile: null, conditions: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('conditions');
    const after = await t.database.db
      .selectFrom('assistance_program')
      .select('eligibility')
      .where('id', '=', pkh)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("lets a village set its own program's eligibility, and no other village see it", async () => {
    const own = await villageProgram(t.database.db, VILLAGE_A, 'DESA-UJI');
    expect((await put(operatorA, own, { maxDecile: 6, conditions: [] })).statusCode).toBe(200);
    expect((await put(operatorB, own, { maxDecile: 6, conditions: [] })).statusCode).toBe(404);
    expect((await put(agency, own, { maxDecile: 6, conditions: [] })).statusCode).toBe(403);
    await get(operatorB, `/api/assistance/programs/${own}/targeting`, 404);
    const counts = await get<{ areas: { code: string }[] }>(
      agency,
      `/api/assistance/programs/${own}/targeting`,
    );
    expect(counts.areas.map((a) => a.code)).toEqual([VILLAGE_A]);
  });
});

describe('GET /api/assistance/targeting/duplicates', () => {
  interface Duplicates {
    counts: Record<string, number>;
    items: {
      detail: string;
      programs: { code: string }[];
      villageCode: string;
      identifierMasked: string | null;
      name: string | null;
    }[];
  }
  it('finds a person in two families, a member reached twice, a household in excluding programs, and the gone', async () => {
    const shared = await get<Duplicates>(agency, '/api/assistance/targeting/duplicates?kind=shared_person');
    expect(shared.counts).toEqual({ shared_person: 2, exclusive_programs: 1, gone: 3 });
    expect(shared.items.map((i) => [i.programs[0]!.code, i.detail]).sort()).toEqual([
      ['PKH', 'two_families'],
      ['SEMBAKO', 'reached_twice'],
    ]);
    for (const item of shared.items) expect(item.identifierMasked).not.toContain(SHARED_NIK.slice(4));
    const exclusive = await get<Duplicates>(
      agency,
      '/api/assistance/targeting/duplicates?kind=exclusive_programs',
    );
    expect(exclusive.items.map((i) => i.programs.map((p) => p.code))).toEqual([['PKH', 'SEMBAKO']]);
    const gone = await get<Duplicates>(agency, '/api/assistance/targeting/duplicates?kind=gone');
    expect(gone.items.map((i) => i.detail).sort()).toEqual(['died', 'no_members', 'no_members']);
  });

  it("keeps to the caller's area", async () => {
    const village = await get<Duplicates>(operatorB, '/api/assistance/targeting/duplicates?kind=gone');
    expect(village.counts).toEqual({ shared_person: 0, exclusive_programs: 0, gone: 0 });
  });
});
