// The map's exclusion and inclusion errors come from the stored targeting counts: before they are kept a
// village shows 0 of 0, flagged not current; the read wakes the refresher, after which each figure is what the
// targeting lists count for the village; a later enrolment flags the village until it is recounted.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { insertEnrolment } from '../enrolments/queries.ts';
import { TargetingRefresher } from '../targeting/stored/refresher.ts';
import { withEligibility } from '../targeting/test-support/programs.ts';
import type { FiguresResponse } from './schemas.ts';
import { enrol, insertRankingRun, makeHousehold, type MadeHousehold } from './test-support/map-rows.ts';

const VILLAGE = '35.10.01.2001';

let t: TestApp;
let agency: TestUser;
let h: MadeHousehold[];
let pkhId: string;

async function villageFigures() {
  const res = await agency.request({ method: 'GET', url: '/api/assistance/map/villages?region=35.10.01' });
  expect(res.statusCode, res.body).toBe(200);
  const figures = res.json<FiguresResponse>();
  const row = figures.villages.find((v) => v.code === VILLAGE)!;
  return Object.fromEntries(figures.metrics.map((m, i) => [m.id, row.figures[i]!]));
}

/** What the targeting lists count for the village (their own statement, GET /api/assistance/programs/:id/targeting). */
async function listsCount() {
  const res = await agency.request({
    method: 'GET',
    url: `/api/assistance/programs/${pkhId}/targeting?region=${VILLAGE}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ totals: { eligible: number; excluded: number; enrolled: number; included: number } }>()
    .totals;
}

beforeAll(async () => {
  t = await buildTestApp();
  agency = await t.createUser('agency_staff', '35.10', { agency: 'social_affairs' });
  const operator = await t.createUser('village_operator', VILLAGE);
  h = [
    await makeHousehold(operator, VILLAGE),
    await makeHousehold(operator, VILLAGE),
    await makeHousehold(operator, VILLAGE),
  ];
  await insertRankingRun(t.database.db, [
    { village: VILLAGE, householdId: h[0]!.id, decile: 1 },
    { village: VILLAGE, householdId: h[1]!.id, decile: 3 },
    { village: VILLAGE, householdId: h[2]!.id, decile: 8 },
  ]);
  // PKH for families in desil 1–4: h[0]'s is enrolled, h[1]'s is missed, h[2]'s (desil 8) is enrolled anyway.
  pkhId = await withEligibility(t.database.db, 'PKH', { maxDecile: 4, conditions: [], combine: 'all' });
  await enrol(t.database.db, VILLAGE, 'PKH', { family: h[0]!.familyId });
  await enrol(t.database.db, VILLAGE, 'PKH', { family: h[2]!.familyId });
});
afterAll(() => t.close());

describe('exclusion and inclusion errors on the poverty map', () => {
  it('offer both metrics per program with a saved eligibility, and say when the counts are not kept yet', async () => {
    const before = await villageFigures();
    const notYet = { numerator: 0, denominator: 0, current: false, countedAt: null };
    expect(before['exclusion:PKH']).toEqual(notYet);
    expect(before['inclusion:PKH']).toEqual(notYet);
    // RTLH has no eligibility here: no value, and nothing to wait for.
    expect(before['exclusion:RTLH']).toEqual({ numerator: 0, denominator: 0 });
    // The recipients are stored figures too (migration 0032): not counted before this first read either.
    expect(before['recipients:PKH']).toEqual({
      numerator: 0,
      denominator: 3,
      current: false,
      countedAt: null,
    });
  });

  it('give, once the refresher the read woke has counted, what the targeting lists count', async () => {
    await TargetingRefresher.of(t.database.db)!.idle();
    const figures = await villageFigures();
    expect(figures['exclusion:PKH']).toEqual({ numerator: 1, denominator: 2 });
    expect(figures['inclusion:PKH']).toEqual({ numerator: 1, denominator: 2 });
    expect(figures['recipients:PKH']).toEqual({ numerator: 2, denominator: 3 });
    const lists = await listsCount();
    expect([lists.excluded, lists.eligible, lists.included, lists.enrolled]).toEqual([1, 2, 1, 2]);
  });

  it('flag the village after an enrolment there until it is recounted', async () => {
    await t.database.db.transaction().execute((trx) =>
      insertEnrolment(trx, {
        village_code: VILLAGE,
        id: randomUUID(),
        program_id: pkhId,
        unit_type: 'family',
        unitId: h[1]!.familyId,
        status: 'active',
        card_number: null,
        start_date: null,
        source: 'agency_decision',
        source_reference: null,
        status_reason: null,
        actorId: null,
      }),
    );
    const stale = await villageFigures();
    expect(stale['exclusion:PKH']).toMatchObject({ numerator: 1, denominator: 2, current: false });
    expect(stale['recipients:PKH']).toMatchObject({ numerator: 2, denominator: 3, current: false });
    // Each says when the figure shown was counted.
    expect(Date.parse(stale['exclusion:PKH']!.countedAt!)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(stale['recipients:PKH']!.countedAt!)).toBeLessThanOrEqual(Date.now());
    await TargetingRefresher.of(t.database.db)!.idle();
    const figures = await villageFigures();
    expect(figures['exclusion:PKH']).toEqual({ numerator: 0, denominator: 2 });
    expect(figures['inclusion:PKH']).toEqual({ numerator: 1, denominator: 3 });
    expect(figures['recipients:PKH']).toEqual({ numerator: 3, denominator: 3 });
  });
});
