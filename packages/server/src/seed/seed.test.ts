// The demo as `npm start` loads it (here one village, the same steps): the population, the welfare facts and
// enrolments, the programs' eligibilities and a finished ranking run, so Dinas Sosial opens the poverty map
// and the targeting lists to deciles and households that were missed, not to empty pages; and usul and
// sanggah at every step in the demo citizen's village, so each queue holds work and one item is overdue.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../test/test-app.ts';
import { stableUuid } from './deterministic.ts';
import { seed, type SeedResult } from './seed.ts';

const SARONGAN = '35.10.01.2001';
let t: TestApp;
let dinsos: TestUser;
let seeded: SeedResult;

beforeAll(async () => {
  t = await buildTestApp();
  seeded = await seed(t.database.db, '35.10', 'village', { seed: 'seed-test' });
  dinsos = await t.createUser('agency_staff', '35.10', { agency: 'social_affairs' });
}, 240_000);
afterAll(() => t.close());

describe('the demo seed', () => {
  it('ends with a finished ranking run started by the demo Dinas Sosial account, households in deciles', async () => {
    const res = await dinsos.request({ method: 'GET', url: '/api/assistance/ranking/runs' });
    expect(res.statusCode, res.body).toBe(200);
    const runs =
      res.json<{ status: string; decileCounts: number[] | null; householdsRanked: number | null }[]>();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.status).toBe('done');
    expect(runs[0]!.decileCounts).toHaveLength(10);
    // Equal scores share a decile, so a decile may stay empty; the poorest one and most others are not.
    const counts = runs[0]!.decileCounts!;
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts.filter((households) => households > 0).length).toBeGreaterThanOrEqual(7);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(runs[0]!.householdsRanked);
    expect(runs[0]!.householdsRanked).toBeGreaterThan(500);
    const starter = await sql<{ username: string }>`
      SELECT u.username FROM welfare_ranking_run r JOIN app_user u ON u.id = r.started_by`.execute(
      t.database.db,
    );
    expect(starter.rows.map((row) => row.username)).toEqual(['dinsos']);
  });

  it("gives every catalogue program an eligibility, and PKH's exclusion list in the village is not empty", async () => {
    const programs = await t.database.db
      .selectFrom('assistance_program')
      .select(['id', 'code', 'eligibility'])
      .execute();
    for (const program of programs) expect(program.eligibility, program.code).not.toBeNull();
    const pkh = programs.find((program) => program.code === 'PKH')!;
    const res = await dinsos.request({
      method: 'GET',
      url: `/api/assistance/programs/${pkh.id}/targeting/excluded?region=${SARONGAN}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ total: number }>().total).toBeGreaterThan(0);
  });
});

describe('the demo’s usul and sanggah', () => {
  /** A demo account's own session, as its sign-in would open it. */
  async function as(username: string) {
    const row = await t.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    const cookie = await t.openSession(row.id);
    return (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  }
  type Queue = { items: { status: string; kind: string; overdue: boolean; awaitedStep: string | null }[] };

  it('fills every step’s queue in the demo citizen’s village, one item overdue at the village', async () => {
    expect(seeded.proposals).toEqual({ items: 7, villageCode: SARONGAN });
    const operator = await as('operator.sarongan');
    const all = (await operator(`/api/assistance/proposals?region=${SARONGAN}&limit=50`)).json<Queue>();
    expect(new Set(all.items.map((i) => i.status))).toEqual(
      new Set([
        'submitted',
        'checked',
        'at_district',
        'at_agency',
        'visited',
        'proposed_to_ministry',
        'rejected_by_village',
      ]),
    );
    expect(all.items.filter((i) => i.kind === 'sanggah')).toHaveLength(1);
    // The overdue item leads the queue (the longest overdue on top), waiting for the village's check.
    expect(all.items[0]).toMatchObject({ status: 'submitted', overdue: true, awaitedStep: 'check' });
    expect(all.items.filter((i) => i.overdue)).toHaveLength(1);

    const district = await as('camat.pesanggaran');
    const forward = (await district(`/api/assistance/proposals?mine=true`)).json<Queue>();
    expect(forward.items.map((i) => i.status)).toEqual(['at_district']);
    const agency = (
      await dinsos.request({ method: 'GET', url: '/api/assistance/proposals?mine=true' })
    ).json<Queue>();
    expect(agency.items.map((i) => i.status).sort()).toEqual(['at_agency', 'visited']);
    const meetings = await operator(`/api/villages/${SARONGAN}/assistance/deliberations`);
    expect(meetings.json<{ items: { minutes: unknown }[] }>().items).toEqual([
      expect.objectContaining({ minutes: expect.objectContaining({ bytes: expect.any(Number) }) }),
    ]);
  });

  it('shows the demo citizen her own items with their decisions, and Dinas Sosial’s ministry export has one', async () => {
    const cookie = await t.openSession(stableUuid('user:citizen-demo'));
    const own = await t.app.inject({
      method: 'GET',
      url: '/api/me/assistance/proposals',
      headers: { cookie },
    });
    const items = own.json<{ items: { kind: string; status: string; agencyDecision: unknown }[] }>().items;
    expect(items.map((i) => i.status).sort()).toEqual(['at_district', 'proposed_to_ministry', 'submitted']);
    expect(items.find((i) => i.status === 'proposed_to_ministry')?.agencyDecision).toMatchObject({
      decision: 'propose_to_ministry',
    });
    const exported = await dinsos.request({
      method: 'GET',
      url: '/api/assistance/proposals/ministry-export?format=csv',
    });
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.headers['x-total-count']).toBe('1');
  });
});
