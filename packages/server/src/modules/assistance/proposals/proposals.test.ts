// Usul through every step to Dinas Sosial's enrolment, with the refusals each step owes: a step out of order,
// a step by someone who does not own it, a decision without the meeting's minutes, a duplicate, an unknown
// family; audit entries and step rows per step; overdue items flagged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../../population/test-support/families.ts';
import { citizenOf } from '../../letters/test-support/requests.ts';
import { programIdByCode } from '../test-support/assistance.ts';
import {
  advance,
  kkOf,
  meetingWithMinutes,
  multipart,
  JPEG,
  stepPeople,
  type StepPeople,
} from '../test-support/proposals.ts';

const SARONGAN = '35.10.01.2001';
let t: TestApp;
let people: StepPeople;
let citizen: TestUser;
let ownFamilyId: string;
let regencyProgram: string;

const itemUrl = (id: string) => `/api/villages/${SARONGAN}/assistance/proposals/${id}`;

async function propose(body: object, by: TestUser = citizen) {
  return by.request({ method: 'POST', url: '/api/me/assistance/proposals', payload: body });
}

beforeAll(async () => {
  t = await buildTestApp();
  people = await stepPeople(t, SARONGAN);
  const family = await registerFamily(people.operator, SARONGAN);
  ownFamilyId = family.familyId;
  citizen = await citizenOf(t, people.operator, SARONGAN, family.residentIds[1]!);
  regencyProgram = await programIdByCode(t, 'BANSOS-PEMDA');
});
afterAll(() => t.close());

