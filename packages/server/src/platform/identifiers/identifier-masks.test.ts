import { createHmac } from 'node:crypto';
import { buildNik, identifierTag } from '@smart-kampung/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../test/test-app.ts';
import { buildApp } from '../../app.ts';
import { prepareDatabase } from '../../db/prepare.ts';
import { moveInPayload } from '../../modules/population/test-support/families.ts';
import { identifierMasksFromSecret } from './identifier-masks.ts';

// Three people of one district who were each the first registered on their birthday: serial 0001, so the old
// mask (first and last four digits) showed all three as "3510••••••••0001".
const SHARED_OLD_MASK = [
  buildNik({ districtCode: '35.10.01', birthDate: '1980-03-14', sex: 'male', serial: 1 }),
  buildNik({ districtCode: '35.10.01', birthDate: '1984-07-02', sex: 'female', serial: 1 }),
  buildNik({ districtCode: '35.10.01', birthDate: '2010-11-20', sex: 'female', serial: 1 }),
];

let t: TestApp;
let operator: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', '35.10.01.2001');
  const payload = moveInPayload('35.10.01.2001');
  payload.members = payload.members.map((member, i) => ({ ...member, nik: SHARED_OLD_MASK[i]! }));
  const res = await operator.request({
    method: 'POST',
    url: '/api/villages/35.10.01.2001/events/move-in',
    payload,
  });
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(() => t.close());

async function listedMasks(app = t.app) {
  const res = await app.inject({
    method: 'GET',
    url: '/api/population/residents?sort=birth_date',
    headers: { cookie: operator.cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: { nikMasked: string; birthDate: string }[] }>().items;
}

describe('masked NIKs in the resident list', () => {
  it('tells apart three residents the old mask showed alike, with no digit past the fourth', async () => {
    expect(new Set(SHARED_OLD_MASK.map((nik) => `${nik.slice(0, 4)}${nik.slice(-4)}`)).size).toBe(1);
    const items = await listedMasks();
    expect(items).toHaveLength(3);
    expect(new Set(items.map((item) => item.nikMasked)).size).toBe(3);
    for (const item of items) expect(item.nikMasked).toMatch(/^3510•{8}[BCDFGHJKLMNPQRSTVWXZ]{4}$/);
    // The birth date travels beside the mask, as its own field.
    expect(items.map((item) => item.birthDate)).toEqual(['1980-03-14', '1984-07-02', '2010-11-20']);
  });

  it('is the same after a restart: the key comes from the installation secret kept in the database', async () => {
    const before = await listedMasks();
    await prepareDatabase(t.database, '35.10');
    const restarted = await buildApp(t.database, t.config);
    try {
      expect(await listedMasks(restarted)).toEqual(before);
    } finally {
      await restarted.close();
    }
  });
});

describe('identifierMasksFromSecret', () => {
  it('gives another installation other tags for the same number', () => {
    const tags = new Set(
      ['one', 'two', 'three', 'four', 'five'].map((secret) =>
        identifierMasksFromSecret(secret).civil(SHARED_OLD_MASK[0]!).slice(-4),
      ),
    );
    expect(tags.size).toBeGreaterThan(1);
  });

  it('keys its tags apart from the sign-in digests made from the same secret', () => {
    const secret = 'one installation';
    const fromSignInDigest = (nik: string) =>
      identifierTag(createHmac('sha256', secret).update(nik).digest());
    const masks = identifierMasksFromSecret(secret);
    const same = SHARED_OLD_MASK.filter((nik) => masks.civil(nik).slice(-4) === fromSignInDigest(nik));
    expect(same).toEqual([]);
  });
});
