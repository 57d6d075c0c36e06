// The poverty map's figures: known households, scores, ranking runs and enrolments give known shares and
// rates per village, each from its two counts; the area is the caller's (who may read which region is
// proven by the scope harness, map.scope-cases.ts); the XLSX holds the same figures.
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../../population/test-support/families.ts';
import type { FiguresResponse } from './schemas.ts';
import { TargetingRefresher } from '../targeting/stored/refresher.ts';
import { enrol, insertRankingRun, insertScore, makeHousehold, pinsInside } from './test-support/map-rows.ts';

const VILLAGE = '35.10.01.2001';
const NEIGHBOUR = '35.10.01.2002';
const ELSEWHERE = '35.10.02.2001';
/** A village no other test of the file writes in. */
const QUIET = '35.10.01.2004';

let t: TestApp;
let agency: TestUser;
let district: TestUser;
let operator: TestUser;

async function figuresOf(user: TestUser, region?: string) {
  const query = region ? `?region=${region}` : '';
  const res = await user.request({ method: 'GET', url: `/api/assistance/map/villages${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<FiguresResponse>();
}

/** Figures not yet current, by village and metric. */
const notCurrent = (figures: FiguresResponse) =>
  figures.villages.flatMap((v) =>
    v.figures.flatMap((f, i) => (f.current === false ? [`${v.code} ${figures.metrics[i]!.id}`] : [])),
  );

/** A village's counts by metric id. */
function countsOf(figures: FiguresResponse, village: string) {
  const row = figures.villages.find((v) => v.code === village)!;
  return Object.fromEntries(figures.metrics.map((m, i) => [m.id, row.figures[i]!]));
}

beforeAll(async () => {
  t = await buildTestApp();
  const db = t.database.db;
  agency = await t.createUser('agency_staff', '35.10', { agency: 'social_affairs' });
  district = await t.createUser('district_staff', '35.10.01');
  operator = await t.createUser('village_operator', VILLAGE);
  const neighbourOperator = await t.createUser('village_operator', NEIGHBOUR);
  const elsewhereOperator = await t.createUser('village_operator', ELSEWHERE);
  const [pin1, pin2, pin3] = pinsInside(VILLAGE, 3);

  // Four households in the village: ranked 1, 3 and 7 and one unranked; two with complete scores.
  const h1 = await makeHousehold(operator, VILLAGE, { pin: pin1! });
  const h2 = await makeHousehold(operator, VILLAGE, { pin: pin2! });
  const h3 = await makeHousehold(operator, VILLAGE, { pin: pin3! });
  const h4 = await makeHousehold(operator, VILLAGE);
  const h5 = await makeHousehold(neighbourOperator, NEIGHBOUR, { pin: pinsInside(NEIGHBOUR, 1)[0]! });
  const h6 = await makeHousehold(elsewhereOperator, ELSEWHERE);
  await insertScore(db, VILLAGE, h1.id, true);
  await insertScore(db, VILLAGE, h2.id, true);
  await insertScore(db, VILLAGE, h3.id, false);
  await insertScore(db, NEIGHBOUR, h5.id, true);

  // An older run and one still running rank differently: only the latest done run counts.
  const ranked = (d1: number) => [
    { village: VILLAGE, householdId: h1.id, decile: d1 },
    { village: VILLAGE, householdId: h2.id, decile: 3 },
    { village: VILLAGE, householdId: h3.id, decile: 7 },
    { village: NEIGHBOUR, householdId: h5.id, decile: 2 },
    { village: ELSEWHERE, householdId: h6.id, decile: 10 },
  ];
  await insertRankingRun(db, ranked(9), { finishedAt: new Date('2026-01-01T00:00:00Z') });
  await insertRankingRun(db, ranked(1), { finishedAt: new Date('2026-06-01T00:00:00Z') });
  await insertRankingRun(db, ranked(10), { status: 'running' });

  // PKH reaches h1 through its family; PIP reaches h1 (one pupil) and h2 (two pupils, one household);
  // SEMBAKO reaches h4 as a household. An exited enrolment and a family in no household reach nothing.
  await enrol(db, VILLAGE, 'PKH', { family: h1.familyId });
  await enrol(db, VILLAGE, 'PIP', { resident: h1.residentIds[2]! });
  await enrol(db, VILLAGE, 'PIP', { resident: h2.residentIds[1]! });
  await enrol(db, VILLAGE, 'PIP', { resident: h2.residentIds[2]! }, 'proposed');
  await enrol(db, VILLAGE, 'SEMBAKO', { household: h4.id }, 'suspended');
  await enrol(db, VILLAGE, 'PKH', { family: h3.familyId }, 'exited');
  await enrol(db, VILLAGE, 'PKH', { family: (await registerFamily(operator, VILLAGE)).familyId });
});
afterAll(() => t.close());

describe('GET /api/assistance/map/villages', () => {
  it('flags every figure of a regency read as not counted yet, then gives them once the refresher counted', async () => {
    const first = await figuresOf(agency);
    const sarongan = countsOf(first, VILLAGE);
    expect(sarongan['desil-1-4']).toEqual({ numerator: 0, denominator: 0, current: false, countedAt: null });
    expect(sarongan['recipients:PKH']).toEqual({
      numerator: 0,
      denominator: 4,
      current: false,
      countedAt: null,
    });
    // The read woke the background refresher; what it counted is what the rest of this file reads.
    await TargetingRefresher.of(t.database.db)!.idle();
    const counted = await figuresOf(agency);
    expect(notCurrent(counted)).toEqual([]);
    expect(countsOf(counted, VILLAGE)['recipients:PKH']).toEqual({ numerator: 1, denominator: 4 });
  });

  it('serves a figure counted before a change as it was, saying when it was counted, until it is recounted', async () => {
    const changed = await makeHousehold(await t.createUser('village_operator', QUIET), QUIET);
    await enrol(t.database.db, QUIET, 'SEMBAKO', { household: changed.id });
    const stale = countsOf(await figuresOf(district), QUIET)['recipients:SEMBAKO']!;
    expect(stale).toMatchObject({ numerator: 0, denominator: 1, current: false });
    expect(Date.parse(stale.countedAt!)).toBeLessThanOrEqual(Date.now());
    await TargetingRefresher.of(t.database.db)!.idle();
    const counted = await figuresOf(district);
    expect(countsOf(counted, QUIET)['recipients:SEMBAKO']).toEqual({ numerator: 1, denominator: 1 });
    expect(notCurrent(counted)).toEqual([]);
  });

  it('gives each village its share in desil 1–4 among ranked households, from the latest done run', async () => {
    const figures = await figuresOf(agency);
    expect(figures.ranking?.finishedAt).toBe('2026-06-01T00:00:00.000Z');
    expect(countsOf(figures, VILLAGE)['desil-1-4']).toEqual({ numerator: 2, denominator: 3 });
    expect(countsOf(figures, NEIGHBOUR)['desil-1-4']).toEqual({ numerator: 1, denominator: 1 });
    expect(countsOf(figures, ELSEWHERE)['desil-1-4']).toEqual({ numerator: 0, denominator: 1 });
  });

  it('counts households with no score or an incomplete one among all households', async () => {
    const figures = await figuresOf(agency);
    expect(countsOf(figures, VILLAGE).incomplete).toEqual({ numerator: 2, denominator: 4 });
    expect(countsOf(figures, NEIGHBOUR).incomplete).toEqual({ numerator: 0, denominator: 1 });
    expect(countsOf(figures, ELSEWHERE).incomplete).toEqual({ numerator: 1, denominator: 1 });
  });

  it('counts each program by households reached per household, whatever unit it enrols', async () => {
    const figures = await figuresOf(agency);
    const village = countsOf(figures, VILLAGE);
    expect(village['recipients:PKH']).toEqual({ numerator: 1, denominator: 4 });
    expect(village['recipients:PIP']).toEqual({ numerator: 2, denominator: 4 });
    expect(village['recipients:SEMBAKO']).toEqual({ numerator: 1, denominator: 4 });
    expect(countsOf(figures, NEIGHBOUR)['recipients:PKH']).toEqual({ numerator: 0, denominator: 1 });
    const pkh = figures.metrics.find((m) => m.id === 'recipients:PKH')!;
    expect(pkh).toMatchObject({ family: 'recipients', programCode: 'PKH', unit: 'per100' });
    expect(pkh.label.id).toContain('per 100 rumah tangga');
  });

  it('lists every village of the regency, one without households at zero', async () => {
    const figures = await figuresOf(agency);
    expect(figures.region).toBe('35.10');
    expect(figures.villages).toHaveLength(217);
    const empty = figures.villages.find((v) => v.code === '35.10.03.2001')!;
    expect(empty.households).toBe(0);
    expect(empty.figures.every((c) => c.numerator === 0 && c.denominator === 0)).toBe(true);
    expect(figures.villages.find((v) => v.code === VILLAGE)).toMatchObject({
      households: 4,
      districtCode: '35.10.01',
      kind: 'desa',
    });
  });

  it("gives district staff their district's villages and village staff their own village", async () => {
    const own = await figuresOf(district);
    expect(own.region).toBe('35.10.01');
    expect(own.villages.every((v) => v.code.startsWith('35.10.01.'))).toBe(true);
    expect(own.villages.map((v) => v.code)).toContain(NEIGHBOUR);
    expect((await figuresOf(agency, '35.10.01')).villages).toEqual(own.villages);
    const village = await figuresOf(operator);
    expect(village.villages.map((v) => v.code)).toEqual([VILLAGE]);
    expect(countsOf(village, VILLAGE)['desil-1-4']).toEqual({ numerator: 2, denominator: 3 });
  });

  it('answers 404 for a region outside the area and for a region that does not exist', async () => {
    const outside = await district.request({
      method: 'GET',
      url: `/api/assistance/map/villages?region=${ELSEWHERE}`,
    });
    expect(outside.statusCode).toBe(404);
    const unknown = await agency.request({
      method: 'GET',
      url: '/api/assistance/map/villages?region=35.10.99',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'REGION_NOT_FOUND' });
  });
});

describe('GET /api/assistance/map/villages/export', () => {
  it('writes each village with every rate beside its counts, and what each metric counts', async () => {
    const res = await district.request({ method: 'GET', url: '/api/assistance/map/villages/export' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/peta-kemiskinan-35\.10\.01-.*\.xlsx/);
    const workbook = XLSX.read(res.rawPayload);
    expect(workbook.SheetNames).toEqual(['Peta Kemiskinan', 'Keterangan']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['Peta Kemiskinan']!, { header: 1 });
    const header = rows[0] as string[];
    const row = rows.find((r) => r[0] === VILLAGE)!;
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Rumah Tangga')).toBe(4);
    expect(cell('Rumah tangga di desil 1–4 (%)')).toBe(66.7);
    expect(cell('Rumah tangga di desil 1–4: rumah tangga desil 1–4')).toBe(2);
    expect(cell('Rumah tangga dengan data belum lengkap (%)')).toBe(50);
    const pip = header.findIndex(
      (h) => h.startsWith('Penerima Program Indonesia Pintar') && h.endsWith('(per 100)'),
    );
    expect(row[pip]).toBe(50);
    expect(rows.slice(1).every((r) => String(r[0]).startsWith('35.10.01.'))).toBe(true);
    const notes = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets.Keterangan!, { header: 1 });
    expect(notes.some((r) => r[0] === 'Rumah tangga di desil 1–4')).toBe(true);
  });

  it('writes an empty rate, not zero, where there is nothing to share among', async () => {
    const res = await agency.request({
      method: 'GET',
      url: '/api/assistance/map/villages/export?format=csv',
    });
    expect(res.statusCode).toBe(200);
    const line = res.body.split('\n').find((l) => l.startsWith('35.10.03.2001'))!;
    expect(line.split(',').slice(3, 6)).toEqual(['0', '', '0']);
  });
});
