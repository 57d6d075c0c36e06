// The demo's village officials: every village with demo desk accounts gets its head and secretary, linked to
// the head's and the operator's accounts, so the demo head signs a request with the demo password; a
// kelurahan's are its Lurah and Sekretaris Kelurahan; a second run adds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../test/test-app.ts';
import { registerFamily } from '../../modules/population/test-support/families.ts';
import { checkAll, deskRequest, domicileRequest, sign } from '../../modules/letters/test-support/requests.ts';
import { DEMO_PASSWORD, seedDemoUsers, type DemoUser } from '../demo-users.ts';
import { seedDemoOfficials } from './demo-officials.ts';

const SARONGAN = '35.10.01.2001';
const KELURAHAN = '35.10.21.1001';
let t: TestApp;
let users: DemoUser[];
let inserted: number;

/** A demo account with a session, as if it had signed in. */
async function demoAccount(username: string): Promise<TestUser> {
  const { id } = await t.database.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const cookie = await t.openSession(id);
  return {
    id,
    username,
    cookie,
    request: (request) => t.app.inject({ ...request, headers: { ...request.headers, cookie } }),
  };
}

interface ListedOfficial {
  position: string;
  positionTitle: string;
  fullName: string;
  nip: string | null;
  niap: string | null;
  account: { username: string } | null;
}

const officialsOf = async (user: TestUser, village: string) =>
  (await user.request({ method: 'GET', url: `/api/villages/${village}/officials` })).json<ListedOfficial[]>();

beforeAll(async () => {
  t = await buildTestApp();
  users = await seedDemoUsers(t.database.db, '35.10', 'village');
  // The village scale has no kelurahan: one is added with accounts named as the demo names them.
  await t.createUser('village_head', KELURAHAN, { username: 'kades.kelurahan' });
  await t.createUser('village_operator', KELURAHAN, { username: 'operator.kelurahan' });
  users.push(
    {
      username: 'kades.kelurahan',
      displayName: 'Lurah',
      role: 'village_head',
      agency: null,
      areaCode: KELURAHAN,
    },
    {
      username: 'operator.kelurahan',
      displayName: 'Operator',
      role: 'village_operator',
      agency: null,
      areaCode: KELURAHAN,
    },
  );
  inserted = await seedDemoOfficials(t.database.db, users);
});
afterAll(() => t.close());

describe('seedDemoOfficials', () => {
  it('links each demo village’s Kepala Desa to its head’s account and its Sekretaris Desa to its operator’s', async () => {
    const villages = [...new Set(users.filter((u) => u.role === 'village_head').map((u) => u.areaCode))];
    expect(villages.length).toBeGreaterThanOrEqual(4);
    expect(inserted).toBe(villages.length * 2);
    for (const village of villages) {
      const operator = users.find((u) => u.role === 'village_operator' && u.areaCode === village)!;
      const head = users.find((u) => u.role === 'village_head' && u.areaCode === village)!;
      const listed = await officialsOf(await demoAccount(operator.username), village);
      expect(listed.map((o) => [o.position, o.account?.username]).sort(), village).toEqual([
        ['kepala_desa', head.username],
        ['sekretaris_desa', operator.username],
      ]);
      expect(
        listed.every((o) => /^[A-Z][a-z]/.test(o.fullName)),
        village,
      ).toBe(true);
    }
    expect(await seedDemoOfficials(t.database.db, users)).toBe(0);
  });

  it('names a kelurahan’s posts as it does, its civil servants with an 18-digit NIP', async () => {
    const listed = await officialsOf(await demoAccount('operator.kelurahan'), KELURAHAN);
    expect(listed.map((o) => o.positionTitle).sort()).toEqual(['Lurah', 'Sekretaris Kelurahan']);
    for (const official of listed) {
      expect(official.nip).toMatch(/^\d{18}$/);
      expect(official.niap).toBeNull();
    }
  });

  it('lets the demo head sign a request with the demo password, under the seeded name', async () => {
    const slug = users
      .find((u) => u.role === 'village_head' && u.areaCode === SARONGAN)!
      .username.split('.')[1];
    const operator = await demoAccount(`operator.${slug}`);
    const head = await demoAccount(`kades.${slug}`);
    const family = await registerFamily(operator, SARONGAN);
    const made = await deskRequest(operator, SARONGAN, domicileRequest(family.residentIds[0]!));
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json<{ id: string }>().id;
    expect((await checkAll(operator, SARONGAN, id)).statusCode).toBe(200);
    const signed = await sign(head, SARONGAN, id, DEMO_PASSWORD);
    expect(signed.statusCode, signed.body).toBe(200);
    const seededHead = (await officialsOf(operator, SARONGAN)).find((o) => o.position === 'kepala_desa')!;
    const letter = await t.database.db
      .selectFrom('letter')
      .select('signer')
      .where('request_id', '=', id)
      .executeTakeFirstOrThrow();
    expect((letter.signer as { name: string }).name).toBe(seededHead.fullName);
  });
});
