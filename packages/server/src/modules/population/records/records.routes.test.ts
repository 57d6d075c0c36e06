// Resident records as their readers see them: masked identifiers, an audited reveal with a reason, search by
// name, NIK, age and address, and family cards; outside the area a resident is answered exactly like a missing
// one. Who may read what where is proven by the scope harness (records.scope-cases.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../test-support/families.ts';

let t: TestApp;
let opA: TestUser;
let opB: TestUser;
let district: TestUser;
let agency: TestUser;
let familyA: { familyId: string; residentIds: string[] };

beforeAll(async () => {
  t = await buildTestApp();
  opA = await t.createUser('village_operator', '35.10.01.2001');
  opB = await t.createUser('village_operator', '35.10.02.2001');
  district = await t.createUser('district_staff', '35.10.01');
  agency = await t.createUser('agency_staff', '35.10', { agency: 'social_affairs' });
  familyA = await registerFamily(opA, '35.10.01.2001');
  await registerFamily(opB, '35.10.02.2001', [
    { fullName: 'Budi Santoso', sex: 1, birthDate: '1975-01-05', relationship: 1 },
  ]);
});
afterAll(() => t.close());

const residentUrl = () => `/api/villages/35.10.01.2001/residents/${familyA.residentIds[0]}`;

describe('GET /api/villages/:code/residents/:id', () => {
  it('shows the resident to their village operator with NIK and KK masked', async () => {
    const res = await opA.request({ method: 'GET', url: residentUrl() });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ fullName: 'Slamet Riyadi', status: 'present', villageName: 'Sarongan' });
    const whole = await t.database.db
      .selectFrom('resident')
      .innerJoin('family', (join) =>
        join
          .onRef('family.village_code', '=', 'resident.village_code')
          .onRef('family.id', '=', 'resident.family_id'),
      )
      .select(['resident.nik', 'family.kk_number'])
      .where('resident.id', '=', familyA.residentIds[0]!)
      .executeTakeFirstOrThrow();
    const masks = await t.masks();
    expect(body.nikMasked).toBe(masks.civil(whole.nik));
    expect(body.nikMasked).toMatch(/^3510•{8}[A-Z]{4}$/);
    expect(body.family.kkMasked).toBe(masks.civil(whole.kk_number));
    expect(JSON.stringify(body)).not.toMatch(/\d{16}/);
    expect(body.events.map((e: { type: string }) => e.type)).toEqual(['move_in']);
  });

  it("answers 404 to another village's operator, as if the resident did not exist", async () => {
    const res = await opB.request({ method: 'GET', url: residentUrl() });
    expect(res.statusCode).toBe(404);
    const missing = await opB.request({
      method: 'GET',
      url: '/api/villages/35.10.01.2001/residents/00000000-0000-4000-8000-000000000000',
    });
    expect(missing.json()).toEqual(res.json());
  });
});

describe('POST /api/villages/:code/residents/:id/reveal', () => {
  it('returns the full NIK only with a reason, and audits who, whom, when and why', async () => {
    const noReason = await opA.request({
      method: 'POST',
      url: `${residentUrl()}/reveal`,
      payload: { reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    const res = await district.request({
      method: 'POST',
      url: `${residentUrl()}/reveal`,
      payload: { reason: 'verifikasi data bansos' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().nik).toMatch(/^351001\d{10}$/);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'entity_id', 'details', 'at'])
      .where('action', '=', 'population.resident.reveal')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: district.id,
      entity_id: familyA.residentIds[0],
      details: { reason: 'verifikasi data bansos' },
    });
    expect(JSON.stringify(audit[0]!.details)).not.toContain(res.json().nik);
  });
});

describe('GET /api/population/residents', () => {
  it("lists only the caller's area", async () => {
    const mine = await opA.request({ method: 'GET', url: '/api/population/residents' });
    expect(mine.json().items.map((r: { villageCode: string }) => r.villageCode)).toEqual([
      '35.10.01.2001',
      '35.10.01.2001',
      '35.10.01.2001',
    ]);
    const regency = await agency.request({ method: 'GET', url: '/api/population/residents?region=35.10' });
    expect(regency.json().total).toBe(4);
  });

  it('finds a misspelt name by trigram similarity', async () => {
    const res = await opA.request({ method: 'GET', url: '/api/population/residents?q=Siti%20Aminnah' });
    expect(res.json().items[0]).toMatchObject({ fullName: 'Siti Aminah' });
  });

  it('finds by exact NIK and filters by sex and age', async () => {
    const nik = (
      await opA.request({
        method: 'POST',
        url: `${residentUrl()}/reveal`,
        payload: { reason: 'cek pencarian' },
      })
    ).json().nik;
    const byNik = await opA.request({ method: 'GET', url: `/api/population/residents?q=${nik}` });
    expect(byNik.json().items.map((r: { fullName: string }) => r.fullName)).toEqual(['Slamet Riyadi']);
    const girls = await opA.request({ method: 'GET', url: '/api/population/residents?sex=2&ageMax=17' });
    expect(girls.json().items.map((r: { fullName: string }) => r.fullName)).toEqual(['Dwi Lestari']);
    const adults = await opA.request({
      method: 'GET',
      url: '/api/population/residents?ageMin=18&sort=birth_date',
    });
    expect(adults.json().items.map((r: { fullName: string }) => r.fullName)).toEqual([
      'Slamet Riyadi',
      'Siti Aminah',
    ]);
  });

  it("finds an exact NIK only inside the caller's area, and applies the filters to it", async () => {
    const nik = (
      await district.request({
        method: 'POST',
        url: `${residentUrl()}/reveal`,
        payload: { reason: 'cek NIK' },
      })
    ).json().nik;
    const names = async (user: TestUser, query: string) => {
      const res = await user.request({ method: 'GET', url: `/api/population/residents?q=${nik}${query}` });
      expect(res.statusCode).toBe(200);
      return res.json<{ total: number; totalCapped: boolean; items: { fullName: string }[] }>();
    };
    expect(await names(district, '')).toMatchObject({ total: 1, totalCapped: false });
    expect(await names(agency, '&region=35.10')).toMatchObject({ total: 1 });
    // Another village's operator is told what a NIK nobody has would tell them.
    expect(await names(opB, '')).toEqual({ total: 0, totalCapped: false, items: [], limit: 25, offset: 0 });
    expect((await names(district, '&sex=1')).items.map((r) => r.fullName)).toEqual(['Slamet Riyadi']);
    expect(await names(district, '&sex=2')).toMatchObject({ total: 0, items: [] });
    expect(await names(district, '&dusun=Krajan&rt=2')).toMatchObject({ total: 1 });
  });

  it('filters by address', async () => {
    const rt = await opA.request({ method: 'GET', url: '/api/population/residents?dusun=krajan&rw=1&rt=2' });
    expect(rt.json().total).toBe(3);
    const other = await opA.request({ method: 'GET', url: '/api/population/residents?rt=9' });
    expect(other.json().total).toBe(0);
  });
});

describe('GET /api/villages/:code/families/:id', () => {
  it('shows the family card with members in SHDK order', async () => {
    const res = await district.request({
      method: 'GET',
      url: `/api/villages/35.10.01.2001/families/${familyA.familyId}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      villageName: 'Sarongan',
      districtName: 'Pesanggaran',
      dusun: 'Krajan',
      rw: '001',
      rt: '002',
    });
    expect(res.json().members.map((m: { relationship: number }) => m.relationship)).toEqual([1, 3, 4]);
  });
});
