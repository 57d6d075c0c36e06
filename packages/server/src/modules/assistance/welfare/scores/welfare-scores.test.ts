// Welfare scores through the API: the default models are installed, Dinas Sosial sets weights as a new
// version, others are refused; a household's score follows its housing as it is edited and imported-like
// changes land (and as members die), with reasons and missing facts shown on its panel.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import { commitAndWait, uploadAndCheck } from '../../../../../test/imports.ts';
import { householdWithFacts, welfarePanel } from '../../test-support/welfare.ts';

const VILLAGE = '35.10.01.2001';
let t: TestApp;
let operator: TestUser;
let dinsos: TestUser;
let otherAgency: TestUser;
let admin: TestUser;

interface ModelView {
  id: string;
  kind: string;
  version: number;
  active: boolean;
  threshold: number | null;
  variables: {
    variable: string;
    points: number;
    weight: number;
    unrecorded: boolean;
    label: { id: string };
  }[];
}

async function models(user: TestUser) {
  const res = await user.request({ method: 'GET', url: '/api/assistance/welfare/models' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ active: ModelView[]; versions: ModelView[] }>();
}

const putWeights = (user: TestUser, kind: string, weights: Record<string, unknown>) =>
  user.request({
    method: 'PUT',
    url: `/api/assistance/welfare/models/${kind}/weights`,
    payload: { weights },
  });

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  dinsos = await t.createUser('agency_staff', '35.10', { agency: 'social_affairs' });
  otherAgency = await t.createUser('agency_staff', '35.10', { agency: 'inspectorate' });
  admin = await t.createUser('regency_admin', '35.10');
});
afterAll(() => t.close());

describe('GET /api/assistance/welfare/models', () => {
  it('has the regency score and the BPS 14 criteria active from start-up, with labels and points', async () => {
    const { active } = await models(operator);
    expect(active.map((m) => m.id)).toEqual(['skor-kesejahteraan@1', 'bps-14@1']);
    const score = active[0]!;
    expect(score.variables.find((v) => v.variable === 'floor_earth')).toMatchObject({
      points: 6,
      weight: 1,
      label: { id: 'Lantai tanah' },
    });
    const bps = active[1]!;
    expect(bps.threshold).toBe(9);
    expect(bps.variables).toHaveLength(14);
    expect(bps.variables.filter((v) => v.unrecorded).map((v) => v.variable)).toEqual([
      'bps_meat_milk',
      'bps_clothes',
      'bps_meals',
      'bps_clinic_costs',
    ]);
  });
});

