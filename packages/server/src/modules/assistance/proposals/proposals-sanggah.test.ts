// Sanggah: a citizen disputes a current recipient of their own village, never one elsewhere; the disputed
// family never learns who (their own page shows nothing of it, and no staff answer names the disputer); Dinas
// Sosial ends the enrolment. National programs: Dinas Sosial proposes to the ministry, and the export carries
// the fields a national usulan asks, only for Dinas Sosial.
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { citizenOf } from '../../letters/test-support/requests.ts';
import { registerFamily } from '../../population/test-support/families.ts';
import { createVillageProgram, enrolled, programIdByCode } from '../test-support/assistance.ts';
import { advance, kkOf, stepPeople, type StepPeople } from '../test-support/proposals.ts';

const SARONGAN = '35.10.01.2001';
const OTHER = '35.10.01.2002';
let t: TestApp;
let people: StepPeople;
let disputer: TestUser;
let disputed: TestUser;
let disputerName: string;
let villageProgram: string;
let recipientEnrolment: string;

beforeAll(async () => {
  t = await buildTestApp();
  people = await stepPeople(t, SARONGAN);
  const disputerFamily = await registerFamily(people.operator, SARONGAN, [
    { fullName: 'Bambang Sutrisno', sex: 1, birthDate: '1975-02-11', relationship: 1 },
  ]);
  disputerName = 'Bambang Sutrisno';
  disputer = await citizenOf(t, people.operator, SARONGAN, disputerFamily.residentIds[0]!);
  const recipientFamily = await registerFamily(people.operator, SARONGAN, [
    { fullName: 'Joko Santoso', sex: 1, birthDate: '1970-05-01', relationship: 1 },
    { fullName: 'Rina Wati', sex: 2, birthDate: '1972-08-09', relationship: 3 },
  ]);
  disputed = await citizenOf(t, people.operator, SARONGAN, recipientFamily.residentIds[1]!);
  villageProgram = await createVillageProgram(people.operator, SARONGAN);
  recipientEnrolment = await enrolled(people.operator, SARONGAN, {
    programId: villageProgram,
    unitType: 'family',
    unitId: recipientFamily.familyId,
    status: 'active',
  });
});
afterAll(() => t.close());

const dispute = (by: TestUser, enrolmentId: string) =>
  by.request({
    method: 'POST',
    url: '/api/me/assistance/proposals',
    payload: { kind: 'sanggah', enrolmentId, reason: 'Baru membeli mobil dan membuka toko' },
  });

