// The welfare facts pages: a village operator records a resident's section IV and a family's section V
// answers; answers the form does not allow or asks nowhere are refused whole, by field, in both languages;
// 410 lands on the registry's pregnancy code; every write is audited with what changed; another village's
// operator sees nothing. Who may do what where: welfare-facts.scope-cases.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import { registerFamily } from '../../../population/test-support/families.ts';

const VILLAGE = '35.10.01.2001';
const OTHER_VILLAGE = '35.10.02.2001';
let t: TestApp;
let operator: TestUser;
let otherOperator: TestUser;
let district: TestUser;
let family: { familyId: string; residentIds: string[] };

const memberUrl = (id: string, village = VILLAGE) => `/api/villages/${village}/residents/${id}/welfare`;
const familyUrl = (id: string, village = VILLAGE) => `/api/villages/${village}/families/${id}/welfare`;

async function auditActions(entityId: string) {
  const rows = await t.database.db
    .selectFrom('audit_log')
    .select(['action', 'details'])
    .where('entity_id', '=', entityId)
    .execute();
  return rows.filter((row) => row.action.startsWith('assistance.'));
}

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  otherOperator = await t.createUser('village_operator', OTHER_VILLAGE);
  district = await t.createUser('district_staff', '35.10.01');
  // Slamet (head, 1980), Siti (wife, 1984), Dwi (daughter, 2010, never married).
  family = await registerFamily(operator, VILLAGE);
});
afterAll(() => t.close());