describe('PUT /api/assistance/welfare/models/:kind/weights', () => {
  it('lets Dinas Sosial set weights: version N+1 becomes active, the old one is kept, the change audited', async () => {
    const res = await putWeights(dinsos, 'score', { floor_earth: 1.5, owns_car: 0 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ModelView>()).toMatchObject({ id: 'skor-kesejahteraan@2', version: 2, active: true });
    const again = await putWeights(dinsos, 'score', { no_toilet: 2 });
    const third = again.json<ModelView>();
    expect(third.id).toBe('skor-kesejahteraan@3');
    // Weights not named keep the previous version's.
    expect(third.variables.find((v) => v.variable === 'floor_earth')!.weight).toBe(1.5);
    expect(third.variables.find((v) => v.variable === 'no_toilet')!.weight).toBe(2);
    const { active, versions } = await models(dinsos);
    expect(active[0]!.id).toBe('skor-kesejahteraan@3');
    expect(versions.filter((m) => m.kind === 'score').map((m) => [m.id, m.active])).toEqual([
      ['skor-kesejahteraan@3', true],
      ['skor-kesejahteraan@2', false],
      ['skor-kesejahteraan@1', false],
    ]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['entity_id', 'details'])
      .where('action', '=', 'assistance.welfare_model.weights')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.entity_id)).toEqual(['skor-kesejahteraan@2', 'skor-kesejahteraan@3']);
  });

  it('refuses a weight outside 0–5, with three decimals, or for a variable the model lacks, naming the field', async () => {
    const before = (await models(dinsos)).versions.length;
    for (const [weights, field] of [
      [{ floor_earth: 7 }, 'weights.floor_earth'],
      [{ floor_earth: 1.005 }, 'weights.floor_earth'],
      [{ floor_marble: 1 }, 'weights.floor_marble'],
      [{ bps_meals: 1 }, 'weights.bps_meals'],
    ] as const) {
      const res = await putWeights(dinsos, 'score', weights);
      expect(res.statusCode, JSON.stringify(weights)).toBe(400);
      const body = res.json<{ errors: { field: string; message: string; message_en: string }[] }>();
      expect(body.errors[0]!.field).toBe(field);
      expect(body.errors[0]!.message).toMatch(/Bobot|Variabel/);
    }
    expect((await putWeights(dinsos, 'score', {})).statusCode).toBe(400);
    expect((await models(dinsos)).versions).toHaveLength(before);
  });

  it('refuses other agencies, the regency admin and village staff (403), writing nothing', async () => {
    const before = (await models(dinsos)).versions.length;
    for (const user of [otherAgency, admin, operator])
      expect((await putWeights(user, 'score', { floor_earth: 2 })).statusCode).toBe(403);
    expect((await models(dinsos)).versions).toHaveLength(before);
  });

  it('refuses a weight change while a ranking run is in progress (409)', async () => {
    const [model] = (await models(dinsos)).active;
    await sql`INSERT INTO welfare_ranking_run (id, model_id, area_code, status)
      VALUES ('00000000-0000-4000-8000-000000000001', ${model!.id}, '35.10', 'running')`.execute(
      t.database.db,
    );
    const res = await putWeights(dinsos, 'criteria', { bps_floor: 2 });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ code: string }>().code).toBe('RANKING_RUN_BUSY');
    await sql`UPDATE welfare_ranking_run SET status = 'failed' WHERE id = '00000000-0000-4000-8000-000000000001'`.execute(
      t.database.db,
    );
  });
});

