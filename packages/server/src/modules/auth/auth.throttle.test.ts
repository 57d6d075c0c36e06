// Sign-in back-off: failures slow down the account, the address and the pair they come from, without ever
// locking the owner out, and without telling a stranger whether an account exists.
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app.ts';
import { hashSecret } from './password.ts';
import { deploymentSecret } from './queries.ts';
import { nikDigest } from './tokens.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string, ip: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });
const citizenLogin = (nik: string, pin: string, ip: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/citizen-login', payload: { nik, pin }, remoteAddress: ip });

/** What a stranger can observe, except the exact seconds left (they depend on the clock between calls). */
function observable(res: LightMyRequestResponse) {
  const { retryAfterSeconds, ...body } = res.json<Record<string, unknown>>();
  return {
    status: res.statusCode,
    body,
    waits: typeof retryAfterSeconds === 'number',
    header: res.headers['retry-after'] === undefined ? null : Number(res.headers['retry-after']),
    retryAfterSeconds,
  };
}

async function failures(count: number, attempt: (i: number) => Promise<LightMyRequestResponse>) {
  const answers: LightMyRequestResponse[] = [];
  for (let i = 0; i < count; i += 1) answers.push(await attempt(i));
  return answers;
}

describe('unknown and known accounts', () => {
  it('answer alike failure after failure: 401 five more times, then 429 with Retry-After', async () => {
    const admin = await t.createUser('regency_admin', '35.10', { username: 'admin-a' });
    const known = await failures(8, () => login(admin.username, 'wrong-password', '10.1.0.1'));
    const unknown = await failures(8, () => login('admin-nobody', 'wrong-password', '10.1.0.2'));
    const strip = (r: LightMyRequestResponse) => {
      const seen = observable(r);
      return { status: seen.status, body: seen.body, waits: seen.waits, hasHeader: seen.header !== null };
    };
    expect(known.map(strip)).toEqual(unknown.map(strip));
    expect(known.map((r) => r.statusCode)).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
    for (const answer of [...known.slice(6), ...unknown.slice(6)]) {
      const seen = observable(answer);
      expect(seen.body).toMatchObject({ code: 'AUTH_THROTTLED', status: 429 });
      expect(seen.retryAfterSeconds).toBeGreaterThan(0);
      expect(seen.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(seen.header).toBe(seen.retryAfterSeconds);
    }
    expect(known.some((r) => r.statusCode === 423)).toBe(false);
  });

  it('answer alike for citizens: a NIK with a PIN and a NIK without one', async () => {
    const citizen = await t.createUser('citizen', '35.10.01.2001', { username: 'warga-throttle' });
    await t.database.db
      .updateTable('app_user')
      .set({ password_hash: await hashSecret('135790') })
      .where('id', '=', citizen.id)
      .execute();
    const { secret } = await deploymentSecret(t.database.db);
    const knownNik = '3510014506900011';
    await t.database.db
      .insertInto('citizen_login')
      .values({ user_id: citizen.id, nik_digest: nikDigest(secret, knownNik) })
      .execute();
    const known = await failures(8, () => citizenLogin(knownNik, '000000', '10.1.1.1'));
    const unknown = await failures(8, () => citizenLogin('3510014506900012', '000000', '10.1.1.2'));
    expect(known.map((r) => observable(r).status)).toEqual(unknown.map((r) => observable(r).status));
    expect(known.map((r) => observable(r).body)).toEqual(unknown.map((r) => observable(r).body));
    expect(known.at(-1)!.statusCode).toBe(429);
    // The owner of the PIN, from their own phone, is not kept out by someone guessing elsewhere.
    expect((await citizenLogin(knownNik, '135790', '10.1.1.3')).statusCode).toBe(200);
  });
});

describe('the owner is never locked out', () => {
  it('by guesses spread over many addresses: their usual address still signs in, a new one waits', async () => {
    await t.createUser('regency_admin', '35.10', { username: 'admin-b' });
    expect((await login('admin-b', TEST_PASSWORD, '10.2.0.1')).statusCode).toBe(200);
    const guesses = await failures(11, (i) => login('admin-b', `guess-${i}`, `10.2.1.${i}`));
    expect(guesses.every((r) => r.statusCode === 401)).toBe(true);
    // Past the account's allowance, even the right password from an address it never used has to wait …
    const fresh = await login('admin-b', TEST_PASSWORD, '10.2.2.1');
    expect(fresh.statusCode).toBe(429);
    expect(fresh.json().code).toBe('AUTH_THROTTLED');
    // … but the owner at their usual desk is let in.
    expect((await login('admin-b', TEST_PASSWORD, '10.2.0.1')).statusCode).toBe(200);
  });

  it('by someone hammering the account from one address: only that address waits', async () => {
    await t.createUser('village_head', '35.10.01.2001', { username: 'kades-c' });
    const hammer = await failures(7, (i) => login('kades-c', `guess-${i}`, '10.3.9.9'));
    expect(hammer.at(-1)!.statusCode).toBe(429);
    expect((await login('kades-c', TEST_PASSWORD, '10.3.0.1')).statusCode).toBe(200);
    // The attacker's address has used six of its ten failures: other accounts are not yet slowed from it.
    expect((await login('someone-else', 'x', '10.3.9.9')).statusCode).toBe(401);
  });

  it('by their own typos once they get it right: a success starts the pair over', async () => {
    await t.createUser('village_operator', '35.10.01.2001', { username: 'operator-d' });
    const first = await failures(5, (i) => login('operator-d', `typo-${i}`, '10.5.0.1'));
    expect((await login('operator-d', TEST_PASSWORD, '10.5.0.1')).statusCode).toBe(200);
    const second = await failures(5, (i) => login('operator-d', `typo-${i}`, '10.5.0.1'));
    expect([...first, ...second].every((r) => r.statusCode === 401)).toBe(true);
    expect((await login('operator-d', TEST_PASSWORD, '10.5.0.1')).statusCode).toBe(200);
  });
});

describe('one address trying many accounts', () => {
  it('waits after ten failures, and longer after each failure past them', async () => {
    await t.createUser('district_staff', '35.10.02', { username: 'camat-e' });
    const sweep = await failures(11, (i) => login(`name-${i}`, 'password1', '10.4.0.1'));
    expect(sweep.every((r) => r.statusCode === 401)).toBe(true);
    const refused = await login('camat-e', TEST_PASSWORD, '10.4.0.1');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    // The account itself is fine from anywhere else.
    expect((await login('camat-e', TEST_PASSWORD, '10.4.0.2')).statusCode).toBe(200);

    // Once the wait is over, the next failure doubles it.
    await sql`UPDATE login_throttle SET blocked_until = now() - interval '1 second'
              WHERE scope = 'address' AND key = '10.4.0.1'`.execute(t.database.db);
    expect((await login('name-12', 'password1', '10.4.0.1')).statusCode).toBe(401);
    const longer = await login('name-13', 'password1', '10.4.0.1');
    expect(longer.statusCode).toBe(429);
    expect(longer.json().retryAfterSeconds).toBeGreaterThan(60);
    expect(longer.json().retryAfterSeconds).toBeLessThanOrEqual(120);
  });
});

describe('audit and the regency admin', () => {
  it('audits every failure and the start of a wait, an unknown name without the name itself', async () => {
    const user = await t.createUser('village_head', '35.10.01.2002', { username: 'kades-f' });
    await failures(6, (i) => login('kades-f', `wrong-${i}`, '10.6.0.1'));
    const actions = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('actor_id', '=', user.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'auth.login', // the test's own set-up sign-in
      ...Array(6).fill('auth.login_failed'),
      'auth.login_throttled',
    ]);
    expect(actions.at(-1)!.details).toMatchObject({ waits: [{ scope: 'account_address', seconds: 60 }] });

    await failures(6, () => login('3510014506900099', 'wrong', '10.6.0.2'));
    const anonymous = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('ip', '=', '10.6.0.2')
      .orderBy('seq')
      .execute();
    expect(anonymous.map((a) => [a.action, a.actor_id, a.entity_id])).toEqual([
      ...Array(6).fill(['auth.login_failed', null, null]),
      ['auth.login_throttled', null, null],
    ]);
    expect(JSON.stringify(anonymous)).not.toContain('3510014506900099');
  });

  it('shows an account waiting as locked, and lets the regency admin lift the wait', async () => {
    const admin = await t.createUser('regency_admin', '35.10');
    const victim = await t.createUser('village_operator', '35.10.02.2001', { username: 'operator-g' });
    await failures(11, (i) => login('operator-g', `guess-${i}`, `10.7.1.${i}`));
    const listed = async () =>
      (await admin.request({ method: 'GET', url: '/api/users?areaCode=35.10.02.2001' }))
        .json<{ items: { id: string; locked: boolean }[] }>()
        .items.find((u) => u.id === victim.id);
    expect(await listed()).toMatchObject({ locked: true });
    expect((await login('operator-g', TEST_PASSWORD, '10.7.2.1')).statusCode).toBe(429);

    const unlock = await admin.request({ method: 'POST', url: `/api/users/${victim.id}/unlock` });
    expect(unlock.statusCode).toBe(204);
    expect(await listed()).toMatchObject({ locked: false });
    expect((await login('operator-g', TEST_PASSWORD, '10.7.2.1')).statusCode).toBe(200);
  });
});
