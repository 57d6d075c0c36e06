// The queues the web pages open on: "waiting for me" (the open items whose step the caller's grants take: the
// village's check and deliberation, the district's forward, Dinas Sosial's visit and decision) and the family an
// item is about, which the visit form needs to show the family's welfare facts as they stand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../../population/test-support/families.ts';
import { createVillageProgram, enrolled, programIdByCode } from '../test-support/assistance.ts';
import { advance, kkOf, stepPeople, type StepPeople } from '../test-support/proposals.ts';

const SARONGAN = '35.10.01.2001';
let t: TestApp;
let people: StepPeople;
let regencyProgram: string;
/** One item per open status, by status. */
const items: Record<string, string> = {};
let familyOfSubmitted: string;

async function deskUsul(reason: string) {
  const family = await registerFamily(people.operator, SARONGAN);
  const res = await people.operator.request({
    method: 'POST',
    url: `/api/villages/${SARONGAN}/assistance/proposals`,
    payload: {
      kind: 'usul',
      programId: regencyProgram,
      kkNumber: await kkOf(t, SARONGAN, family.familyId),
      reason,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json<{ id: string }>().id, familyId: family.familyId };
}

beforeAll(async () => {
  t = await buildTestApp();
  people = await stepPeople(t, SARONGAN);
  regencyProgram = await programIdByCode(t, 'BANSOS-PEMDA');
  for (const status of ['submitted', 'checked', 'at_district', 'at_agency', 'visited'] as const) {
    const made = await deskUsul(`Diusulkan di meja layanan (${status})`);
    if (status === 'submitted') familyOfSubmitted = made.familyId;
    await advance(people, SARONGAN, made.id, status);
    items[status] = made.id;
  }
});
afterAll(() => t.close());

async function mine(user: TestUser, region: string) {
  const res = await user.request({
    method: 'GET',
    url: `/api/assistance/proposals?region=${region}&mine=true`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: { id: string; status: string }[]; total: number }>();
}

describe('GET /api/assistance/proposals?mine=true', () => {
  it('gives the village the items awaiting its check or its deliberation', async () => {
    const queue = await mine(people.operator, SARONGAN);
    expect(new Set(queue.items.map((i) => i.status))).toEqual(new Set(['submitted', 'checked']));
    expect(queue.items.map((i) => i.id)).toEqual(expect.arrayContaining([items.submitted, items.checked]));
  });

  it('gives the district what it forwards, and Dinas Sosial what it visits and decides', async () => {
    const district = await mine(people.district, '35.10.01');
    expect(district.items.map((i) => i.id)).toEqual([items.at_district]);
    const dinsos = await mine(people.dinsos, '35.10');
    expect(dinsos.items.map((i) => i.id).sort()).toEqual([items.at_agency, items.visited].sort());
  });

  it('is empty for a reader who takes no step, while the whole queue stays readable to them', async () => {
    const planning = await t.createUser('agency_staff', '35.10', { agency: 'planning' });
    expect(await mine(planning, '35.10')).toMatchObject({ items: [], total: 0 });
    const all = await planning.request({
      method: 'GET',
      url: `/api/assistance/proposals?region=${SARONGAN}&status=open`,
    });
    expect(all.json<{ total: number }>().total).toBeGreaterThanOrEqual(5);
  });
});

describe('the family an item is about', () => {
  it('names the proposed family for an usul and the enrolled family for a sanggah; none for an unknown KK', async () => {
    const proposed = await people.operator.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/assistance/proposals/${items.submitted}`,
    });
    expect(proposed.json().subject.familyId).toBe(familyOfSubmitted);

    const recipient = await registerFamily(people.operator, SARONGAN);
    const program = await createVillageProgram(people.operator, SARONGAN);
    const enrolmentId = await enrolled(people.operator, SARONGAN, {
      programId: program,
      unitType: 'family',
      unitId: recipient.familyId,
      status: 'active',
    });
    const disputed = await people.operator.request({
      method: 'POST',
      url: `/api/villages/${SARONGAN}/assistance/proposals`,
      payload: { kind: 'sanggah', enrolmentId, reason: 'Sudah bekerja tetap di pabrik' },
    });
    expect(disputed.statusCode, disputed.body).toBe(201);
    expect(disputed.json().subject.familyId).toBe(recipient.familyId);

    const unknown = await people.operator.request({
      method: 'POST',
      url: `/api/villages/${SARONGAN}/assistance/proposals`,
      payload: {
        kind: 'usul',
        programId: regencyProgram,
        kkNumber: '3510019999990077',
        reason: 'Keluarga pendatang baru',
      },
    });
    expect(unknown.json().subject).toMatchObject({ known: false, familyId: null });
  });
});