describe('a sanggah', () => {
  it('lists the village’s recipients with masked names for the citizen to choose from', async () => {
    const res = await disputer.request({
      method: 'GET',
      url: `/api/me/assistance/recipients?programId=${villageProgram}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const row = res.json().items.find((r: { enrolmentId: string }) => r.enrolmentId === recipientEnrolment);
    expect(row).toMatchObject({ name: 'J**O S***O', rw: '001', rt: '002' });
    expect(res.body).not.toContain('Joko');
  });

  it('cannot dispute a recipient of another village: the same refusal as an id nobody has', async () => {
    const elsewhere = await t.createUser('village_operator', OTHER);
    const family = await registerFamily(elsewhere, OTHER);
    const program = await createVillageProgram(elsewhere, OTHER);
    const theirs = await enrolled(elsewhere, OTHER, {
      programId: program,
      unitType: 'family',
      unitId: family.familyId,
      status: 'active',
    });
    const outside = await dispute(disputer, theirs);
    const nobody = await dispute(disputer, '00000000-0000-4000-8000-000000000000');
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toEqual(nobody.json());
    const stored = await t.database.db
      .selectFrom('assistance_proposal')
      .select('id')
      .where('enrolment_id', '=', theirs)
      .execute();
    expect(stored).toEqual([]);
  });

  it('never shows the disputer to the disputed family or to staff, and Dinas Sosial ends the enrolment', async () => {
    const made = await dispute(disputer, recipientEnrolment);
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id;
    expect(made.json()).toMatchObject({ kind: 'sanggah', status: 'submitted', subjectName: 'J**O S***O' });

    const theirs = await disputed.request({ method: 'GET', url: '/api/me/assistance/proposals' });
    expect(theirs.json().items).toEqual([]);
    expect(
      (await disputed.request({ method: 'GET', url: `/api/me/assistance/proposals/${id}` })).statusCode,
    ).toBe(404);

    for (const staff of [people.operator, people.district, people.dinsos]) {
      const detail = await staff.request({
        method: 'GET',
        url: `/api/villages/${SARONGAN}/assistance/proposals/${id}`,
      });
      expect(detail.statusCode).toBe(200);
      expect(detail.json().proposerName).toBeNull();
      expect(detail.body).not.toContain(disputerName);
      expect(detail.body).not.toContain(disputer.id);
    }

    await advance(people, SARONGAN, id, 'visited');
    const wrong = await people.dinsos.request({
      method: 'POST',
      url: `/api/villages/${SARONGAN}/assistance/proposals/${id}/decision`,
      payload: { decision: 'enrol', reason: 'Tidak berlaku untuk sanggahan' },
    });
    expect(wrong.statusCode).toBe(400);
    const ended = await people.dinsos.request({
      method: 'POST',
      url: `/api/villages/${SARONGAN}/assistance/proposals/${id}/decision`,
      payload: {
        decision: 'exit',
        reason: 'Terbukti memiliki mobil dan usaha',
        exitReason: 'graduated_prospered',
      },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().status).toBe('exited');
    const enrolment = await t.database.db
      .selectFrom('assistance_enrolment')
      .select(['status', 'exit_reason', 'source'])
      .where('id', '=', recipientEnrolment)
      .executeTakeFirstOrThrow();
    expect(enrolment).toMatchObject({ status: 'exited', exit_reason: 'graduated_prospered' });
    const change = await t.database.db
      .selectFrom('assistance_enrolment_change')
      .select(['to_status', 'source'])
      .where('enrolment_id', '=', recipientEnrolment)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(change).toEqual({ to_status: 'exited', source: 'agency_decision' });
    const seen = await disputer.request({ method: 'GET', url: `/api/me/assistance/proposals/${id}` });
    expect(seen.json().agencyDecision).toEqual({
      decision: 'exit',
      reason: 'Terbukti memiliki mobil dan usaha',
    });
    expect(
      (await disputed.request({ method: 'GET', url: '/api/me/assistance/proposals' })).json().items,
    ).toEqual([]);
  });
});

describe('a national program', () => {
  let nationalItem: string;

  it('is proposed to the ministry, never enrolled by the regency', async () => {
    const family = await registerFamily(people.operator, SARONGAN, [
      { fullName: 'Sumiati', sex: 2, birthDate: '1960-01-20', relationship: 1 },
    ]);
    const made = await disputer.request({
      method: 'POST',
      url: '/api/me/assistance/proposals',
      payload: {
        kind: 'usul',
        programId: await programIdByCode(t, 'PKH'),
        kkNumber: await kkOf(t, SARONGAN, family.familyId),
        reason: 'Lansia tinggal sendiri tanpa penghasilan',
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    nationalItem = made.json().id;
    const staffView = await people.operator.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/assistance/proposals/${nationalItem}`,
    });
    expect(staffView.json().proposerName).toBe(disputerName);
    await advance(people, SARONGAN, nationalItem, 'visited');
    const url = `/api/villages/${SARONGAN}/assistance/proposals/${nationalItem}/decision`;
    const enrol = await people.dinsos.request({
      method: 'POST',
      url,
      payload: { decision: 'enrol', reason: 'Layak' },
    });
    expect(enrol.statusCode).toBe(400);
    expect(enrol.json().errors[0].field).toBe('decision');
    const up = await people.dinsos.request({
      method: 'POST',
      url,
      payload: { decision: 'propose_to_ministry', reason: 'Layak PKH komponen lansia' },
    });
    expect(up.json()).toMatchObject({ status: 'proposed_to_ministry', resultEnrolmentId: null });
  });

  it('goes to the ministry in an XLSX with whole NIK and KK, exported by Dinas Sosial only (audited)', async () => {
    const refused = await people.operator.request({
      method: 'GET',
      url: `/api/assistance/proposals/ministry-export?region=${SARONGAN}`,
    });
    expect(refused.statusCode).toBe(403);
    const res = await people.dinsos.request({
      method: 'GET',
      url: '/api/assistance/proposals/ministry-export?region=35.10.01',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['x-total-count']).toBe('1');
    const sheet = XLSX.read(res.rawPayload, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet.Sheets['Usulan']!);
    const item = await t.database.db
      .selectFrom('assistance_proposal')
      .select('kk_number')
      .where('id', '=', nationalItem)
      .executeTakeFirstOrThrow();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Kecamatan: expect.any(String),
      'Desa/Kelurahan': expect.any(String),
      'Jenis Usulan': 'Usulan baru',
      'No. KK': item.kk_number,
      Nama: 'Sumiati',
      'Jenis Kelamin': 'Perempuan',
      'Alasan Usulan': 'Lansia tinggal sendiri tanpa penghasilan',
      'Alasan Dinas Sosial': 'Layak PKH komponen lansia',
    });
    expect(String(rows[0]!['NIK'])).toMatch(/^[0-9]{16}$/);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'assistance.proposal.ministry_export')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ count: 1 });
  });
});