describe('an usul from a citizen to Dinas Sosial’s enrolment', () => {
  it('goes through every step, enrols the family in the same transaction, and the citizen sees the decision', async () => {
    const made = await propose({
      kind: 'usul',
      programId: regencyProgram,
      reason: 'Suami kehilangan pekerjaan',
    });
    expect(made.statusCode, made.body).toBe(201);
    const own = made.json();
    expect(own).toMatchObject({ kind: 'usul', status: 'submitted', overdue: false, villageDecision: null });
    expect(Date.parse(own.dueAt)).toBeGreaterThan(Date.now());

    const photo = await citizen.request({
      method: 'POST',
      url: `/api/me/assistance/proposals/${own.id}/photos`,
      ...multipart(JPEG, 'rumah.jpg'),
    });
    expect(photo.statusCode, photo.body).toBe(201);
    expect(photo.json().housePhotos).toBe(1);

    const queued = await people.operator.request({
      method: 'GET',
      url: `/api/assistance/proposals?region=${SARONGAN}&status=submitted`,
    });
    const row = queued.json().items.find((i: { id: string }) => i.id === own.id);
    expect(row).toMatchObject({ stepOwner: 'village', awaitedStep: 'check', subject: { known: true } });
    expect(row.subject.kkNumber).not.toBe(await kkOf(t, SARONGAN, ownFamilyId));

    // The village recorded the family's assets earlier; the visit checks two of them.
    const recorded = await people.operator.request({
      method: 'PUT',
      url: `/api/villages/${SARONGAN}/families/${ownFamilyId}/welfare`,
      payload: { source: 'desk', facts: { has_refrigerator: true, has_motorcycle: true, goats: 3 } },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);

    const meeting = await meetingWithMinutes(people.operator, SARONGAN);
    await advance(people, SARONGAN, own.id, 'at_agency', meeting);
    const visit = await people.dinsos.request({
      method: 'POST',
      url: `${itemUrl(own.id)}/visit`,
      payload: {
        visitedOn: '2026-11-25',
        findings: 'Lantai tanah, tidak ada jamban sendiri',
        familyFacts: { has_refrigerator: false, has_gas_cylinder: true },
      },
    });
    expect(visit.statusCode, visit.body).toBe(200);
    expect(visit.json()).toMatchObject({
      status: 'visited',
      visit: { factsUpdated: true },
      actions: ['decide_agency'],
    });
    const facts = await t.database.db
      .selectFrom('family_welfare')
      .select(['source', 'has_refrigerator', 'has_gas_cylinder', 'has_motorcycle', 'goats'])
      .where('family_id', '=', ownFamilyId)
      .executeTakeFirstOrThrow();
    // The answers the visit did not send are the village's, kept: a visit never blanks the section.
    expect(facts).toEqual({
      source: 'visit',
      has_refrigerator: false,
      has_gas_cylinder: true,
      has_motorcycle: true,
      goats: 3,
    });

    const decided = await people.dinsos.request({
      method: 'POST',
      url: `${itemUrl(own.id)}/decision`,
      payload: { decision: 'enrol', reason: 'Memenuhi kriteria hasil verifikasi', cardNumber: 'PEMDA-0001' },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const item = decided.json();
    expect(item).toMatchObject({ status: 'enrolled', dueAt: null, actions: [] });
    const enrolment = await t.database.db
      .selectFrom('assistance_enrolment')
      .select(['family_id', 'status', 'source', 'card_number'])
      .where('village_code', '=', SARONGAN)
      .where('id', '=', item.resultEnrolmentId)
      .executeTakeFirstOrThrow();
    expect(enrolment).toEqual({
      family_id: ownFamilyId,
      status: 'active',
      source: 'agency_decision',
      card_number: 'PEMDA-0001',
    });

    expect(item.steps.map((s: { step: string }) => s.step)).toEqual([
      'submit',
      'check',
      'decide_village',
      'forward',
      'visit',
      'decide_agency',
    ]);
    const audited = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', own.id)
      .where('action', 'like', 'assistance.proposal.%')
      .execute();
    for (const action of ['submit', 'photo', 'check', 'decide_village', 'forward', 'visit', 'decide_agency'])
      expect(audited.map((a) => a.action)).toContain(`assistance.proposal.${action}`);

    const seen = await citizen.request({ method: 'GET', url: `/api/me/assistance/proposals/${own.id}` });
    expect(seen.json()).toMatchObject({
      status: 'enrolled',
      villageDecision: { decision: 'accepted', reason: 'Disepakati musyawarah desa' },
      agencyDecision: { decision: 'enrol', reason: 'Memenuhi kriteria hasil verifikasi' },
    });
  });

  it('refuses an enrolment the enrolment code refuses, leaving the item where it was', async () => {
    // The family is now enrolled in the regency program: a second usul reaches Dinas Sosial, whose "enrol" is
    // refused by enrolUnit (already open), and nothing of the step is written.
    const made = await people.operator.request({
      method: 'POST',
      url: `/api/villages/${SARONGAN}/assistance/proposals`,
      payload: {
        kind: 'usul',
        programId: regencyProgram,
        kkNumber: await kkOf(t, SARONGAN, ownFamilyId),
        reason: 'Diusulkan lagi oleh RT',
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().hints.alreadyEnrolled).toBe(true);
    const id = made.json().id;
    await advance(people, SARONGAN, id, 'visited');
    const refused = await people.dinsos.request({
      method: 'POST',
      url: `${itemUrl(id)}/decision`,
      payload: { decision: 'enrol', reason: 'Memenuhi kriteria' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('ENROLMENT_ALREADY_OPEN');
    const after = await people.operator.request({ method: 'GET', url: itemUrl(id) });
    expect(after.json()).toMatchObject({ status: 'visited', agencyDecision: null });
    expect(after.json().steps).toHaveLength(5);
  });
});

describe('the village’s check and deliberation', () => {
  it('refuses a second open usul of the same family and program as a duplicate', async () => {
    const other = await registerFamily(people.operator, SARONGAN);
    const kkNumber = await kkOf(t, SARONGAN, other.familyId);
    const body = {
      kind: 'usul',
      programId: regencyProgram,
      kkNumber,
      reason: 'Keluarga lansia tanpa penghasilan',
    };
    expect((await propose(body)).statusCode).toBe(201);
    const again = await propose(body);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PROPOSAL_DUPLICATE');
  });

  it('keeps an usul for a KK number the village does not know, for the operator to reject as unknown', async () => {
    const made = await propose({
      kind: 'usul',
      programId: regencyProgram,
      kkNumber: '3510019999990001',
      reason: 'Tetangga baru pindah',
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id;
    const detail = await people.operator.request({ method: 'GET', url: itemUrl(id) });
    expect(detail.json()).toMatchObject({
      subject: { known: false },
      hints: { unknownFamily: true },
      actions: ['check'],
    });
    const unfit = await people.operator.request({
      method: 'POST',
      url: `${itemUrl(id)}/check`,
      payload: { outcome: 'not_recipient' },
    });
    expect(unfit.statusCode).toBe(400);
    expect(unfit.json().errors[0].field).toBe('outcome');
    const rejected = await people.operator.request({
      method: 'POST',
      url: `${itemUrl(id)}/check`,
      payload: { outcome: 'unknown_family' },
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected_at_check',
      checkOutcome: 'unknown_family',
      dueAt: null,
    });
  });

  it('decides only on a meeting whose minutes are uploaded, and the minutes must be a PDF', async () => {
    const other = await registerFamily(people.operator, SARONGAN);
    const made = await propose({
      kind: 'usul',
      programId: regencyProgram,
      kkNumber: await kkOf(t, SARONGAN, other.familyId),
      reason: 'Janda dengan tiga anak',
    });
    const id = made.json().id;
    await advance(people, SARONGAN, id, 'checked');
    const meeting = await people.operator.request({
      method: 'POST',
      url: `/api/villages/${SARONGAN}/assistance/deliberations`,
      payload: { heldOn: '2026-11-21', place: 'Balai Desa', attendance: 20 },
    });
    const meetingId = meeting.json().id;
    const decide = () =>
      people.operator.request({
        method: 'POST',
        url: `${itemUrl(id)}/village-decision`,
        payload: { deliberationId: meetingId, decision: 'rejected', reason: 'Masih mampu menurut warga' },
      });
    expect((await decide()).json().code).toBe('DELIBERATION_MINUTES_MISSING');
    const notPdf = await people.operator.request({
      method: 'PUT',
      url: `/api/villages/${SARONGAN}/assistance/deliberations/${meetingId}/minutes`,
      ...multipart(JPEG, 'berita-acara.pdf'),
    });
    expect(notPdf.statusCode).toBe(400);
    expect(notPdf.json().errors[0].field).toBe('file');
    await meetingWithMinutes(people.operator, SARONGAN);
    const { MINUTES_PDF } = await import('../test-support/proposals.ts');
    await people.operator.request({
      method: 'PUT',
      url: `/api/villages/${SARONGAN}/assistance/deliberations/${meetingId}/minutes`,
      ...multipart(MINUTES_PDF, 'berita-acara.pdf'),
    });
    const decided = await decide();
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({
      status: 'rejected_by_village',
      villageDecision: { decision: 'rejected', reason: 'Masih mampu menurut warga' },
      deliberationId: meetingId,
    });
    const minutes = await people.district.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/assistance/deliberations/${meetingId}/minutes`,
    });
    expect(minutes.statusCode).toBe(200);
    expect(minutes.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a step out of order (409) and a step by someone who does not own it (403)', async () => {
    const other = await registerFamily(people.operator, SARONGAN);
    const id = (
      await propose({
        kind: 'usul',
        programId: regencyProgram,
        kkNumber: await kkOf(t, SARONGAN, other.familyId),
        reason: 'Rumah tidak layak huni',
      })
    ).json().id;
    const early = await people.district.request({
      method: 'POST',
      url: `${itemUrl(id)}/forward`,
      payload: {},
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('PROPOSAL_STEP');
    await advance(people, SARONGAN, id, 'at_district');
    const byVillage = await people.operator.request({
      method: 'POST',
      url: `${itemUrl(id)}/forward`,
      payload: {},
    });
    expect(byVillage.statusCode).toBe(403);
    const otherDistrict = await t.createUser('district_staff', '35.10.02');
    const outside = await otherDistrict.request({
      method: 'POST',
      url: `${itemUrl(id)}/forward`,
      payload: {},
    });
    expect(outside.statusCode).toBe(404);
    const byDinsosEarly = await people.dinsos.request({
      method: 'POST',
      url: `${itemUrl(id)}/visit`,
      payload: { visitedOn: '2026-11-25', findings: 'Belum diteruskan kecamatan' },
    });
    expect(byDinsosEarly.statusCode).toBe(409);
  });
});

describe('due times', () => {
  it('flags an item past its due time in the queues, and a step taken late is marked late', async () => {
    const other = await registerFamily(people.operator, SARONGAN);
    const id = (
      await propose({
        kind: 'usul',
        programId: regencyProgram,
        kkNumber: await kkOf(t, SARONGAN, other.familyId),
        reason: 'Anak putus sekolah',
      })
    ).json().id;
    const queue = () =>
      people.district.request({
        method: 'GET',
        url: `/api/assistance/proposals?region=35.10.01&overdue=true`,
      });
    await expect(queue().then((r) => r.json().items.map((i: { id: string }) => i.id))).resolves.not.toContain(
      id,
    );
    // Time passes: the check was due yesterday.
    await t.database.db
      .updateTable('assistance_proposal')
      .set({ due_at: new Date(Date.now() - 86_400_000) })
      .where('id', '=', id)
      .execute();
    const overdue = (await queue()).json().items;
    expect(overdue.find((i: { id: string }) => i.id === id)).toMatchObject({
      overdue: true,
      stepOwner: 'village',
    });
    const checked = await people.operator.request({
      method: 'POST',
      url: `${itemUrl(id)}/check`,
      payload: { outcome: 'ok' },
    });
    expect(checked.json().steps.at(-1)).toMatchObject({ step: 'check', late: true });
    expect(checked.json().overdue).toBe(false);
  });

  it('takes the regency’s working days for new items; only the regency admin sets them', async () => {
    const admin = await t.createUser('regency_admin', '35.10');
    const refused = await people.operator.request({
      method: 'PUT',
      url: '/api/assistance/proposal-deadlines',
      payload: { items: [{ step: 'check', workingDays: 2 }] },
    });
    expect(refused.statusCode).toBe(403);
    const set = await admin.request({
      method: 'PUT',
      url: '/api/assistance/proposal-deadlines',
      payload: { items: [{ step: 'check', workingDays: 60 }] },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().items.find((i: { step: string }) => i.step === 'check').workingDays).toBe(60);
    const other = await registerFamily(people.operator, SARONGAN);
    const made = await propose({
      kind: 'usul',
      programId: regencyProgram,
      kkNumber: await kkOf(t, SARONGAN, other.familyId),
      reason: 'Penyandang disabilitas berat',
    });
    // 60 working days are more than 80 calendar days.
    expect(Date.parse(made.json().dueAt) - Date.now()).toBeGreaterThan(80 * 86_400_000);
  });
});