describe('GET /api/villages/:code/households/:id/welfare (recomputed with its facts)', () => {
  it('scores a household when it is registered and again when its housing is edited', async () => {
    const { householdId } = await householdWithFacts(t, operator, VILLAGE);
    const first = await welfarePanel(operator, VILLAGE, householdId);
    const score = first.scores.find((s) => s.kind === 'score')!;
    expect(score).toMatchObject({ modelId: 'skor-kesejahteraan@3', score: 0, complete: true, missing: [] });
    expect(first.scores.find((s) => s.kind === 'criteria')!.verdict).toEqual({
      met: 0,
      known: 10,
      poor: false,
    });

    const edit = await operator.request({
      method: 'PATCH',
      url: `/api/villages/${VILLAGE}/households/${householdId}`,
      payload: {
        housing: { floor_material: 8, toilet_facility: 6, toilet_type: null, faeces_disposal: null },
      },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const after = (await welfarePanel(operator, VILLAGE, householdId)).scores.find(
      (s) => s.kind === 'score',
    )!;
    // Weights of version 3: earth floor 1.5 × 6, no toilet 2 × 5.
    expect(after.reasons).toEqual([
      { variable: 'no_toilet', points: 10 },
      { variable: 'floor_earth', points: 9 },
    ]);
    expect(after.score).toBe(19);
  });

  it('lists missing facts and marks the household incomplete when section V is not recorded', async () => {
    const { householdId } = await householdWithFacts(t, operator, VILLAGE, { assets: null });
    const score = (await welfarePanel(operator, VILLAGE, householdId)).scores.find(
      (s) => s.kind === 'score',
    )!;
    expect(score.complete).toBe(false);
    expect(score.missing).toEqual([
      'no_motorcycle',
      'no_refrigerator',
      'no_gold',
      'no_livestock',
      'owns_car',
      'lost_livelihood',
    ]);
  });

  it('moves a family to another roof: both households and the family are scored anew', async () => {
    const poor = await householdWithFacts(t, operator, VILLAGE, { housing: { floor_material: 8 } });
    const rich = await householdWithFacts(t, operator, VILLAGE);
    const move = await operator.request({
      method: 'PUT',
      url: `/api/villages/${VILLAGE}/families/${rich.familyId}/household`,
      payload: { householdId: poor.householdId },
    });
    expect(move.statusCode, move.body).toBe(200);
    const family = await t.database.db
      .selectFrom('family_welfare_score')
      .select(['score', 'reasons'])
      .where('family_id', '=', rich.familyId)
      .where('model_id', '=', 'skor-kesejahteraan@3')
      .executeTakeFirstOrThrow();
    expect(Number(family.score)).toBe(9);
    const left = (await welfarePanel(operator, VILLAGE, rich.householdId)).scores.find(
      (s) => s.kind === 'score',
    )!;
    // The empty roof has no members: member facts are missing, not guessed.
    expect(left.complete).toBe(false);
    expect(left.missing).toContain('female_head');
  });

  it('scores a household anew when a member dies: fewer people under the same roof, no longer crowded', async () => {
    // 20 m² for three people is under 8 m² each; for two it is not.
    const { householdId, residentIds } = await householdWithFacts(t, operator, VILLAGE, {
      housing: { floor_area_m2: 20 },
    });
    const reasonsOf = async () =>
      (await welfarePanel(operator, VILLAGE, householdId)).scores
        .find((s) => s.kind === 'score')!
        .reasons.map((r) => r.variable);
    expect(await reasonsOf()).toContain('crowded');
    const death = await operator.request({
      method: 'POST',
      url: `/api/villages/${VILLAGE}/residents/${residentIds[2]}/death`,
      payload: { date: '2026-11-01', place: 'Rumah' },
    });
    expect(death.statusCode, death.body).toBe(200);
    expect(await reasonsOf()).not.toContain('crowded');
  });

  it('scores a household anew when the housing import changes its facts, in the commit', async () => {
    const { householdId, familyId } = await householdWithFacts(t, operator, VILLAGE);
    const { kk_number: kk } = await t.database.db
      .selectFrom('family')
      .select('kk_number')
      .where('id', '=', familyId)
      .executeTakeFirstOrThrow();
    const csv = ['no kartu keluarga;303;308', `${kk};TANAH;KAYU BAKAR`].join('\r\n');
    const job = await uploadAndCheck(operator, VILLAGE, 'housing', 'perumahan.csv', csv);
    expect(job.status, JSON.stringify(job)).toBe('ready');
    const { job: done } = await commitAndWait(operator, VILLAGE, job.id);
    expect(done?.status).toBe('committed');
    const score = (await welfarePanel(operator, VILLAGE, householdId)).scores.find(
      (s) => s.kind === 'score',
    )!;
    expect(score.reasons).toEqual([
      { variable: 'floor_earth', points: 9 },
      { variable: 'cooking_firewood', points: 4 },
    ]);
  });

  it('lets an empty household registered by mistake be deleted, its current scores with it', async () => {
    const res = await operator.request({
      method: 'POST',
      url: `/api/villages/${VILLAGE}/households`,
      payload: { householdNo: 'SALAH-1', address: 'Jl. Salah 1' },
    });
    const id = res.json<{ id: string }>().id;
    expect((await welfarePanel(operator, VILLAGE, id)).scores).toHaveLength(2);
    const gone = await operator.request({
      method: 'DELETE',
      url: `/api/villages/${VILLAGE}/households/${id}`,
    });
    expect(gone.statusCode, gone.body).toBe(204);
    const left = await t.database.db
      .selectFrom('household_welfare_score')
      .select('household_id')
      .where('household_id', '=', id)
      .execute();
    expect(left).toEqual([]);
  });

  it('answers 404 for a household of another village behind this village code', async () => {
    const other = await t.createUser('village_operator', '35.10.02.2001');
    const { householdId } = await householdWithFacts(t, other, '35.10.02.2001');
    const res = await operator.request({
      method: 'GET',
      url: `/api/villages/${VILLAGE}/households/${householdId}/welfare`,
    });
    expect(res.statusCode).toBe(404);
  });
});
