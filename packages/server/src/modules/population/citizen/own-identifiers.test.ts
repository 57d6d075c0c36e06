import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../test-support/families.ts';

const VILLAGE = '35.10.01.2001';
let t: TestApp;
let op: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  op = await t.createUser('village_operator', VILLAGE);
});
afterAll(() => t.close());

async function signedInCitizen(residentId: string) {
  const { nik } = (
    await op.request({
      method: 'POST',
      url: `/api/villages/${VILLAGE}/residents/${residentId}/reveal`,
      payload: { reason: 'menerbitkan PIN warga' },
    })
  ).json<{ nik: string }>();
  const { pin } = (
    await op.request({ method: 'POST', url: `/api/villages/${VILLAGE}/residents/${residentId}/citizen-pin` })
  ).json<{ pin: string }>();
  const login = await t.app.inject({ method: 'POST', url: '/api/auth/citizen-login', payload: { nik, pin } });
  expect(login.statusCode, login.body).toBe(200);
  return { nik, cookie: `sk_session=${login.cookies.find((c) => c.name === 'sk_session')!.value}` };
}

describe('POST /api/me/identifiers', () => {
  it('shows a signed-in citizen their own full NIK and KK number, and the audit trail records the read', async () => {
    const family = await registerFamily(op, VILLAGE);
    const { nik, cookie } = await signedInCitizen(family.residentIds[1]!);
    const kk = await t.database.db
      .selectFrom('family')
      .select('kk_number')
      .where('id', '=', family.familyId)
      .executeTakeFirstOrThrow();

    const res = await t.app.inject({ method: 'POST', url: '/api/me/identifiers', headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ nik, kkNumber: kk.kk_number });

    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'population.citizen_own_reveal')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_id: family.residentIds[1], region_code: VILLAGE });
    expect(JSON.stringify(audit[0])).not.toContain(nik);
  });

  it('is for citizens only: staff get 403', async () => {
    const res = await op.request({ method: 'POST', url: '/api/me/identifiers' });
    expect(res.statusCode).toBe(403);
  });
});