describe('GET /api/villages/:code/residents/:id/welfare', () => {
  it('answers every section IV field unknown before anything is recorded, with the person the rules read', async () => {
    const res = await district.request({ method: 'GET', url: memberUrl(family.residentIds[0]!) });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json();
    expect(page).toMatchObject({ familyId: family.familyId, source: null, updatedAt: null });
    expect(page.person).toMatchObject({ sex: 1, maritalStatus: 2 });
    expect(Object.values(page.facts).every((value) => value === null)).toBe(true);
  });
  it('answers 404 for a resident of another village, even behind its own village code', async () => {
    const res = await otherOperator.request({
      method: 'GET',
      url: memberUrl(family.residentIds[0]!, OTHER_VILLAGE),
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('PUT /api/villages/:code/residents/:id/welfare', () => {
  it('records the answers, puts 410 on the registry, and audits what changed', async () => {
    const wife = family.residentIds[1]!;
    const res = await operator.request({
      method: 'PUT',
      url: memberUrl(wife),
      payload: {
        source: 'visit',
        facts: {
          presence: 1,
          pregnant: 1,
          school_participation: 3,
          education_level: 8,
          highest_grade: 8,
          highest_diploma: 8,
          worked_last_week: 1,
          work_hours: 30,
          work_sector: 1,
          work_sector_text: 'buruh tani padi',
          work_status: 6,
          difficulty_walking: 2,
          sadness: 4,
          chronic_illness: 2,
          health_insurance: 1,
        },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ source: 'visit', facts: { pregnant: 1, work_hours: 30, sadness: 4 } });
    const row = await t.database.db
      .selectFrom('resident_welfare')
      .select(['difficulty', 'health_insurance', 'source', 'updated_by'])
      .where('resident_id', '=', wife)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ health_insurance: 1, source: 'visit', updated_by: operator.id });
    expect(row.difficulty).toEqual([null, null, 2, null, null, null, null, null, null, 4]);
    const resident = await t.database.db
      .selectFrom('resident')
      .select('pregnant')
      .where('id', '=', wife)
      .executeTakeFirstOrThrow();
    expect(resident.pregnant).toBe(1);
    const audits = await auditActions(wife);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.action).toBe('assistance.member_welfare_update');
    expect((audits[0]!.details as { after: Record<string, unknown> }).after).toMatchObject({
      pregnant: 1,
      work_hours: 30,
    });
  });

  it('replaces the section: a field left out is cleared', async () => {
    const wife = family.residentIds[1]!;
    const res = await operator.request({
      method: 'PUT',
      url: memberUrl(wife),
      payload: { source: 'desk', facts: { presence: 1, health_insurance: 3 } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().facts).toMatchObject({ health_insurance: 3, work_hours: null, pregnant: null });
  });

  it('refuses follow-ups the form skips and codes outside the lists, all at once, and writes nothing', async () => {
    const head = family.residentIds[0]!;
    const res = await operator.request({
      method: 'PUT',
      url: memberUrl(head),
      payload: {
        source: 'desk',
        facts: {
          pregnant: 2,
          worked_last_week: 2,
          work_hours: 8,
          owns_business: 2,
          business_count: 1,
          health_insurance: 16,
        },
      },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ errors: { field: string; message: string; message_en: string }[] }>().errors;
    expect(fields.map((e) => e.field).sort()).toEqual([
      'facts.business_count',
      'facts.health_insurance',
      'facts.pregnant',
      'facts.work_hours',
    ]);
    expect(fields.find((e) => e.field === 'facts.pregnant')!.message).toMatch(/perempuan 10–54/);
    expect(fields.find((e) => e.field === 'facts.pregnant')!.message_en).toMatch(/women aged 10–54/);
    const row = await t.database.db
      .selectFrom('resident_welfare')
      .select('resident_id')
      .where('resident_id', '=', head)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('refuses pregnancy for a girl who never married and nothing more for a member who died', async () => {
    const daughter = family.residentIds[2]!;
    const pregnant = await operator.request({
      method: 'PUT',
      url: memberUrl(daughter),
      payload: { source: 'desk', facts: { pregnant: 1 } },
    });
    expect(pregnant.statusCode).toBe(400);
    const died = await operator.request({
      method: 'PUT',
      url: memberUrl(daughter),
      payload: { source: 'desk', facts: { presence: 2, school_participation: 2 } },
    });
    expect(died.statusCode).toBe(400);
    expect(died.json().errors[0].field).toBe('facts.school_participation');
  });

  it('refuses a field the form does not have and a source other than desk or visit', async () => {
    const head = family.residentIds[0]!;
    for (const payload of [
      { source: 'desk', facts: { salary: 1 } },
      { source: 'file', facts: {} },
    ]) {
      const res = await operator.request({ method: 'PUT', url: memberUrl(head), payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });

  it('is refused to district staff (403) and to another village’s operator (404)', async () => {
    const head = family.residentIds[0]!;
    const payload = { source: 'desk', facts: { presence: 1 } };
    expect((await district.request({ method: 'PUT', url: memberUrl(head), payload })).statusCode).toBe(403);
    expect((await otherOperator.request({ method: 'PUT', url: memberUrl(head), payload })).statusCode).toBe(
      404,
    );
  });
});

describe('PUT and GET /api/villages/:code/families/:id/welfare', () => {
  it('records assets, livestock, internet and account, audited, and reads them back', async () => {
    const res = await operator.request({
      method: 'PUT',
      url: familyUrl(family.familyId),
      payload: {
        source: 'visit',
        facts: {
          has_motorcycle: true,
          has_refrigerator: false,
          goats: 4,
          cattle: 0,
          internet_access: 3,
          bank_account: 4,
        },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const read = await district.request({ method: 'GET', url: familyUrl(family.familyId) });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      source: 'visit',
      facts: {
        has_motorcycle: true,
        has_refrigerator: false,
        has_car: null,
        goats: 4,
        cattle: 0,
        internet_access: 3,
      },
    });
    const audits = await auditActions(family.familyId);
    expect(audits.map((a) => a.action)).toEqual(['assistance.family_welfare_update']);
  });

  it('rescores the family in the same write: its score follows its assets', async () => {
    const scoreOf = async () =>
      t.database.db
        .selectFrom('family_welfare_score')
        .select(['model_id', 'score', 'missing'])
        .where('family_id', '=', family.familyId)
        .orderBy('model_id')
        .execute();
    const save = (facts: object) =>
      operator.request({
        method: 'PUT',
        url: familyUrl(family.familyId),
        payload: { source: 'desk', facts },
      });
    const assets = { has_motorcycle: true, has_refrigerator: true, has_gold: true, cattle: 2, goats: 4 };
    expect((await save(assets)).statusCode).toBe(200);
    const withAssets = await scoreOf();
    expect(withAssets.length).toBeGreaterThan(0);
    const none = { has_motorcycle: false, has_refrigerator: false, has_gold: false, cattle: 0, goats: 0 };
    expect((await save(none)).statusCode).toBe(200);
    const withoutAssets = await scoreOf();
    expect(withoutAssets.map((row) => row.model_id)).toEqual(withAssets.map((row) => row.model_id));
    expect(withoutAssets).not.toEqual(withAssets);
  });

  it('refuses livestock out of range and unknown codes, by field', async () => {
    const res = await operator.request({
      method: 'PUT',
      url: familyUrl(family.familyId),
      payload: { source: 'desk', facts: { goats: 10000, internet_access: 7, bank_account: 2 } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'facts.goats',
      'facts.internet_access',
    ]);
  });

  it('answers 404 for a family of another village', async () => {
    const res = await otherOperator.request({
      method: 'GET',
      url: familyUrl(family.familyId, OTHER_VILLAGE),
    });
    expect(res.statusCode).toBe(404);
  });
});
