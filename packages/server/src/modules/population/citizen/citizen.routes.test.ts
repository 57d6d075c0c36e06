import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../test-support/families.ts';

let t: TestApp;
let op: TestUser;
let family: { familyId: string; residentIds: string[] };

beforeAll(async () => {
  t = await buildTestApp();
  op = await t.createUser('village_operator', '35.10.01.2001');
  family = await registerFamily(op, '35.10.01.2001');
});
afterAll(() => t.close());

async function nikOf(residentId: string) {
  const res = await op.request({
    method: 'POST',
    url: `/api/villages/35.10.01.2001/residents/${residentId}/reveal`,
    payload: { reason: 'menerbitkan PIN warga' },
  });
  return res.json<{ nik: string }>().nik;
}

describe('citizen self-service', () => {
  it('lets a resident with a PIN from the village read their own family card, and nothing else', async () => {
    const issued = await op.request({
      method: 'POST',
      url: `/api/villages/35.10.01.2001/residents/${family.residentIds[1]}/citizen-pin`,
    });
    expect(issued.statusCode).toBe(200);
    const { pin } = issued.json<{ pin: string }>();
    expect(pin).toMatch(/^\d{6}$/);

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/citizen-login',
      payload: { nik: await nikOf(family.residentIds[1]!), pin },
    });
    expect(login.statusCode).toBe(200);
    const cookie = `sk_session=${login.cookies.find((c) => c.name === 'sk_session')!.value}`;
    const card = await t.app.inject({ method: 'GET', url: '/api/me/family', headers: { cookie } });
    expect(card.statusCode).toBe(200);
    expect(card.json().members.map((m: { fullName: string }) => m.fullName)).toEqual([
      'Slamet Riyadi',
      'Siti Aminah',
      'Dwi Lestari',
    ]);
    expect(card.body).not.toMatch(/\d{16}/);
    // The card's codes need their labels: the code lists are reference data for every signed-in user.
    const codes = await t.app.inject({
      method: 'GET',
      url: '/api/population/code-lists',
      headers: { cookie },
    });
    expect(codes.statusCode).toBe(200);
    expect(codes.json().lists.kk_level).toContainEqual(
      expect.objectContaining({ code: 1, id: 'KEPALA KELUARGA' }),
    );
    // The card asks for its five lists only (a phone's first visit); a name nobody knows is simply absent.
    const few = await t.app.inject({
      method: 'GET',
      url: '/api/population/code-lists?lists=sex,kk_level,tidak_ada',
      headers: { cookie },
    });
    expect(Object.keys(few.json().lists).sort()).toEqual(['kk_level', 'sex']);
    const malformed = await t.app.inject({
      method: 'GET',
      url: '/api/population/code-lists?lists=sex;drop',
      headers: { cookie },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0]).toMatchObject({ field: 'lists' });

    const list = await t.app.inject({ method: 'GET', url: '/api/population/residents', headers: { cookie } });
    expect(list.statusCode).toBe(403);
    const write = await t.app.inject({
      method: 'POST',
      url: `/api/villages/35.10.01.2001/residents/${family.residentIds[0]}/death`,
      headers: { cookie },
      payload: { date: '2026-11-01' },
    });
    expect(write.statusCode).toBe(403);
  });

  it('replaces the old PIN when a new one is issued', async () => {
    const first = (
      await op.request({
        method: 'POST',
        url: `/api/villages/35.10.01.2001/residents/${family.residentIds[0]}/citizen-pin`,
      })
    ).json().pin;
    const second = (
      await op.request({
        method: 'POST',
        url: `/api/villages/35.10.01.2001/residents/${family.residentIds[0]}/citizen-pin`,
      })
    ).json().pin;
    const nik = await nikOf(family.residentIds[0]!);
    if (first !== second) {
      expect(
        (await t.app.inject({ method: 'POST', url: '/api/auth/citizen-login', payload: { nik, pin: first } }))
          .statusCode,
      ).toBe(401);
    }
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/citizen-login', payload: { nik, pin: second } }))
        .statusCode,
    ).toBe(200);
  });

  it('signs out every open session of the citizen when a new PIN is issued', async () => {
    const residentId = family.residentIds[2]!;
    const issue = async () =>
      (
        await op.request({
          method: 'POST',
          url: `/api/villages/35.10.01.2001/residents/${residentId}/citizen-pin`,
        })
      ).json<{ pin: string }>().pin;
    const nik = await nikOf(residentId);
    const pin = await issue();
    const cookies: string[] = [];
    for (const ip of ['10.30.0.1', '10.30.0.2']) {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/citizen-login',
        payload: { nik, pin },
        remoteAddress: ip,
      });
      cookies.push(`sk_session=${login.cookies.find((c) => c.name === 'sk_session')!.value}`);
    }
    const userId = (
      await t.database.db
        .selectFrom('citizen_login')
        .select('user_id')
        .where('resident_id', '=', residentId)
        .executeTakeFirstOrThrow()
    ).user_id;
    const sessions = () =>
      t.database.db.selectFrom('user_session').select('token_digest').where('user_id', '=', userId).execute();
    expect(await sessions()).toHaveLength(2);

    await issue();
    expect(await sessions()).toHaveLength(0);
    for (const cookie of cookies) {
      const card = await t.app.inject({ method: 'GET', url: '/api/me/family', headers: { cookie } });
      expect(card.statusCode).toBe(401);
    }
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'population.citizen_pin_issued')
      .where('entity_id', '=', residentId)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ sessionsEnded: 2 });
  });

  it('issues no PIN for a resident the village does not hold, and links nothing (no foreign key does it)', async () => {
    const countLogins = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('citizen_login')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await countLogins();
    const res = await op.request({
      method: 'POST',
      url: `/api/villages/35.10.01.2001/residents/${randomUUID()}/citizen-pin`,
    });
    expect(res.statusCode).toBe(404);
    expect(await countLogins()).toBe(before);
  });
});
